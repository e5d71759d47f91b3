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
  'report.title': 'Post-incident report {id}: {title}',
  'report.status': '{published, select, yes {Published {time}} other {Draft — not published}} · Severity: {severity}',
  'report.section.summary': 'Summary',
  'report.section.userExperience': 'User Experience',
  'report.section.startDateTime': 'Start date and time',
  'report.section.resolutionDateTime': 'Resolution date and time',
  'report.section.rootCause': 'Root Cause',
  'report.section.nextSteps': 'Next steps',
  'subscriber.language': 'Language of the emails',

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
