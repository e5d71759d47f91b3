// The source catalogue: every fixed word a person reads in mail, on the public status page, its
// backup site, feeds, badge and embed, and the subscription pages. ICU MessageFormat: plurals and
// selects are in the message, never assembled from pieces in code. Other locales translate these
// keys (their type makes a missing key a compile error; test/i18n/catalogue.test.ts checks that
// every message parses and uses the same arguments as this one).
export const en = {
  'language.name': 'English',
  'language.switch': 'Language',
  'common.labelValue': '{label}: {value}',
  'common.headline': '{heading}: {title}',
  'common.range': '{start} – {end}',
  'common.contactSupport': 'Contact support',

  'notice.heading.plannedMaintenance': 'Planned maintenance',
  'notice.heading.maintenanceUpdated': 'Planned maintenance updated',
  'notice.heading.maintenanceCancelled': 'Maintenance cancelled',
  'notice.heading.unplannedMaintenance': 'Unplanned Maintenance',
  'notice.heading.incident': '{classification, select, advisory {Service advisory} other {Service incident}}',
  'notice.heading.incidentUpdate': 'Incident update',
  'notice.heading.serviceRestored': 'Service restored',
  'notice.heading.postIncidentReport': 'Post-incident report',
  'notice.heading.actionNeeded': 'Action needed',
  'notice.heading.messageCenter': 'Message center',
  'notice.heading.messageUpdated': 'Message updated',
  'notice.heading.actionRequiredBy': 'Action required by a deadline',
  'notice.heading.digest': 'Your Message center digest',
  'notice.heading.sharedWithYou': 'Shared with you',
  'notice.heading.yourAdmins': 'Your administrators',
  'notice.heading.webhookPaused': 'Webhook endpoint paused',
  'notice.heading.slaClaim': 'Service credit claim',
  'notice.heading.ticketUpdated': 'Support ticket updated',
  'notice.heading.ticketReply': 'New reply on a support ticket',
  'notice.subject.organization': '[{organization}] {headline}',
  'notice.hello': 'Hello {name},',
  'notice.yourOrganization': 'Your organization',
  'notice.affectedEnvironments':
    '{count, plural, one {Affected environment} other {Affected environments ({count, number})}}',
  'notice.field.status': 'Status',
  'notice.field.severity': 'Severity',
  'notice.field.services': 'Services',
  'notice.field.regions': 'Regions',
  'notice.field.impact': 'Expected impact',
  'notice.field.durationMinutes': 'Estimated impact duration',
  'notice.field.userExperience': 'User experience',
  'notice.field.startsAt': 'Start',
  'notice.field.endsAt': 'End',
  'notice.field.workaround': 'Workaround',
  'notice.field.rootCause': 'Root cause',
  'notice.field.nextSteps': 'Next steps',
  'notice.field.actionRequiredBy': 'Act by',
  'notice.field.releaseNotesUrl': 'Release notes',
  'notice.field.note': 'Note',
  'notice.minutes': '{minutes, plural, one {# minute} other {# minutes}}',
  'notice.actBy': 'act by {time}',
  'notice.open': 'Open in Herald',
  'notice.why': 'You receive this because of the notification rule “{rule}”.',
  'notice.unsubscribe': 'Unsubscribe',
  'notice.preferences': 'Notification preferences',

  'subscriber.headline.incidentOpened': 'Investigating',
  'subscriber.headline.incidentUpdated': 'Update',
  'subscriber.headline.incidentRestored': 'Resolved',
  'subscriber.headline.maintenanceScheduled': 'Scheduled maintenance',
  'subscriber.headline.maintenanceUnplanned': 'Maintenance',
  'subscriber.headline.maintenanceUpdated': 'Maintenance changed',
  'subscriber.headline.maintenanceCancelled': 'Maintenance cancelled',
  'subscriber.headline.maintenanceStarted': 'Maintenance started',
  'subscriber.headline.maintenanceCompleted': 'Maintenance completed',
  'subscriber.headline.other': 'Update',
  'subscriber.services': 'Services',
  'subscriber.regions': 'Regions',
  'subscriber.when': 'When',
  'subscriber.expectedImpact': 'Expected impact',
  'subscriber.statusPage': 'Status page',
  'subscriber.seeStatusPage': 'See the status page',
  'subscriber.why': 'You receive this because this address subscribed to {pageName}.',
  'subscriber.manage': 'Manage your subscription',
  'subscriber.unsubscribe': 'Unsubscribe',
  'subscriber.support': 'Support',
  'subscriber.subscribed': 'Subscribed',
  'subscriber.welcome':
    'This channel now receives the public incidents and scheduled maintenance of {pageName} as they are created, updated and resolved.',
  'subscriber.changeOrUnsubscribe': 'Change or unsubscribe',
  'subscriber.chatContext': '{pageName} · change or unsubscribe: {url}',
  'subscriber.confirm.subject': '[{pageName}] Confirm your subscription',
  'subscriber.confirm.body': 'Someone, hopefully you, asked to receive updates from {pageName} at this address.',
  'subscriber.confirm.link': 'Confirm the subscription',
  'subscriber.confirm.ignore': 'If it was not you, ignore this mail: nothing more is sent.',
  'subscriber.already.subject': '[{pageName}] You are already subscribed',
  'subscriber.already.body': 'Someone asked to subscribe this address to {pageName}; it already is.',
  'subscriber.already.link': 'Change what you receive',

  'status.component':
    '{status, select, operational {Operational} under_maintenance {Under maintenance} degraded_performance {Degraded performance} partial_outage {Partial outage} other {Major outage}}',
  'status.badge':
    '{status, select, operational {operational} under_maintenance {maintenance} degraded_performance {degraded} partial_outage {partial outage} other {major outage}}',
  'status.indicator':
    '{indicator, select, none {All Systems Operational} minor {Minor Service Outage} major {Partial System Outage} critical {Major Service Outage} other {Service Under Maintenance}}',
  'status.incident':
    '{status, select, investigating {Investigating} serviceDegradation {Service degradation} serviceInterruption {Service interruption} restoringService {Restoring service} extendedRecovery {Extended recovery} verifyingService {Verifying service} serviceRestored {Service restored} falsePositive {False positive} postIncidentReviewPublished {Post-incident report published} other {Update}}',
  'status.maintenance':
    '{status, select, scheduled {Scheduled} in_progress {In progress} verifying {Verifying} completed {Completed} other {Scheduled}}',
  'status.severity': '{severity, select, major {Major} minor {Minor} other {Unknown severity}}',

  'page.lastChange': 'Last change {time}. Times are in UTC.',
  'page.activeIncidents': 'Active incidents',
  'page.noIncidents': 'No incidents right now.',
  'page.scheduledMaintenance': 'Scheduled maintenance',
  'page.noMaintenance': 'No maintenance with expected impact is scheduled.',
  'page.servicesByRegion': 'Services by region',
  'page.noServices': 'No services to show yet.',
  'page.history': 'History (last {days, plural, one {day} other {# days}})',
  'page.noHistory': '{days, plural, one {No incidents in the last day.} other {No incidents in the last # days.}}',
  'page.column.service': 'Service',
  'page.column.status': 'Status',
  'page.column.lastDays': 'Last {days, plural, one {day} other {# days}}',
  'page.column.uptime': 'Uptime',
  'page.uptimeBars': 'Uptime over the last {days, plural, one {day} other {# days}}',
  'page.userExperience': 'User experience:',
  'page.workaround': 'Workaround:',
  'page.since': 'since {time}',
  'page.reportPublished':
    'A post-incident report was published on {time}; administrators find it on their service health dashboard.',
  'page.expectedImpact': 'expected impact: {impact}',
  'page.subscribe': 'Subscribe to updates',
  'page.calendar': 'Maintenance calendar (iCal)',
  'page.historyAtom': 'Incident history (Atom)',
  'page.historyRss': 'Incident history (RSS)',
  'embed.fullStatus': 'Full status and history',

  'feed.title': '{pageName} — incident history',
  'feed.titleComponent': '{pageName} — {component} — incident history',
  'feed.word':
    '{word, select, investigating {Investigating} identified {Identified} monitoring {Monitoring} resolved {Resolved} postmortem {Postmortem} other {Update}}',
  'feed.calendarName': '{pageName} — maintenance',
  'feed.calendarDescription': 'Expected impact: {impact}. Regions: {regions}. Status: {status}.',

  'subscribe.title': 'Subscribe to updates',
  'subscribe.intro':
    'Receive public incidents and scheduled maintenance as they are created, updated and resolved. You confirm first; every message has a link to change your choice or unsubscribe in one click.',
  'subscribe.byEmail': 'By email',
  'subscribe.email': 'Email address',
  'subscribe.byWebhook': 'Or by webhook, Slack or Microsoft Teams',
  'subscribe.url': 'Webhook URL (https)',
  'subscribe.format.standard': 'Webhook (Standard Webhooks)',
  'subscribe.format.slack': 'Slack incoming webhook',
  'subscribe.format.teams': 'Microsoft Teams workflow',
  'subscribe.webhookHelp':
    'A webhook is signed per Standard Webhooks and starts when your endpoint answers the signed subscription.verification event with a 2xx; that event carries the signing secret. Slack and Teams get a first “Subscribed” message: the subscription starts when the URL accepts it.',
  'subscribe.what': 'What to hear about',
  'subscribe.everything': 'Everything: every public incident and maintenance',
  'subscribe.only': 'Or only what touches these regions or services:',
  'subscribe.submit': 'Subscribe',
  'subscribe.sendsTo': 'Updates go to {address}.',
  'subscribe.save': 'Save',
  'subscribe.unsubscribe': 'Unsubscribe',
  'subscribe.answerTitle': 'Check your inbox',
  'subscribe.answer':
    'Thank you. If this address can receive updates, a message is on its way: use its link to confirm. Nothing else is sent until then.',
  'subscribe.confirmTitle': 'Confirm your subscription',
  'subscribe.confirmQuestion': 'Send updates to {address}?',
  'subscribe.confirmButton': 'Confirm',
  'subscribe.confirmedTitle': 'Subscribed',
  'subscribe.confirmed': 'Your subscription is confirmed.',
  'subscribe.manageTitle': 'Your subscription',
  'subscribe.saved': 'Saved.',
  'subscribe.unsubscribeTitle': 'Unsubscribe?',
  'subscribe.unsubscribeQuestion': 'Stop sending updates to {address}?',
  'subscribe.unsubscribedTitle': 'Unsubscribed',
  'subscribe.unsubscribed': 'This address receives no more updates.',
  'subscribe.linkUsed': 'This link was already used',
  'subscribe.linkBroken': 'This link does not work',
  'subscribe.again': 'Subscribe again',

  // server: translated posts (Message Center and incidents)

  // server: reports and subscribers

  // server: problem details and the CLI

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.opening': 'Opening Herald',
  'console.error.offline': 'Herald cannot be reached; check the connection.',
  'console.error.unavailable': 'Herald could not answer; try again in a moment.',
  'console.label.status':
    '{value, select, serviceOperational {Healthy} investigating {Investigating} serviceDegradation {Service degradation} serviceInterruption {Service interruption} restoringService {Restoring service} extendedRecovery {Extended recovery} verifyingService {Verifying service} serviceRestored {Service restored} falsePositive {False positive} postIncidentReviewPublished {Post-incident report published} other {{value}}}',
  'console.label.category':
    '{value, select, incident {Incidents} advisory {Advisories} planned_maintenance {Planned maintenance} unplanned_maintenance {Unplanned maintenance} release {Updates and releases} message_center {Message Center} lifecycle {Getting started (first year)} other {{value}}}',
  'console.label.messageCategory':
    '{value, select, preventOrFixIssue {Prevent or fix issues} planForChange {Plan for change} stayInformed {Stay informed} other {{value}}}',
  'console.label.role':
    '{value, select, operator {Operator} org_admin {Org admin} system_admin {System admin} additional_recipient {Additional recipient} member {Member} other {{value}}}',
  'console.label.origin':
    '{value, select, microsoft {Provider} thirdParty {Third party} customer {Your organization} other {{value}}}',
  'console.label.symptom':
    '{value, select, pageNotFound {Page not found (404)} cannotSignIn {Cannot sign in} slowPerformance {Slow performance} errors {Errors} unavailable {Unavailable} other {{value}}}',
  'console.label.postType':
    '{value, select, regular {Additional details} quick {Quick update} strategic {Summary} other {{value}}}',
  'console.label.eventType':
    '{value, select, incident_opened {Incident opened} incident_updated {Incident updated} incident_scope_widened {Incident reached more people} incident_changed {Incident details changed} incident_restored {Incident: service restored} incident_pir_published {Post-incident report published} incident_stale {Incident without an update} incident_pir_due {Post-incident report due} maintenance_scheduled {Maintenance scheduled} maintenance_updated {Maintenance changed} maintenance_cancelled {Maintenance cancelled} maintenance_started {Maintenance started} maintenance_completed {Maintenance completed} maintenance_overran {Maintenance overran} maintenance_failed {Maintenance failed} maintenance_unplanned {Unplanned maintenance} release_region_scheduled {Release scheduled in a region} release_wave_enabled {Release wave enabled} message_published {Message Center post published} message_updated {Message Center post updated} message_action_due {Message Center action due} message_digest {Message Center digest} message_shared {Message Center post shared} lifecycle_due {Getting-started mail} directory_admins_requested {Administrators asked for} webhook_endpoint_paused {Webhook paused} sla_claim_decided {SLA claim decided} ticket_updated {Support ticket updated} ticket_replied {Support ticket reply} subscriber_mail {Status page subscriber mail} team_page_acknowledged {Team page acknowledged} team_page_resolved {Team page resolved} other {{value}}}',
  'console.label.value':
    '{value, select, pending {Pending} approved {Approved} rejected {Rejected} active {Active} paused {Paused} sent {Sent} failed {Failed, retrying} dead {Failed} suppressed {Not sent (suppressed)} email {Email} webhook {Webhook} push {Push notification} in_app {In the console} draft {Draft} published {Published} planned {Planned} unplanned {Unplanned} security {Security} weekly {Weekly} wave {Wave} minor {Minor} major {Major} incident {Incident} advisory {Advisory} other {{value}}}',

  // console: account

  // console: logs

  // console: member

  // console: tickets

  // console: tenant
  'console.tenant.sla.title': 'SLA and credits',
  'console.tenant.sla.intro':
    'Monthly uptime of each service your environments run, measured from the incidents that touched them. Below a tier’s threshold, the month earns a service credit you can claim.',
  'console.tenant.sla.claimSent': 'Claim sent; an operator decides and you are told',
  'console.tenant.sla.uptimeTitle': 'Uptime, last {months, plural, one {month} other {# months}}',
  'console.tenant.sla.measuring': 'Measuring…',
  'console.tenant.sla.uptimeByMonth': '{service} uptime by month',
  'console.tenant.sla.soFar': 'so far',
  'console.tenant.sla.provisionalIntro':
    'This month is not over: uptime and credits are provisional, and can be claimed once the month has ended.',
  'console.tenant.sla.service': 'Service',
  'console.tenant.sla.uptime': 'Uptime',
  'console.tenant.sla.downDegraded': 'Down / degraded',
  'console.tenant.sla.credit': 'Credit',
  'console.tenant.sla.claim': 'Claim',
  'console.tenant.sla.uptimeSoFar': '{uptime} so far',
  'console.tenant.sla.minutes': '{down, number} min / {degraded, number} min',
  'console.tenant.sla.creditProvisional': '{credit} provisional',
  'console.tenant.sla.none': 'none',
  'console.tenant.sla.claimButton': 'Claim credit',
  'console.tenant.sla.claimed': 'claimed',
  'console.tenant.sla.claims': 'Claims',
  'console.tenant.sla.claimsEmpty': 'No claims yet.',
  'console.tenant.sla.metaUptime': 'uptime {uptime}',
  'console.tenant.sla.metaCredit': 'credit {credit}',
  'console.tenant.sla.metaClaimed': 'claimed {date}',
  'console.tenant.sla.metaReason': 'reason: “{reason}”',
  'console.tenant.tickets.title': 'Support tickets',
  'console.tenant.tickets.intro':
    'Something wrong that the service health dashboard does not show? Tell us here, and follow the conversation with support on the ticket.',
  'console.tenant.tickets.reported': 'Reported issues',
  'console.tenant.tickets.empty': 'No tickets yet. Problems you report appear here with their status.',
  'console.tenant.tickets.severityMeta': 'Severity {severity}',
  'console.tenant.tickets.about': 'about <link>{title}</link>',
  'console.tenant.tickets.filed': 'Ticket filed',
  'console.tenant.tickets.report': 'Report an issue',
  'console.tenant.tickets.whatIsWrong': 'What is wrong',
  'console.tenant.tickets.environment': 'Environment',
  'console.tenant.tickets.notSpecific': 'Not specific',
  'console.tenant.tickets.service': 'Service',
  'console.tenant.tickets.severity': 'Severity',
  'console.tenant.tickets.severityOption':
    '{level, select, A {A: critical business impact} B {B: moderate impact} other {C: minimum impact}}',
  'console.tenant.tickets.alreadyReported': 'Already reported?',
  'console.tenant.tickets.similarNote':
    'These open tickets look like the same problem; adding to one of them may be quicker.',
  'console.tenant.tickets.details': 'Details',
  'console.tenant.tickets.detailsHint': 'What you did, what you expected, what happened, since when.',
  'console.tenant.tickets.contactName': 'Contact name',
  'console.tenant.tickets.contactNameHint': 'Leave empty to be the contact yourself.',
  'console.tenant.tickets.contactEmail': 'Contact email',
  'console.tenant.tickets.contactPhone': 'Contact phone',
  'console.tenant.tickets.file': 'File ticket',
  'console.tenant.webhooks.title': 'Webhooks',
  'console.tenant.webhooks.intro':
    'Herald posts {tenant}’s events to these URLs as they happen: to your systems signed with the endpoint’s secret (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature), or as a message in a Slack or Microsoft Teams channel.',
  'console.tenant.webhooks.secretNote':
    'Signing secret for {url} — copy it now, it is not shown again: <code>{secret}</code>',
  'console.tenant.webhooks.endpoints': 'Endpoints',
  'console.tenant.webhooks.empty': 'No endpoints.',
  'console.tenant.webhooks.changed': 'Endpoint changed',
  'console.tenant.webhooks.format':
    '{value, select, standard {Standard Webhooks (signed JSON)} slack {Slack incoming webhook} teams {Microsoft Teams workflow} other {{value}}}',
  'console.tenant.webhooks.formatHint':
    '{value, select, standard {For your own systems: JSON signed with the endpoint’s secret.} slack {A message in a Slack channel: the URL Slack gives for an incoming webhook (https://hooks.slack.com/services/…).} teams {A card in a Teams channel: the URL of a Workflows “Post to a channel when a webhook request is received” flow.} other {}}',
  'console.tenant.webhooks.lastDelivered': 'last delivered {when}',
  'console.tenant.webhooks.neverDelivered': 'never delivered',
  'console.tenant.webhooks.lastFailure': 'last failure {when}',
  'console.tenant.webhooks.pause': 'Pause',
  'console.tenant.webhooks.resume': 'Resume',
  'console.tenant.webhooks.newSecret': 'New secret',
  'console.tenant.webhooks.delete': 'Delete',
  'console.tenant.webhooks.added': 'Endpoint added',
  'console.tenant.webhooks.addTitle': 'Add an endpoint',
  'console.tenant.webhooks.sendsTo': 'Sends to',
  'console.tenant.webhooks.url': 'URL',
  'console.tenant.webhooks.urlHint': 'HTTPS, reachable from Herald.',
  'console.tenant.webhooks.description': 'Description (optional)',
  'console.tenant.webhooks.events': 'Events',
  'console.tenant.webhooks.eventOption': '{label} ({code})',
  'console.tenant.webhooks.add': 'Add endpoint',
  'console.tenant.recipients.title': 'Email recipients',
  'console.tenant.recipients.intro':
    'Besides the admins, these addresses receive {tenant}’s email for the categories chosen. Someone who asks to be told can be added here.',
  'console.tenant.recipients.removed': 'Recipient removed',
  'console.tenant.recipients.heading': 'Additional recipients',
  'console.tenant.recipients.empty': 'No additional recipients yet: only the admins receive email.',
  'console.tenant.recipients.recipient': 'Recipient',
  'console.tenant.recipients.receives': 'Receives',
  'console.tenant.recipients.added': 'Added',
  'console.tenant.recipients.actions': 'Actions',
  'console.tenant.recipients.removeLabel': 'Remove {email}',
  'console.tenant.recipients.remove': 'Remove',
  'console.tenant.recipients.addedNote': 'Recipient added',
  'console.tenant.recipients.addTitle': 'Add a recipient',
  'console.tenant.recipients.email': 'Email address',
  'console.tenant.recipients.name': 'Name (optional)',
  'console.tenant.recipients.receivesAbout': 'Receives email about',
  'console.tenant.recipients.categoriesError': 'Categories {problem}',
  'console.tenant.recipients.add': 'Add recipient',
  'console.tenant.recipients.privacyChanged': 'Data-privacy readers changed',
  'console.tenant.recipients.privacyTitle': 'Who reads data-privacy posts',
  'console.tenant.recipients.privacyIntro': 'Posts tagged “Data privacy” reach the org admins and these people only.',
  'console.tenant.recipients.privacyEmpty': 'Only the org admins.',
  'console.tenant.recipients.privacyStop': 'Stop {email} reading data-privacy posts',
  'console.tenant.recipients.addPerson': 'Add a person',
  'console.tenant.recipients.choose': 'Choose…',
  'console.tenant.recipients.privacyGrant': 'Let them read data-privacy posts',
  'console.tenant.sso.title': 'Single sign-on and provisioning',
  'console.tenant.sso.intro': 'How {tenant}’s people sign in to Herald and how your directory keeps them up to date.',
  'console.tenant.sso.providerAdded': 'Identity provider added',
  'console.tenant.sso.providerRemoved': 'Identity provider removed',
  'console.tenant.sso.providers': 'Identity providers',
  'console.tenant.sso.providersEmpty': 'No identity provider: everyone signs in with a Herald password.',
  'console.tenant.sso.joinPolicyBadge': '{value, select, join {joins at first sign-in} other {approval required}}',
  'console.tenant.sso.passwordAllowed': 'password also allowed',
  'console.tenant.sso.client': 'client {clientId}',
  'console.tenant.sso.redirectUri': 'Redirect URI <code>{uri}</code>',
  'console.tenant.sso.backchannelLogout': 'Back-channel logout <code>{uri}</code>',
  'console.tenant.sso.remove': 'Remove',
  'console.tenant.sso.addProviderTitle': 'Add an OpenID Connect provider',
  'console.tenant.sso.name': 'Name',
  'console.tenant.sso.issuer': 'Issuer',
  'console.tenant.sso.issuerHint': 'Herald reads its /.well-known/openid-configuration.',
  'console.tenant.sso.clientId': 'Client id',
  'console.tenant.sso.clientSecret': 'Client secret',
  'console.tenant.sso.clientSecretHint': 'Stored encrypted; not shown again.',
  'console.tenant.sso.domains': 'Email domains',
  'console.tenant.sso.domainsHint': 'Comma-separated, such as contoso.com, contoso.co.uk',
  'console.tenant.sso.newcomers': 'Newcomers',
  'console.tenant.sso.joinOption': 'join at their first sign-in',
  'console.tenant.sso.approvalOption': 'wait for an org admin’s approval',
  'console.tenant.sso.passwordFallback': 'Also allow Herald passwords',
  'console.tenant.sso.addProvider': 'Add provider',
  'console.tenant.sso.ruleAdded': 'Group rule added',
  'console.tenant.sso.ruleRemoved': 'Group rule removed',
  'console.tenant.sso.groups': 'Groups and roles',
  'console.tenant.sso.groupsHint':
    'A group named in the ID token’s groups claim or pushed by SCIM gives its members this role. Changes apply at the next sign-in or provisioning call.',
  'console.tenant.sso.groupsEmpty': 'No rules: people who sign in receive no admin role.',
  'console.tenant.sso.systemAdminOf': 'system admin of {environment}',
  'console.tenant.sso.addRuleLabel': 'Add a group rule',
  'console.tenant.sso.group': 'Group',
  'console.tenant.sso.role': 'Role',
  'console.tenant.sso.systemAdminOption': 'System admin of an environment',
  'console.tenant.sso.environment': 'Environment',
  'console.tenant.sso.choose': 'Choose…',
  'console.tenant.sso.addRule': 'Add rule',
  'console.tenant.sso.tokenIssued': 'SCIM token issued',
  'console.tenant.sso.tokenRevoked': 'SCIM token revoked',
  'console.tenant.sso.scim': 'SCIM provisioning',
  'console.tenant.sso.scimHint':
    'Point your directory (Entra ID, Okta …) at <code>{url}</code> with one of these tokens.',
  'console.tenant.sso.copyToken': 'Copy the token now, it is not shown again: <code>{token}</code>',
  'console.tenant.sso.scimEmpty': 'No SCIM token.',
  'console.tenant.sso.revoked': 'revoked',
  'console.tenant.sso.lastUsed': 'last used {time}',
  'console.tenant.sso.neverUsed': 'never used',
  'console.tenant.sso.revoke': 'Revoke',
  'console.tenant.sso.issueTokenLabel': 'Issue a SCIM token',
  'console.tenant.sso.tokenName': 'Token name',
  'console.tenant.sso.issueToken': 'Issue token',
  'console.tenant.sso.approved': 'Approved',
  'console.tenant.sso.waiting': 'Waiting for approval',
  'console.tenant.sso.waitingEmpty': 'Nobody is waiting.',
  'console.tenant.sso.approve': 'Approve',
  'console.tenant.dashboard.updated': 'Dashboard updated',
  'console.tenant.dashboard.title': 'Service health',
  'console.tenant.dashboard.intro':
    '{tenant}: the state of the services you run, and what is being done about any problem. Times are in {zone}.',
  'console.tenant.dashboard.troubled':
    '{count, plural, one {# service with an issue} other {# services with an issue}}',
  'console.tenant.dashboard.allHealthy': 'All services healthy',
  'console.tenant.dashboard.show': 'Show on the dashboard',
  'console.tenant.dashboard.hideService': 'Hide {service} from the dashboard',
  'console.tenant.dashboard.hide': 'Hide',
  'console.tenant.dashboard.leaveHiddenOut': 'Leave hidden services out',
  'console.tenant.dashboard.showHidden': '{count, plural, one {Show # hidden service} other {Show # hidden services}}',
  'console.tenant.dashboard.actOn': 'Issues for your organization to act on',
  'console.tenant.dashboard.actOnEmpty': 'Nothing for you to act on.',
  'console.tenant.dashboard.active': 'Active issues',
  'console.tenant.dashboard.activeEmpty': 'No active issues: everything is running normally.',
  'console.tenant.dashboard.history': 'Issue history',
  'console.tenant.dashboard.historyPeriod': 'History period',
  'console.tenant.dashboard.days': '{days, plural, one {# day} other {# days}}',
  'console.tenant.dashboard.historyEmpty':
    '{days, plural, one {No issue ended in the last day.} other {No issue ended in the last # days.}}',
  'console.tenant.dashboard.reports': 'Post-incident reports',
  'console.tenant.dashboard.reportsEmpty': 'No post-incident reports.',
  'console.tenant.dashboard.published': 'published {date}',
  'console.tenant.issue.updates': 'Updates',
  'console.tenant.issue.report': 'Post-incident report',
  'console.tenant.issue.summary': 'Summary',
  'console.tenant.issue.userExperience': 'User experience',
  'console.tenant.issue.start': 'Start',
  'console.tenant.issue.resolution': 'Resolution',
  'console.tenant.issue.rootCause': 'Root cause',
  'console.tenant.issue.nextSteps': 'Next steps',
  'console.tenant.issue.downloadPdf': 'Download PDF',
  'console.tenant.issue.openAsPage': 'Open as a page',
  'console.tenant.environments.title': 'Environments',
  'console.tenant.environments.intro':
    '{tenant}’s environments and the version each runs. Updates arrive in each region’s maintenance window; when one completes on time nothing is sent, the version here changes.',
  'console.tenant.environments.empty': 'No environments you can see.',
  'console.tenant.environments.earlyAccessChanged': 'Early access changed',
  'console.tenant.environments.featureSwitched': 'Feature switched',
  'console.tenant.environments.type': '{value, select, production {Production} sandbox {Sandbox} other {{value}}}',
  'console.tenant.environments.firstRelease': 'First Release',
  'console.tenant.environments.earlyAccess': 'Early access',
  'console.tenant.environments.version': 'Version',
  'console.tenant.environments.backgroundPending':
    'The database part of the update runs about a day after the service part.',
  'console.tenant.environments.region': 'Region',
  'console.tenant.environments.window': 'Window',
  'console.tenant.environments.windowUtc': '{start}–{end} UTC',
  'console.tenant.environments.url': 'URL',
  'console.tenant.environments.updatesComing': 'Updates coming',
  'console.tenant.environments.nonePlanned': 'None planned.',
  'console.tenant.environments.updateState':
    '{value, select, pending {Pending} started {Started} service_done {Service part done} database_done {Done} failed {Failed} other {{value}}}',
  'console.tenant.environments.updateWindows': 'service {service} · database {database}',
  'console.tenant.environments.earlyAccessSwitch': 'Early access to the next release wave',
  'console.tenant.environments.disruptiveTitle': 'Features that change how people work',
  'console.tenant.environments.disruptiveHint': 'Off by default; turn one on once you have tested it.',
  'console.tenant.environments.notYetHere': 'not yet on this environment',

  // console: messages

  // console: maintenance

  // console: incidents

  // console: operator

  // console: directory

  // console: releases

  // console: posts
} as const;

export default en;

export type MessageKey = keyof typeof en;
/** A translation: every key of the English catalogue, no other. */
export type Catalogue = { readonly [K in MessageKey]: string };
