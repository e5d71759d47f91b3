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
  'console.shell.documentTitle': '{title} · Herald',
  'console.shell.error.unexpected': 'Something went wrong in the console; reload the page and try again.',
  'console.shell.fieldProblem': '{label} {message}',
  'console.shell.problem.notSaved': 'Nothing was saved.',
  'console.shell.problem.notAllowed': 'Not allowed.',
  'console.shell.problem.notFound': 'Not found.',
  'console.shell.problem.notChanged': 'Nothing was changed.',
  'console.shell.problem.notSavedYet': 'Nothing was saved yet.',
  'console.shell.problem.failed': 'That did not work.',
  'console.shell.loading': 'Loading…',
  'console.shell.waitingFor': '{what}…',
  'console.shell.pages': 'Pages',
  'console.shell.newer': 'Newer',
  'console.shell.older': 'Older',
  'console.shell.pageRange': '{first, number}–{last, number} of {total, number}',
  'console.shell.skipToContent': 'Skip to content',
  'console.shell.menu': 'Menu',
  'console.shell.home': 'Herald, home',
  'console.shell.roleChip':
    '{role, select, operator {Operator} tenantAdmin {Tenant admin} systemAdmin {System admin} other {Member}}',
  'console.shell.liveOn': 'Live updates are on',
  'console.shell.liveReconnecting': 'Live updates are reconnecting',
  'console.shell.live': 'Live',
  'console.shell.offline': 'Offline',
  'console.shell.account': 'Your account and settings',
  'console.shell.timesIn': 'Times in {zone}',
  'console.shell.theme': 'Colour theme',
  'console.shell.themeSystem': 'As the device',
  'console.shell.themeLight': 'Light',
  'console.shell.themeDark': 'Dark',
  'console.shell.profileLink': 'Profile, language and time zone',
  'console.shell.preferencesLink': 'Notification preferences',
  'console.shell.signOut': 'Sign out',
  'console.shell.mainNav': 'Main',
  'console.shell.organization': 'Organization',
  'console.shell.nav':
    '{screen, select, overview {Overview} incidents {Incidents} incidentTemplates {Incident templates} reports {Post-incident reports} maintenance {Maintenance} releases {Releases and rollouts} messageCenter {Message Center} rehearsal {Rehearsal} tickets {Support tickets} slaClaims {SLA claims} teamPages {Team pages} subscribers {Status subscribers} branding {Status page branding} tenants {Tenants} environments {Environments} people {People} regions {Regions and stations} deliveryLog {Delivery log} sentMail {Sent mail} auditLog {Audit log} serviceHealth {Service health} slaCredits {SLA and credits} recipients {Email recipients} singleSignOn {Single sign-on} webhooks {Webhooks} findAdmin {Find your administrator} yourEnvironments {Your environments} whoIsMyAdmin {Who is my admin?} other {{screen}}}',
  'console.shell.navGroup':
    '{group, select, serviceHealth {Service health} changes {Changes} directory {Directory} records {Records} organization {Your organization} other {{group}}}',
  'console.shell.notFound': 'Page not found',
  'console.shell.notFoundHelp':
    'There is no such page in the console, or it is not one of yours. Pick a page from the menu.',
  'console.shell.bellLabel':
    '{count, plural, =0 {Notifications} one {Notifications, # unread} other {Notifications, # unread}}',
  'console.shell.bellOverflow': '{count, number}+',
  'console.shell.notifications': 'Notifications',
  'console.shell.markAllRead': 'Mark all read',
  'console.shell.unreadMark': '(unread)',
  'console.shell.noNotifications': 'Nothing yet.',
  'console.shell.incident.public': 'public',
  'console.shell.incident.endedUpdated': 'ended {ended} · updated {updated}',
  'console.shell.incident.startedUpdated': 'started {started} · updated {updated}',
  'console.shell.incident.fact':
    '{fact, select, issueId {Issue ID} services {Services} regions {Regions} origin {Origin} started {Started} ended {Ended} impact {Impact} userExperience {User experience} workaround {Workaround} symptoms {Symptoms} other {{fact}}}',
  'console.shell.incident.servicesFeature': '{services} · {feature}',
  'console.shell.incident.stillGoingOn': 'still going on',
  'console.shell.incident.timeline': 'Timeline of updates, newest first',
  'console.shell.incident.opened': 'Opened',
  'console.shell.incident.postedSilently': 'Posted without notifying',
  'console.shell.reason':
    '{value, select, org_admin {org admin} system_admin {system admin} additional_recipient {additional recipient} operator {operator} member {member} listed {listed reader} told_before {told before} owning_team {owning team} subscribed {subscribed} webhook_dead {webhook failing} other {{value}}}',
  'console.shell.audience.title': 'Who will be told',
  'console.shell.audience.environments': '{count, plural, one {# environment} other {# environments}}',
  'console.shell.audience.tenants': '{count, plural, one {# tenant} other {# tenants}}',
  'console.shell.audience.orgAdmins': '{count, plural, one {# org admin} other {# org admins}}',
  'console.shell.audience.systemAdmins': '{count, plural, one {# system admin} other {# system admins}}',
  'console.shell.audience.people': '{count, plural, one {# person} other {# people}}',
  'console.shell.audience.andMore': '{names} and {count, plural, one {# more} other {# more}}',
  'console.shell.audience.morePeople': '{count, plural, one {and # more} other {and # more}}',
  'console.shell.uptime.summary': '{label}: {count, plural, one {# period measured} other {# periods measured}}',
  'console.shell.uptime.summaryLowest':
    '{label}: {count, plural, one {# period measured} other {# periods measured}}, lowest {lowest}',
  'console.shell.uptime.periodUp': '{period}: {percent} up',
  'console.shell.uptime.periodNotMeasured': '{period}: not measured',
  'console.shell.uptime.below': 'below {value}',
  'console.shell.uptime.notMeasured': 'not measured',
  'console.shell.week.windowTitle': '{region} service window: {start} – {end} ({zone})',
  'console.shell.week.workTitle': '{title} ({region}): {start} – {end}',
  'console.shell.week.caption': 'Week of {date}, in {zone}.',
  'console.shell.week.serviceWindow': 'service window',
  'console.shell.week.yourRegions': 'your regions',
  'console.shell.week.plannedWork': 'planned work',
  'console.shell.markdown.hint': 'Markdown: **bold**, _italic_, - lists, [links](https://…)',
  'console.shell.markdown.previewOf': '{label} preview',
  'console.shell.markdown.empty': 'The preview appears here.',
  'console.shell.markdown.preview': 'Preview',
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
  'console.account.actions': 'Actions',
  'console.account.signIn.title': 'Sign in',
  'console.account.signIn.expired': 'Your session ended; sign in again to continue.',
  'console.account.signIn.email': 'Email',
  'console.account.signIn.continueWith': 'Continue with {provider}',
  'console.account.signIn.password': 'Password',
  'console.account.signIn.lookingUp': 'Looking up…',
  'console.account.signIn.continue': 'Continue',
  'console.account.signIn.signingIn': 'Signing in…',
  'console.account.signIn.withPassword': 'Sign in with password',
  'console.account.signIn.help':
    'Not an administrator? <find>Find yours</find>. Looking for the state of the service? See the <status>public status page</status>.',
  'console.account.setPassword.title': 'Choose your password',
  'console.account.setPassword.noToken':
    'This page needs the whole link you were sent; open it again from the message.',
  'console.account.setPassword.password': 'New password',
  'console.account.setPassword.hint': 'At least 12 characters. This link works once.',
  'console.account.setPassword.submit': 'Set password and sign in',
  'console.account.findAdmin.title': 'Find your administrator',
  'console.account.findAdmin.intro':
    'Who to ask about each of your environments: its system admins first, then your organization’s admins.',
  'console.account.findAdmin.none': 'You have no environments, so there is no administrator to show.',
  'console.account.findAdmin.systemAdmins': 'System admins',
  'console.account.findAdmin.orgAdmins': 'Org admins',
  'console.account.findAdmin.nobody': 'None',
  'console.account.findAdmin.byEmailIntro': 'Enter your work email: we send you who administers your environments.',
  'console.account.findAdmin.workEmail': 'Work email',
  'console.account.findAdmin.send': 'Send me the list',
  'console.account.findAdmin.signInHelp': '<signin>Sign in</signin> if you are an administrator.',
  'console.account.profile.title': 'Profile',
  'console.account.profile.you': 'You',
  'console.account.profile.name': 'Name',
  'console.account.profile.language': 'Language',
  'console.account.profile.regionalFormat': 'Regional format',
  'console.account.profile.formatExample': 'Dates and numbers look like this: {date}, {number}.',
  'console.account.profile.timeZone': 'Time zone',
  'console.account.profile.timeZoneHint': 'Every time in Herald is shown in it; now {time} there.',
  'console.account.profile.save': 'Save',
  'console.account.profile.saved': 'Profile saved',
  'console.account.profile.roles': 'Your roles',
  'console.account.sessions.title': 'Where you are signed in',
  'console.account.sessions.intro':
    '{hours, plural, one {Sessions last # hour.} other {Sessions last # hours.}} End any you do not recognise; changing your password ends all but this one.',
  'console.account.sessions.browser': 'Browser',
  'console.account.sessions.address': 'Address',
  'console.account.sessions.signedIn': 'Signed in',
  'console.account.sessions.lastSeen': 'Last seen',
  'console.account.sessions.unknown': 'unknown',
  'console.account.sessions.thisBrowser': 'this browser',
  'console.account.sessions.endFrom': 'End the session from {browser}',
  'console.account.sessions.endUnknown': 'End the session from an unknown browser',
  'console.account.sessions.end': 'End',
  'console.account.sessions.endOthers': 'End all other sessions',
  'console.account.sessions.ended': 'Session ended',
  'console.account.sessions.othersEnded': 'Other sessions ended',
  'console.account.tokens.title': 'API tokens',
  'console.account.tokens.intro':
    'For scripts and integrations: send it as <code>{header}</code>. It acts as you, with your rights. See the <docs>API documentation</docs>.',
  'console.account.tokens.name': 'Token name',
  'console.account.tokens.namePlaceholder': 'e.g. monitoring script',
  'console.account.tokens.create': 'Create token ({days, plural, one {# day} other {# days}})',
  'console.account.tokens.copyNow': 'Copy it now; it is not shown again: <code>{secret}</code>',
  'console.account.tokens.none': 'No tokens.',
  'console.account.tokens.lastUsed': 'Last used',
  'console.account.tokens.expires': 'Expires',
  'console.account.tokens.never': 'never',
  'console.account.tokens.revoke': 'Revoke',
  'console.account.tokens.revokeNamed': 'Revoke {name}',
  'console.account.tokens.revoked': 'Token revoked',
  'console.account.preferences.title': 'Notification preferences',
  'console.account.preferences.accountCategory': 'Your account and requests',
  'console.account.preferences.caption': 'Channels per category',
  'console.account.preferences.category': 'Category',
  'console.account.preferences.channel':
    '{channel, select, email {Email} push {Push} in_app {In the console} other {{channel}}}',
  'console.account.preferences.cell':
    '{category} by {channel, select, email {email} push {push} in_app {in the console} other {{channel}}}',
  'console.account.preferences.yourChoice': 'your choice',
  'console.account.preferences.defaultMajorOnly': 'default: major changes only',
  'console.account.preferences.default': 'default',
  'console.account.preferences.save': 'Save preferences',
  'console.account.preferences.saved': 'Preferences saved',
  'console.account.preferences.backToDefaults': 'Back to the defaults',
  'console.account.push.title': 'Push on your devices',
  'console.account.push.intro':
    'Install Herald on your phone (Add to Home Screen) and switch push on there to be told wherever you are.',
  'console.account.push.subscribe': 'Receive push on this device',
  'console.account.push.unsupported':
    'This browser cannot receive push here (it needs a secure connection and a browser that supports it).',
  'console.account.push.none': 'No device receives push yet.',
  'console.account.push.since': 'since {since}',
  'console.account.push.sinceDelivered': 'since {since} · last delivered {delivered}',
  'console.account.push.stop': 'Stop',
  'console.account.push.subscribed': 'This device now receives push notifications',
  'console.account.push.stopped': 'Push stopped for that device',
  'console.account.push.blocked': 'Notifications are blocked for this site in the browser’s settings.',

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
