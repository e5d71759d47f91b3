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
  'problem.title.validation': 'The request is not valid',
  'problem.title.notFound': 'Not found',
  'problem.title.conflict': 'Conflict with the current state',
  'problem.title.unauthenticated': 'Sign-in required',
  'problem.title.forbidden': 'Not allowed',
  'problem.title.csrf': 'Missing or invalid CSRF token',
  'problem.title.illegalTransition': 'That change of state is not allowed',
  'problem.title.rateLimited': 'Too many requests',
  'problem.title.unsupportedMediaType': 'Unsupported content type',
  'problem.title.payloadTooLarge': 'Request body too large',
  'problem.title.unavailable': 'Temporarily unavailable',
  'problem.title.databaseUnavailable': 'The database is unavailable',
  'problem.title.privateName': 'Public text names a customer or a person',
  'problem.title.lowContrast': 'A colour would make the page hard to read',
  'problem.title.needsConfirmation': 'Confirm to go ahead',
  'problem.title.internal': 'Internal error',
  'problem.internal': 'Something went wrong on our side; the request id is {requestId}.',
  'problem.fieldIs': '{field}: {message}',
  'problem.seeErrors': '{count, plural, one {# problem; see errors} other {# problems; see errors}}',
  'problem.fieldSentence': '{label} {message}',
  'problem.fieldSentences': '{sentences}.',
  'problem.sentenceList': '{first}; {rest}',
  'problem.theRequest': 'The request',
  'problem.listItem': '{list}, item {item}',
  'problem.fieldInListItem': '{field} ({list}, item {item})',
  'problem.fieldName':
    '{name, select, url {URL} durationMinutes {Estimated duration} serviceId {Service} serviceIds {Services} tenantId {Tenant} tenantIds {Tenants} environmentId {Environment} environmentIds {Environments} startsAt {Start} endsAt {End} eventTypes {Events} confirmNoEnvironments {Confirmation} title {Title} name {Name} email {Email} description {Description} status {Status} severity {Severity} password {Password} domain {Domain} version {Version} regions {Regions} preferences {Preferences} windows {Windows} impact {Impact} channel {Channel} body {Body} message {Message} type {Type} scope {Scope} other {{words}}}',
  'problem.required': 'is required',
  'problem.isEmpty': 'is empty',
  'problem.notJson': 'is not valid JSON',
  'problem.schema.unknownField': 'is not a known field',
  'problem.schema.oneOf': 'must be one of {choices}',
  'problem.schema.notAChoice': 'is not one of the choices',
  'problem.schema.const': 'must be {value}',
  'problem.schema.minLength':
    '{limit, plural, one {must be at least # character} other {must be at least # characters}}',
  'problem.schema.maxLength': '{limit, plural, one {must be at most # character} other {must be at most # characters}}',
  'problem.schema.minItems':
    '{limit, plural, =0 {must have at least one item} one {must have at least one item} other {must have at least # items}}',
  'problem.schema.maxItems': '{limit, plural, one {must have at most # item} other {must have at most # items}}',
  'problem.schema.minimum': 'must be at least {limit}',
  'problem.schema.maximum': 'must be at most {limit}',
  'problem.schema.exclusiveMinimum': 'must be more than {limit}',
  'problem.schema.exclusiveMaximum': 'must be less than {limit}',
  'problem.schema.type':
    'must be {type, select, string {text} number {a number} integer {a whole number} boolean {true or false} array {a list} object {an object} null {empty} other {of another type}}',
  'problem.schema.typeEither':
    'must be {first, select, string {text} number {a number} integer {a whole number} boolean {true or false} array {a list} object {an object} null {empty} other {of another type}} or {second, select, string {text} number {a number} integer {a whole number} boolean {true or false} array {a list} object {an object} null {empty} other {of another type}}',
  'problem.schema.format':
    'must be {format, select, dateTime {a date and time such as 2026-12-02T14:00:00Z} date {a date such as 2026-12-02} email {an email address} uri {a web address such as https://example.com/} uuid {an id} other {in the {name} format}}',
  'problem.schema.pattern': 'is not in the expected form',
  'problem.schema.uniqueItems': 'has the same item twice',
  'problem.schema.anyOf': 'is not in any accepted form',
  'problem.schema.invalid': 'is not valid',
  'problem.passedOn': '{reason}',
  'problem.sendJson': 'Send the body as application/json (or text/csv where a route says so).',
  'problem.bodyTooLarge': 'The body is larger than this route accepts.',
  'problem.bodyEmpty': 'The body is empty; send a JSON object.',
  'problem.bodyNotJson': 'The body is not valid JSON: {reason}',
  'problem.sendCsrf': 'Send the token from GET /api/session in the x-csrf-token header.',
  'problem.concurrentChange': 'A concurrent change made the same thing first; read it again before retrying.',
  'problem.tooManyRequests': 'Too many requests; wait a minute and try again.',
  'problem.tooManyAttempts': 'Too many attempts; try again in {after}.',
  'problem.signIn': 'Sign in or send an API token as "{header}".',
  'problem.noRoute': 'There is no {method} {path} here; see /docs for the API.',
  'problem.notFound.id': '{thing} "{id}" does not exist or is not visible to you',
  'problem.notFound': '{thing} not found',
  'problem.notFound.field': 'is not {thing} visible to you',
  'problem.thing':
    '{thing, select, apiToken {API token} attachment {attachment} calendar {calendar} claim {claim} dataPrivacyReader {data-privacy reader} delivery {delivery} environment {environment} environmentInRollout {environment in this rollout} event {event} featureReachingEnvironment {feature of a release reaching this environment} groupRule {group rule} identityProvider {identity provider} incident {incident} incidentTemplate {incident template} issue {issue} maintenance {maintenance} member {member} message {message} operator {operator} page {page} person {person} postIncidentReport {post-incident report of incident} pushSubscription {push subscription} recipient {recipient} region {region} release {release} releaseTrain {release train} roleAssignment {role assignment} rollout {rollout} scimToken {SCIM token} service {service} serviceHealth {service health of} session {session} station {station} subscriber {subscriber} subscription {subscription} team {team} tenant {tenant} ticket {ticket} webhookEndpoint {webhook endpoint} other {item}}',
  'problem.thing.indefinite':
    '{thing, select, apiToken {an API token} attachment {an attachment} calendar {a calendar} claim {a claim} dataPrivacyReader {a data-privacy reader} delivery {a delivery} environment {an environment} environmentInRollout {an environment in this rollout} event {an event} featureReachingEnvironment {a feature of a release reaching this environment} groupRule {a group rule} identityProvider {an identity provider} incident {an incident} incidentTemplate {an incident template} issue {an issue} maintenance {a maintenance} member {a member} message {a message} operator {an operator} page {a page} person {a person} postIncidentReport {a post-incident report} pushSubscription {a push subscription} recipient {a recipient} region {a region} release {a release} releaseTrain {a release train} roleAssignment {a role assignment} rollout {a rollout} scimToken {a SCIM token} service {a service} serviceHealth {a service} session {a session} station {a station} subscriber {a subscriber} subscription {a subscription} team {a team} tenant {a tenant} ticket {a ticket} webhookEndpoint {a webhook endpoint} other {an item}}',
  'problem.database.cannotWrite':
    'The database cannot store changes right now: {why, select, full {its disk is full} readOnly {it is read-only} io {its disk reports an I/O error} other {it is out of resources}} ({code}). Nothing was saved; try again later.',
  'problem.database.unreachable':
    'The database is not answering ({code}). Nothing was saved; try again in a few seconds.',
  'problem.email.tooLong': 'is longer than 320 characters',
  'problem.email.invalid': 'is not an email address (name@example.com)',
  'problem.timeZone.invalid': 'is not an IANA time zone (such as Europe/Paris or UTC)',
  'problem.locale.invalid': 'is not a BCP 47 locale (such as en-US)',
  'problem.region.unknown': 'is not a region; use one of {choices}',
  'problem.url.httpOnly': 'must be an http(s) URL',
  'problem.url.invalid': 'is not a URL (https://…)',
  'problem.date.invalid': 'is not a date (YYYY-MM-DD)',
  'problem.domain.invalid': 'is not a domain name (contoso.com)',
  'problem.version.invalid': 'is not a version (9.2.24104.155)',
  'problem.categories.unknown': 'has unknown categories {unknown}; use {choices}',
  'problem.tags.unknown': 'has unknown tags {unknown}; use {choices}',
  'problem.dateTime.invalid': 'is not an ISO 8601 date-time with a zone (2026-05-01T00:00:00Z)',
  'problem.actionRequired.past': 'is in the past; an action-required date must be in the future',
  'problem.actionRequired.tooSoon':
    'must be at least {days, plural, one {# day} other {# days}} after posting for a major change ({earliest} or later)',
  'problem.utc.invalid': 'is not an ISO 8601 UTC time (2026-11-25T18:00:00Z)',
  'problem.windows.none': 'needs at least one window (a region with its start and end)',
  'problem.windows.twice': '{region} has two windows; give each region one',
  'problem.windows.endsBeforeStart': 'ends before it starts ({end} is not after {start})',
  'problem.windows.tooLong': 'makes the window longer than {days, plural, one {# day} other {# days}}',
  'problem.windows.startInPast':
    'is in the past; {kind, select, planned {planned} security {security} other {{kind}}} work is announced ahead (unplanned maintenance may have started already)',
  'problem.isInPast': 'is in the past',
  'problem.release.version': 'is not a four-part version (major.minor.build.revision, such as 9.2.25111.10)',
  'problem.release.databaseVersion': 'must not be lower than the service version {version}',
  'problem.sla.monthNotOver': '{month} is not over yet; claim once its uptime is final',
  'problem.sla.claimsClosed':
    'claims for {month} closed on {date} ({days, plural, one {# day} other {# days}} after the month)',
  'problem.pir.advisory': 'advisories have no post-incident report; reports are written for major incidents',
  'problem.pir.minor':
    'post-incident reports are written for major incidents; this one is minor (override its severity first if that is wrong)',
  'problem.ticket.already':
    'The ticket is already {status, select, open {open} inProgress {in progress} waitingOnCustomer {waiting on customer} resolved {resolved} other {closed}}.',
  'problem.ticket.closed': 'The ticket is closed; file a new one if the problem is back.',
  'problem.ticket.cannotMove':
    'A ticket that is {from, select, open {open} inProgress {in progress} waitingOnCustomer {waiting on customer} resolved {resolved} other {closed}} cannot be moved to {to, select, open {open} inProgress {in progress} waitingOnCustomer {waiting on customer} resolved {resolved} other {closed}} by {side, select, operator {an operator} other {the customer}}.',
  'problem.incident.pirStatus':
    'postIncidentReviewPublished is set by publishing the post-incident report, not by a post',
  'problem.incident.closed':
    'the incident is closed and its post-incident report is published; open a new incident instead',
  'problem.incident.ended': 'the incident has ended ({status}); open a new incident if the problem is back',
  'problem.incident.realImpact':
    'an incident in {status} had real impact and cannot become a falsePositive; post serviceRestored instead',
  'problem.notEmpty': 'must not be empty',
  'problem.password.short': 'must be at least 12 characters',
  'problem.isoDateTime': 'is not an ISO 8601 date and time',
  'problem.isoDateTime.example': 'is not an ISO 8601 date and time (2026-11-25T14:30:00Z)',
  'problem.inFuture':
    'is in the future; {what, select, start {the start} end {the end} other {{what}}} says when it happened',
  'problem.symptoms.unknown': 'has unknown symptoms {unknown}; use {choices}',
  'problem.rollout.startInPast': 'is in the past; a rollout is planned from now on',
  'problem.subscribe.chooseSomething': 'choose at least one region or service, or everything',
  'problem.regions.unknown': 'has unknown regions: {unknown}',
  'problem.services.unknown': 'has unknown services: {unknown}',
  'cli.description':
    'Herald: service health, maintenance, updates and Message Center for a multi-tenant cloud.\nConfiguration comes from the environment (PORT, HOST, DATABASE_URL, PUBLIC_URL, SMTP_URL, …; see README).',
  'cli.help.title':
    '{title, select, usage {Usage:} options {Options:} commands {Commands:} arguments {Arguments:} other {{title}}}',
  'cli.help.option': 'display help for command',
  'cli.help.afterError': '(add --help for additional information)',
  'cli.serve.description':
    'Start the web server and, unless HERALD_WORKER=off, the delivery worker in the same process. Migrates the database first. With --demo (or HERALD_DEMO=on) loads the demo data into an empty database.',
  'cli.serve.demoOption': 'load the demo tenants, people (with a published password) and events into an empty database',
  'cli.worker.description': 'Run only the delivery worker and periodic jobs (as many as you like, against PostgreSQL).',
  'cli.migrate.description': 'Bring the database schema up to date and exit.',
  'cli.migrate.applied': 'Applied {migrations}.',
  'cli.migrate.upToDate': 'The database is up to date.',
  'cli.seed.description': 'Load data into an empty database.',
  'cli.seed.demoOption': 'the demo tenants, people, incidents, maintenance and messages',
  'cli.seed.sayWhat': 'Say what to seed: --demo',
  'cli.seed.notEmpty': 'The database already has people in it; the demo data is loaded only into an empty one.',
  'cli.seed.loaded': 'Demo data loaded. Every demo person signs in with the password {password}.',
  'cli.operator.description': 'The provider’s operators: the first one of an installation is made here.',
  'cli.operator.add.description':
    'Make a person an operator (creating them when new) and print a one-time link to set a password and sign in.',
  'cli.operator.emailOption': 'their email, which they sign in with',
  'cli.operator.nameOption': 'their name (default: the part of the email before @)',
  'cli.operator.list.description': 'List the operators.',
  'cli.operator.remove.description':
    'Take the operator role away from a person and end their sessions (never the last operator).',
  'cli.operator.whoseRole': 'whose role',
  'cli.operator.link.description': 'Print a new one-time sign-in link for an operator (a lost link or password).',
  'cli.operator.whoseLink': 'whose link',
  'cli.operator.added':
    '{email} is an operator. Send them this link to set a password and sign in; it works once, until {expiresAt}:',
  'cli.operator.newLink': 'A new sign-in link for {email}; it works once, until {expiresAt}:',
  'cli.operator.none': 'There are no operators yet: `herald operator add --email you@example.com` makes the first.',
  'cli.operator.line':
    '{email}  {name}  since {since}  {password, select, set {password set} other {no password yet (sign-in link pending)}}',
  'cli.operator.removed': '{email} is no longer an operator; their sessions have ended.',
  'cli.token.description': 'Personal API tokens, sent as "{header}".',
  'cli.token.create.description': 'Create a token for a person and print it (shown once; only its hash is stored).',
  'cli.token.whose': 'whose token it is',
  'cli.token.nameOption': 'what it is for',
  'cli.token.daysOption': 'expires after this many days (default: never)',
  'cli.token.list.description': 'List a person’s tokens (never the secrets).',
  'cli.token.whoseTokens': 'whose tokens',
  'cli.token.revoke.description': 'Revoke a token by its id (from `token list`).',
  'cli.token.idArgument': 'the token id',
  'cli.token.badDays': '--days must be a whole number of days, not "{days}"',
  'cli.token.none': '{email} has no API tokens.',
  'cli.token.line':
    '{id}  {name}  created {created}  last used {used, select, never {never} other {{used}}}  {state, select, revoked {revoked {at}} expires {expires {at}} other {does not expire}}',
  'cli.token.revoked': 'Token {id} is revoked.',
  'cli.import.description':
    'Bulk-import tenants, environments and people from JSON (one file) or CSV (tenants.csv, environments.csv, people.csv). All or nothing; prints progress and a summary.',
  'cli.import.filesArgument': 'a .json file, or .csv files named by what they hold',
  'cli.import.notJson': '{file} is not valid JSON: {reason}',
  'cli.import.badName': '{file}: give a .json file, or .csv files whose names start with what they hold: {names}',
  'cli.import.progress':
    '{step, select, checking {checked} other {wrote}} {what, select, tenants {tenants} environments {environments} services {environment services} people {people} other {roles}}: {done, number} of {total, number}',
  'cli.import.starting':
    'Importing {tenants, plural, one {# tenant} other {# tenants}}, {environments, plural, one {# environment} other {# environments}} and {people, plural, one {# person} other {# people}} from {sources}…',
  'cli.import.done':
    'Imported {tenants, plural, one {# tenant} other {# tenants}}, {environments, plural, one {# environment} other {# environments}}, {people, plural, one {# person} other {# people}} and {roles, plural, one {# role} other {# roles}} in {seconds, number, ::.0} s.',
  'cli.import.failed':
    'nothing was imported; fix the {count, plural, one {problem} other {problems}} above and run it again',
  'cli.rehearse.description':
    'Replay a scenario of timed events (JSON) on a simulated clock over a copy of the directory (the scenario’s own, or a snapshot of the live one) and write the timeline: who would be told what, by which channel, by which rule. Sends nothing.',
  'cli.rehearse.scenarioArgument': 'the scenario file (.json)',
  'cli.rehearse.outOption':
    'where to write timeline.json, timeline.txt and timeline.html (default: {default} beside the file)',
  'cli.rehearse.written': 'Timeline written to {dir} (timeline.json, timeline.txt, timeline.html).',
  'cli.exportSite.description':
    'Write the static backup status site (HTML and JSON) to a folder, to be served by any web server while Herald is down.',
  'cli.exportSite.dirArgument': 'the folder to write',
  'cli.exportSite.written': 'Static status site written to {dir}.',
  'cli.worker.started':
    'herald worker: delivering from {database}; mail {smtp, select, yes {by SMTP} other {kept in the database (no SMTP_URL)}}.',
  'cli.worker.stopping': 'herald worker: {signal}, finishing deliveries in flight',
  'cli.serve.running': 'Herald is running at {url}',
  'cli.serve.label':
    '{label, select, console {console} status {public status} docs {API docs} database {database} mail {mail} other {{label}}}',
  'cli.serve.demoLoaded': '{database}  (demo data loaded)',
  'cli.serve.mailKept': 'kept in Herald: see "Sent mail" in the console',
  'cli.serve.demoAccounts': 'Sign in with any demo account, password {password}:',
  'cli.serve.demoRole':
    '{role, select, operator {operator} orgAdmin {org admin, {tenant}} systemAdmin {system admin, {tenant}} other {{tenant}}}',
  'cli.serve.noOperator':
    'No operator yet: `herald operator add --email you@example.com` prints a link to set a password.',
  'problem.dateTime.example': 'is not a date and time (2026-11-25T17:00:00Z)',
  'problem.range.afterFrom': 'must be after query.from',
  'problem.range.tooLong': 'must be at most {days, plural, one {# day} other {# days}} after query.from',
  'problem.audit.orgAdminsOnly': 'Only the tenant’s org admins read its audit log.',
  'problem.auth.useProvider':
    'Your organisation signs you in through its identity provider; start from the email address on the sign-in page.',
  'problem.auth.noMatch': 'That email and password do not match an account.',
  'problem.auth.operatorsCreateLinks': 'Only operators create sign-in links.',
  'problem.auth.whoseToken': 'say whose token this is',
  'problem.members.orgAdminsDecide': 'Org admins decide what members see.',
  'problem.messages.operatorsWrite': 'Only operators write Message Center posts.',
  'problem.messages.tenantRequired': 'is required: you read the posts of several organizations ({tenants})',
  'problem.replay.operatorsOnly': 'Only operators replay deliveries.',
  'problem.replay.notDead': 'This delivery is {status}; only dead deliveries are replayed.',
  'problem.sentMail.operatorsOnly': 'Only operators read the mail Herald kept.',
  'problem.sentMail.orgAdminsOnly': 'Only the organization’s admins read the mail sent to its people.',
  'problem.unsubscribe.badLink':
    'is not a valid unsubscribe link; it may have been cut short or changed. Use the link from the email, or change your preferences after signing in.',
  'problem.webhooks.orgAdminsOnly': 'Only the tenant’s org admins manage its webhooks.',
  'problem.services.unknownList': 'has unknown services {unknown}',
  'problem.incidents.operatorsOpen': 'Only operators open incidents and advisories.',
  'problem.subscribers.operatorsOnly': 'Only operators see the status page’s subscribers.',
  'problem.calendar.orgAdminsOnly': 'Only org admins create the calendar URL of their tenant.',
  'problem.calendar.signIn': 'Send an API token, or use the calendar URL (with its token) an org admin created.',
  'problem.maintenance.operatorsSchedule': 'Only operators schedule maintenance.',
  'problem.auth.badToken': 'The API token is unknown, expired or revoked.',
  'problem.widgets.noRegion': 'There is no region "{region}" on the status page.',
  'problem.widgets.regionField': 'is not a region shown on the status page (use its code, e.g. EUR)',
  'problem.widgets.noService':
    'There is no service "{service}"{region, select, other { in region {region}} none {}} on the status page.',
  'problem.widgets.serviceField': 'is not a service shown on the status page (use its id, as in components.json)',
  'problem.live.signIn': 'Sign in to follow live changes.',
  'problem.metrics.token': 'GET /metrics needs "{header}".',
  'problem.status.preparing': 'The status is being prepared; try again in a few seconds.',
  'problem.status.noComponent': 'There is no component "{id}" on the status page.',
  'problem.status.componentField': 'is not a component or region group id of components.json',
  'problem.finiteNumber': 'must be a finite number',
  'problem.nulCharacter': 'must not contain a NUL character',
  'problem.environments.operatorsCreate': 'Only operators create environments.',
  'problem.environments.urlTaken': 'An environment already has the URL {url}.',
  'problem.environments.earlyAccessOrgAdmins': 'Only the tenant’s org admins switch early access.',
  'problem.environments.operatorsChange': 'Only operators change an environment; org admins may switch early access.',
  'problem.operators.operatorsOnly': 'Only operators manage operators.',
  'problem.operators.already':
    '{email} is already an operator; `herald operator link --email {email}` gives them a new sign-in link.',
  'problem.operators.last': '{email} is the only operator; add another before removing them.',
  'problem.people.emailTaken': 'A person with the email {email} already exists.',
  'problem.people.operatorsCreate': 'Only operators create people; org admins add additional recipients.',
  'problem.people.ownProfile': 'People change their own profile; operators change anyone’s.',
  'problem.people.environmentRequired': 'is required for {role, select, member {a member} other {a system admin}}',
  'problem.people.tenantRequired': 'is required for {role}',
  'problem.people.roleTaken': 'That person already has the role {role} there.',
  'problem.people.orgAdminsAdd': 'Org admins add additional recipients; other roles are given by operators.',
  'problem.people.orgAdminsRemove': 'Org admins remove additional recipients; other roles are removed by operators.',
  'problem.people.categoryRequired': 'must name at least one category',
  'problem.people.alreadyRecipient':
    '{email} already receives this tenant’s email; remove it first to change its categories.',
  'problem.people.orgAdminsRecipients': 'Only org admins manage who else receives email.',
  'problem.regions.operatorsOnly': 'Only operators change regions.',
  'problem.regions.unknownStation': 'is not a station; use one of {choices}',
  'problem.regions.operatorsStations': 'Only operators change stations.',
  'problem.regions.pauseHours': 'must be a whole number of hours from 0 to 336',
  'problem.services.operatorsAdd': 'Only operators add services.',
  'problem.services.slug': 'must be lower-case letters, digits and dashes (power-apps)',
  'problem.services.idTaken': 'A service with the id {id} already exists.',
  'problem.services.nameTaken': 'A service is already called {name}.',
  'problem.services.operatorsAddFeatures': 'Only operators add features.',
  'problem.services.featureSlug': 'must be "{prefix}" followed by lower-case letters, digits and dashes',
  'problem.services.featureIdTaken': 'A feature with the id {id} already exists.',
  'problem.tenants.language': 'is not a language Herald speaks ({choices})',
  'problem.tenants.operatorsCreate': 'Only operators create tenants.',
  'problem.tenants.domainTaken': 'A tenant with the domain {domain} already exists.',
  'problem.tenants.operatorsChange': 'Only operators change a tenant.',
  'problem.identity.orgAdminsOnly': 'Only the tenant’s org admins manage its sign-in and provisioning.',
  'problem.identity.domainRequired': 'must name at least one domain',
  'problem.identity.joinMode': 'must be "join" or "approval"',
  'problem.identity.domainElsewhere': '{domain} belongs to another organisation.',
  'problem.identity.groupRole': 'must be "org_admin" or "system_admin"',
  'problem.identity.onlySystemAdmin': 'is only for system_admin',
  'problem.identity.ruleTaken': 'That group already gives that role.',
  'problem.identity.notPending': 'That person is not waiting for approval.',
  'problem.teams.operatorsOnly': 'Only operators manage product teams and their pages.',
  'problem.teams.routingKey': 'is required with a webhook (the PagerDuty integration key)',
  'problem.teams.route': 'or a webhookUrl is needed: a team without an on-call route cannot be paged',
  'problem.teams.nameTaken': 'A team has that name already.',
  'problem.teams.acknowledged': 'This page was acknowledged at {at}.',
  'problem.import.operatorsOnly': 'Only operators import the directory.',
  'problem.import.more':
    'and {count, plural, one {# more problem} other {# more problems}} not listed; nothing was imported',
  'problem.import.repeats': 'repeats {first}',
  'problem.import.categoriesOnlyRecipient': 'are only for additional_recipient',
  'problem.import.notForOperator': 'is not used for an operator',
  'problem.import.tenantRequired': 'is required for {role} (the tenant’s domain)',
  'problem.import.environmentOnly': 'is only for system_admin and member',
  'problem.import.environmentRequired': 'is required for {role} (the environment’s URL)',
  'problem.import.tenantExists': 'a tenant with the domain {domain} already exists',
  'problem.import.noTenant': 'no tenant has the domain {domain}, in this import or already',
  'problem.import.urlTaken': 'an environment already has the URL {url}',
  'problem.import.noEnvironment': 'no environment has the URL {url}, in this import or already',
  'problem.import.otherTenant': 'belongs to another tenant than {domain}',
  'problem.import.personExists': 'a person with the email {email} already exists',
  'problem.import.unknownField': 'is not a known field; use {choices}',
  'problem.import.text': 'must be text',
  'problem.import.boolean': 'must be true or false',
  'problem.import.textList': 'must be a list of text',
  'problem.import.document': 'must be an object with tenants, environments and people lists',
  'problem.import.unknownList': 'is not a known list; use {choices}',
  'problem.import.list': 'must be a list',
  'problem.import.object': 'must be an object',
  'problem.import.csv': 'is not valid CSV: {reason}',
  'problem.import.noHeader': 'is empty; the first line names the columns',
  'problem.import.unknownColumn': 'is not a known column; use {choices}',
  'problem.import.missingColumn': 'is a required column and is missing',
  'problem.import.valueCount': 'has {values, plural, one {# value} other {# values}}; the header has {columns, number}',
  'problem.import.differs': 'differs from {first} for the same email',

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell

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
