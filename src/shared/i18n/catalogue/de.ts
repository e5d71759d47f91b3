import type { Catalogue } from './en.js';

const de: Catalogue = {
  'language.name': 'Deutsch',
  'language.switch': 'Sprache',
  'common.labelValue': '{label}: {value}',
  'common.headline': '{heading}: {title}',
  'common.range': '{start} – {end}',
  'common.contactSupport': 'Support kontaktieren',

  'notice.heading.plannedMaintenance': 'Geplante Wartung',
  'notice.heading.maintenanceUpdated': 'Geplante Wartung geändert',
  'notice.heading.maintenanceCancelled': 'Wartung abgesagt',
  'notice.heading.unplannedMaintenance': 'Ungeplante Wartung',
  'notice.heading.incident': '{classification, select, advisory {Servicehinweis} other {Servicestörung}}',
  'notice.heading.incidentUpdate': 'Neuigkeiten zur Störung',
  'notice.heading.serviceRestored': 'Dienst wiederhergestellt',
  'notice.heading.postIncidentReport': 'Bericht nach der Störung',
  'notice.heading.actionNeeded': 'Handlungsbedarf',
  'notice.heading.messageCenter': 'Nachrichtencenter',
  'notice.heading.messageUpdated': 'Nachricht geändert',
  'notice.heading.actionRequiredBy': 'Handlung bis zu einer Frist erforderlich',
  'notice.heading.digest': 'Ihre Zusammenfassung aus dem Nachrichtencenter',
  'notice.heading.sharedWithYou': 'Mit Ihnen geteilt',
  'notice.heading.yourAdmins': 'Ihre Administratoren',
  'notice.heading.webhookPaused': 'Webhook-Endpunkt pausiert',
  'notice.heading.slaClaim': 'Antrag auf Servicegutschrift',
  'notice.heading.ticketUpdated': 'Supportticket aktualisiert',
  'notice.heading.ticketReply': 'Neue Antwort auf ein Supportticket',
  'notice.subject.organization': '[{organization}] {headline}',
  'notice.hello': 'Hallo {name},',
  'notice.yourOrganization': 'Ihre Organisation',
  'notice.affectedEnvironments':
    '{count, plural, one {Betroffene Umgebung} other {Betroffene Umgebungen ({count, number})}}',
  'notice.field.status': 'Status',
  'notice.field.severity': 'Schweregrad',
  'notice.field.services': 'Dienste',
  'notice.field.regions': 'Regionen',
  'notice.field.impact': 'Erwartete Auswirkung',
  'notice.field.durationMinutes': 'Geschätzte Dauer der Auswirkung',
  'notice.field.userExperience': 'Auswirkung für Benutzer',
  'notice.field.startsAt': 'Beginn',
  'notice.field.endsAt': 'Ende',
  'notice.field.workaround': 'Problemumgehung',
  'notice.field.rootCause': 'Grundursache',
  'notice.field.nextSteps': 'Nächste Schritte',
  'notice.field.actionRequiredBy': 'Erledigen bis',
  'notice.field.releaseNotesUrl': 'Versionshinweise',
  'notice.field.note': 'Anmerkung',
  'notice.minutes': '{minutes, plural, one {# Minute} other {# Minuten}}',
  'notice.actBy': 'erledigen bis {time}',
  'notice.open': 'In Herald öffnen',
  'notice.why': 'Sie erhalten diese Nachricht aufgrund der Benachrichtigungsregel „{rule}“.',
  'notice.unsubscribe': 'Abbestellen',
  'notice.preferences': 'Benachrichtigungseinstellungen',

  'subscriber.headline.incidentOpened': 'Wird untersucht',
  'subscriber.headline.incidentUpdated': 'Neuigkeit',
  'subscriber.headline.incidentRestored': 'Behoben',
  'subscriber.headline.maintenanceScheduled': 'Geplante Wartung',
  'subscriber.headline.maintenanceUnplanned': 'Wartung',
  'subscriber.headline.maintenanceUpdated': 'Wartung geändert',
  'subscriber.headline.maintenanceCancelled': 'Wartung abgesagt',
  'subscriber.headline.maintenanceStarted': 'Wartung begonnen',
  'subscriber.headline.maintenanceCompleted': 'Wartung abgeschlossen',
  'subscriber.headline.other': 'Neuigkeit',
  'subscriber.services': 'Dienste',
  'subscriber.regions': 'Regionen',
  'subscriber.when': 'Zeitraum',
  'subscriber.expectedImpact': 'Erwartete Auswirkung',
  'subscriber.statusPage': 'Statusseite',
  'subscriber.seeStatusPage': 'Zur Statusseite',
  'subscriber.why': 'Sie erhalten diese Nachricht, weil diese Adresse {pageName} abonniert hat.',
  'subscriber.manage': 'Abonnement verwalten',
  'subscriber.unsubscribe': 'Abbestellen',
  'subscriber.support': 'Support',
  'subscriber.subscribed': 'Abonniert',
  'subscriber.welcome':
    'Dieser Kanal erhält ab jetzt die öffentlichen Störungen und geplanten Wartungen von {pageName}, sobald sie erstellt, aktualisiert und behoben werden.',
  'subscriber.changeOrUnsubscribe': 'Ändern oder abbestellen',
  'subscriber.chatContext': '{pageName} · ändern oder abbestellen: {url}',
  'subscriber.confirm.subject': '[{pageName}] Bestätigen Sie Ihr Abonnement',
  'subscriber.confirm.body': 'Jemand, hoffentlich Sie, möchte an diese Adresse Neuigkeiten von {pageName} erhalten.',
  'subscriber.confirm.link': 'Abonnement bestätigen',
  'subscriber.confirm.ignore':
    'Falls Sie das nicht waren, ignorieren Sie diese Nachricht: Es wird nichts weiter gesendet.',
  'subscriber.already.subject': '[{pageName}] Sie haben bereits ein Abonnement',
  'subscriber.already.body': 'Jemand wollte diese Adresse für {pageName} anmelden; sie ist bereits angemeldet.',
  'subscriber.already.link': 'Ändern, was Sie erhalten',

  'status.component':
    '{status, select, operational {Betriebsbereit} under_maintenance {In Wartung} degraded_performance {Eingeschränkte Leistung} partial_outage {Teilausfall} other {Schwerer Ausfall}}',
  'status.badge':
    '{status, select, operational {betriebsbereit} under_maintenance {Wartung} degraded_performance {eingeschränkt} partial_outage {Teilausfall} other {schwerer Ausfall}}',
  'status.indicator':
    '{indicator, select, none {Alle Systeme betriebsbereit} minor {Geringfügige Dienststörung} major {Teilweiser Systemausfall} critical {Schwerer Dienstausfall} other {Dienst in Wartung}}',
  'status.incident':
    '{status, select, investigating {Wird untersucht} serviceDegradation {Eingeschränkter Dienst} serviceInterruption {Dienstunterbrechung} restoringService {Dienst wird wiederhergestellt} extendedRecovery {Verlängerte Wiederherstellung} verifyingService {Dienst wird überprüft} serviceRestored {Dienst wiederhergestellt} falsePositive {Fehlalarm} postIncidentReviewPublished {Bericht nach der Störung veröffentlicht} other {Neuigkeit}}',
  'status.maintenance':
    '{status, select, scheduled {Geplant} in_progress {Läuft} verifying {Wird überprüft} completed {Abgeschlossen} other {Geplant}}',
  'status.severity': '{severity, select, major {Schwer} minor {Geringfügig} other {Unbekannter Schweregrad}}',

  'page.lastChange': 'Letzte Änderung {time}. Alle Zeiten in UTC.',
  'page.activeIncidents': 'Aktuelle Störungen',
  'page.noIncidents': 'Derzeit keine Störungen.',
  'page.scheduledMaintenance': 'Geplante Wartungen',
  'page.noMaintenance': 'Es ist keine Wartung mit erwarteter Auswirkung geplant.',
  'page.servicesByRegion': 'Dienste nach Region',
  'page.noServices': 'Noch keine Dienste vorhanden.',
  'page.history': 'Verlauf ({days, plural, one {letzter Tag} other {letzte # Tage}})',
  'page.noHistory':
    '{days, plural, one {Keine Störungen am letzten Tag.} other {Keine Störungen in den letzten # Tagen.}}',
  'page.column.service': 'Dienst',
  'page.column.status': 'Status',
  'page.column.lastDays': '{days, plural, one {Letzter Tag} other {Letzte # Tage}}',
  'page.column.uptime': 'Verfügbarkeit',
  'page.uptimeBars': 'Verfügbarkeit {days, plural, one {am letzten Tag} other {in den letzten # Tagen}}',
  'page.userExperience': 'Auswirkung für Benutzer:',
  'page.workaround': 'Problemumgehung:',
  'page.since': 'seit {time}',
  'page.reportPublished':
    'Am {time} wurde ein Bericht nach der Störung veröffentlicht; Administratoren finden ihn in ihrem Dashboard zum Dienststatus.',
  'page.expectedImpact': 'erwartete Auswirkung: {impact}',
  'page.subscribe': 'Neuigkeiten abonnieren',
  'page.calendar': 'Wartungskalender (iCal)',
  'page.historyAtom': 'Störungsverlauf (Atom)',
  'page.historyRss': 'Störungsverlauf (RSS)',
  'embed.fullStatus': 'Vollständiger Status und Verlauf',

  'feed.title': '{pageName} — Störungsverlauf',
  'feed.titleComponent': '{pageName} — {component} — Störungsverlauf',
  'feed.word':
    '{word, select, investigating {Wird untersucht} identified {Ursache gefunden} monitoring {Wird beobachtet} resolved {Behoben} postmortem {Bericht nach der Störung} other {Neuigkeit}}',
  'feed.calendarName': '{pageName} — Wartungen',
  'feed.calendarDescription': 'Erwartete Auswirkung: {impact}. Regionen: {regions}. Status: {status}.',

  'subscribe.title': 'Neuigkeiten abonnieren',
  'subscribe.intro':
    'Erhalten Sie öffentliche Störungen und geplante Wartungen, sobald sie erstellt, aktualisiert und behoben werden. Sie bestätigen zuerst; jede Nachricht enthält einen Link, um Ihre Auswahl zu ändern oder mit einem Klick abzubestellen.',
  'subscribe.byEmail': 'Per E-Mail',
  'subscribe.email': 'E-Mail-Adresse',
  'subscribe.byWebhook': 'Oder per Webhook, Slack oder Microsoft Teams',
  'subscribe.url': 'Webhook-URL (https)',
  'subscribe.format.standard': 'Webhook (Standard Webhooks)',
  'subscribe.format.slack': 'Eingehender Slack-Webhook',
  'subscribe.format.teams': 'Microsoft-Teams-Workflow',
  'subscribe.webhookHelp':
    'Ein Webhook wird nach Standard Webhooks signiert und startet, wenn Ihr Endpunkt das signierte Ereignis subscription.verification mit einem 2xx beantwortet; dieses Ereignis enthält das Signaturgeheimnis. Slack und Teams erhalten zuerst eine Nachricht „Abonniert“: Das Abonnement beginnt, wenn die URL sie annimmt.',
  'subscribe.what': 'Worüber Sie informiert werden',
  'subscribe.everything': 'Alles: jede öffentliche Störung und jede Wartung',
  'subscribe.only': 'Oder nur, was diese Regionen oder Dienste betrifft:',
  'subscribe.submit': 'Abonnieren',
  'subscribe.sendsTo': 'Neuigkeiten gehen an {address}.',
  'subscribe.save': 'Speichern',
  'subscribe.unsubscribe': 'Abbestellen',
  'subscribe.answerTitle': 'Sehen Sie in Ihrem Posteingang nach',
  'subscribe.answer':
    'Vielen Dank. Wenn diese Adresse Neuigkeiten erhalten kann, ist eine Nachricht unterwegs: Bestätigen Sie über ihren Link. Bis dahin wird nichts weiter gesendet.',
  'subscribe.confirmTitle': 'Bestätigen Sie Ihr Abonnement',
  'subscribe.confirmQuestion': 'Neuigkeiten an {address} senden?',
  'subscribe.confirmButton': 'Bestätigen',
  'subscribe.confirmedTitle': 'Abonniert',
  'subscribe.confirmed': 'Ihr Abonnement ist bestätigt.',
  'subscribe.manageTitle': 'Ihr Abonnement',
  'subscribe.saved': 'Gespeichert.',
  'subscribe.unsubscribeTitle': 'Abbestellen?',
  'subscribe.unsubscribeQuestion': 'Keine Neuigkeiten mehr an {address} senden?',
  'subscribe.unsubscribedTitle': 'Abbestellt',
  'subscribe.unsubscribed': 'Diese Adresse erhält keine Neuigkeiten mehr.',
  'subscribe.linkUsed': 'Dieser Link wurde bereits verwendet',
  'subscribe.linkBroken': 'Dieser Link funktioniert nicht',
  'subscribe.again': 'Erneut abonnieren',

  // server: translated posts (Message Center and incidents)

  // server: reports and subscribers

  // server: problem details and the CLI
  'problem.title.validation': 'Die Anfrage ist ungültig',
  'problem.title.notFound': 'Nicht gefunden',
  'problem.title.conflict': 'Widerspruch zum aktuellen Stand',
  'problem.title.unauthenticated': 'Anmeldung erforderlich',
  'problem.title.forbidden': 'Nicht erlaubt',
  'problem.title.csrf': 'CSRF-Token fehlt oder ist ungültig',
  'problem.title.illegalTransition': 'Dieser Statuswechsel ist nicht erlaubt',
  'problem.title.rateLimited': 'Zu viele Anfragen',
  'problem.title.unsupportedMediaType': 'Nicht unterstützter Inhaltstyp',
  'problem.title.payloadTooLarge': 'Anfragetext zu groß',
  'problem.title.unavailable': 'Vorübergehend nicht verfügbar',
  'problem.title.databaseUnavailable': 'Die Datenbank ist nicht verfügbar',
  'problem.title.privateName': 'Öffentlicher Text nennt einen Kunden oder eine Person',
  'problem.title.lowContrast': 'Eine Farbe würde die Seite schwer lesbar machen',
  'problem.title.needsConfirmation': 'Zum Fortfahren bestätigen',
  'problem.title.internal': 'Interner Fehler',
  'problem.internal': 'Bei uns ist etwas schiefgegangen; die Anfrage-ID ist {requestId}.',
  'problem.fieldIs': '{field}: {message}',
  'problem.fieldSentence': '{label}: {message}',
  'problem.fieldSentences': '{sentences}.',
  'problem.sentenceList': '{first}; {rest}',
  'problem.theRequest': 'Die Anfrage',
  'problem.listItem': '{list}, Eintrag {item}',
  'problem.fieldInListItem': '{field} ({list}, Eintrag {item})',
  'problem.fieldName':
    '{name, select, url {URL} durationMinutes {Geschätzte Dauer} serviceId {Dienst} serviceIds {Dienste} tenantId {Mandant} tenantIds {Mandanten} environmentId {Umgebung} environmentIds {Umgebungen} startsAt {Beginn} endsAt {Ende} eventTypes {Ereignisse} confirmNoEnvironments {Bestätigung} title {Titel} name {Name} email {E-Mail-Adresse} description {Beschreibung} status {Status} severity {Schweregrad} password {Passwort} domain {Domain} version {Version} regions {Regionen} preferences {Einstellungen} windows {Zeitfenster} impact {Auswirkung} channel {Kanal} body {Text} message {Nachricht} type {Typ} scope {Umfang} other {{words}}}',
  'problem.required': 'ist erforderlich',
  'problem.isEmpty': 'ist leer',
  'problem.notJson': 'ist kein gültiges JSON',
  'problem.schema.unknownField': 'ist kein bekanntes Feld',
  'problem.schema.oneOf': 'muss einer dieser Werte sein: {choices}',
  'problem.schema.notAChoice': 'ist keine der Auswahlmöglichkeiten',
  'problem.schema.const': 'muss {value} sein',
  'problem.schema.minLength':
    '{limit, plural, one {muss mindestens # Zeichen lang sein} other {muss mindestens # Zeichen lang sein}}',
  'problem.schema.maxLength':
    '{limit, plural, one {darf höchstens # Zeichen lang sein} other {darf höchstens # Zeichen lang sein}}',
  'problem.schema.minItems':
    '{limit, plural, =0 {muss mindestens einen Eintrag haben} one {muss mindestens einen Eintrag haben} other {muss mindestens # Einträge haben}}',
  'problem.schema.maxItems':
    '{limit, plural, one {darf höchstens # Eintrag haben} other {darf höchstens # Einträge haben}}',
  'problem.schema.minimum': 'muss mindestens {limit} sein',
  'problem.schema.maximum': 'darf höchstens {limit} sein',
  'problem.schema.exclusiveMinimum': 'muss größer als {limit} sein',
  'problem.schema.exclusiveMaximum': 'muss kleiner als {limit} sein',
  'problem.schema.type':
    'muss {type, select, string {Text} number {eine Zahl} integer {eine ganze Zahl} boolean {true oder false} array {eine Liste} object {ein Objekt} null {leer} other {eines anderen Typs}} sein',
  'problem.schema.typeEither':
    'muss {first, select, string {Text} number {eine Zahl} integer {eine ganze Zahl} boolean {true oder false} array {eine Liste} object {ein Objekt} null {leer} other {eines anderen Typs}} oder {second, select, string {Text} number {eine Zahl} integer {eine ganze Zahl} boolean {true oder false} array {eine Liste} object {ein Objekt} null {leer} other {eines anderen Typs}} sein',
  'problem.schema.format':
    'muss {format, select, dateTime {ein Datum mit Uhrzeit wie 2026-12-02T14:00:00Z} date {ein Datum wie 2026-12-02} email {eine E-Mail-Adresse} uri {eine Webadresse wie https://example.com/} uuid {eine ID} other {im Format {name}}} sein',
  'problem.schema.pattern': 'hat nicht die erwartete Form',
  'problem.schema.uniqueItems': 'enthält denselben Eintrag zweimal',
  'problem.schema.anyOf': 'hat keine der zulässigen Formen',
  'problem.schema.invalid': 'ist ungültig',
  'problem.passedOn': '{reason}',
  'problem.sendJson': 'Senden Sie den Text als application/json (oder text/csv, wo eine Route es angibt).',
  'problem.bodyTooLarge': 'Der Text ist größer, als diese Route annimmt.',
  'problem.bodyEmpty': 'Der Text ist leer; senden Sie ein JSON-Objekt.',
  'problem.bodyNotJson': 'Der Text ist kein gültiges JSON: {reason}',
  'problem.sendCsrf': 'Senden Sie das Token aus GET /api/session im Header x-csrf-token.',
  'problem.concurrentChange':
    'Eine gleichzeitige Änderung hat dasselbe zuerst angelegt; lesen Sie es erneut, bevor Sie es wieder versuchen.',
  'problem.tooManyRequests': 'Zu viele Anfragen; warten Sie eine Minute und versuchen Sie es erneut.',
  'problem.tooManyAttempts': 'Zu viele Versuche; versuchen Sie es in {after} erneut.',
  'problem.signIn': 'Melden Sie sich an oder senden Sie ein API-Token als „{header}“.',
  'problem.noRoute': 'Hier gibt es kein {method} {path}; die API ist unter /docs beschrieben.',
  'problem.notFound.id': '{thing} „{id}“ existiert nicht oder ist für Sie nicht sichtbar',
  'problem.notFound': '{thing}: nicht gefunden',
  'problem.notFound.field': 'bezeichnet nichts, was für Sie sichtbar ist ({thing})',
  'problem.thing':
    '{thing, select, apiToken {API-Token} attachment {Anhang} calendar {Kalender} claim {Antrag} dataPrivacyReader {Datenschutz-Leser} delivery {Zustellung} environment {Umgebung} environmentInRollout {Umgebung in diesem Rollout} event {Ereignis} featureReachingEnvironment {Funktion eines Release für diese Umgebung} groupRule {Gruppenregel} identityProvider {Identitätsanbieter} incident {Vorfall} incidentTemplate {Vorfallvorlage} issue {Problem} maintenance {Wartung} member {Mitglied} message {Nachricht} operator {Betreiber} page {Alarmierung} person {Person} postIncidentReport {Nachbericht zum Vorfall} pushSubscription {Push-Abonnement} recipient {Empfänger} region {Region} release {Release} releaseTrain {Release-Zug} roleAssignment {Rollenzuweisung} rollout {Rollout} scimToken {SCIM-Token} service {Dienst} serviceHealth {Dienststatus} session {Sitzung} station {Station} subscriber {Abonnent} subscription {Abonnement} team {Team} tenant {Mandant} ticket {Ticket} webhookEndpoint {Webhook-Endpunkt} other {Objekt}}',
  'problem.thing.indefinite':
    '{thing, select, apiToken {API-Token} attachment {Anhang} calendar {Kalender} claim {Antrag} dataPrivacyReader {Datenschutz-Leser} delivery {Zustellung} environment {Umgebung} environmentInRollout {Umgebung in diesem Rollout} event {Ereignis} featureReachingEnvironment {Funktion eines Release für diese Umgebung} groupRule {Gruppenregel} identityProvider {Identitätsanbieter} incident {Vorfall} incidentTemplate {Vorfallvorlage} issue {Problem} maintenance {Wartung} member {Mitglied} message {Nachricht} operator {Betreiber} page {Alarmierung} person {Person} postIncidentReport {Nachbericht zum Vorfall} pushSubscription {Push-Abonnement} recipient {Empfänger} region {Region} release {Release} releaseTrain {Release-Zug} roleAssignment {Rollenzuweisung} rollout {Rollout} scimToken {SCIM-Token} service {Dienst} serviceHealth {Dienststatus} session {Sitzung} station {Station} subscriber {Abonnent} subscription {Abonnement} team {Team} tenant {Mandant} ticket {Ticket} webhookEndpoint {Webhook-Endpunkt} other {Objekt}}',
  'problem.database.cannotWrite':
    'Die Datenbank kann gerade keine Änderungen speichern: {why, select, full {ihr Datenträger ist voll} readOnly {sie ist schreibgeschützt} io {ihr Datenträger meldet einen E/A-Fehler} other {ihr fehlen Ressourcen}} ({code}). Nichts wurde gespeichert; versuchen Sie es später erneut.',
  'problem.database.unreachable':
    'Die Datenbank antwortet nicht ({code}). Nichts wurde gespeichert; versuchen Sie es in einigen Sekunden erneut.',
  'problem.email.tooLong': 'ist länger als 320 Zeichen',
  'problem.email.invalid': 'ist keine E-Mail-Adresse (name@example.com)',
  'problem.timeZone.invalid': 'ist keine IANA-Zeitzone (etwa Europe/Paris oder UTC)',
  'problem.locale.invalid': 'ist kein BCP-47-Gebietsschema (etwa en-US)',
  'problem.region.unknown': 'ist keine Region; verwenden Sie eine von {choices}',
  'problem.url.httpOnly': 'muss eine http(s)-URL sein',
  'problem.url.invalid': 'ist keine URL (https://…)',
  'problem.date.invalid': 'ist kein Datum (JJJJ-MM-TT)',
  'problem.domain.invalid': 'ist kein Domainname (contoso.com)',
  'problem.version.invalid': 'ist keine Version (9.2.24104.155)',
  'problem.categories.unknown': 'enthält unbekannte Kategorien {unknown}; verwenden Sie {choices}',
  'problem.tags.unknown': 'enthält unbekannte Tags {unknown}; verwenden Sie {choices}',
  'problem.dateTime.invalid': 'ist kein ISO-8601-Zeitpunkt mit Zone (2026-05-01T00:00:00Z)',
  'problem.actionRequired.past': 'liegt in der Vergangenheit; ein Handlungsdatum muss in der Zukunft liegen',
  'problem.actionRequired.tooSoon':
    'muss bei einer wesentlichen Änderung mindestens {days, plural, one {# Tag} other {# Tage}} nach der Veröffentlichung liegen ({earliest} oder später)',
  'problem.utc.invalid': 'ist keine ISO-8601-UTC-Zeit (2026-11-25T18:00:00Z)',
  'problem.windows.none': 'braucht mindestens ein Zeitfenster (eine Region mit Beginn und Ende)',
  'problem.windows.twice': '{region} hat zwei Zeitfenster; geben Sie jeder Region eines',
  'problem.windows.endsBeforeStart': 'endet, bevor es beginnt ({end} liegt nicht nach {start})',
  'problem.windows.tooLong': 'macht das Zeitfenster länger als {days, plural, one {# Tag} other {# Tage}}',
  'problem.windows.startInPast':
    'liegt in der Vergangenheit; {kind, select, planned {geplante Arbeiten werden} security {Sicherheitsarbeiten werden} other {Arbeiten ({kind}) werden}} vorab angekündigt (ungeplante Wartung darf schon begonnen haben)',
  'problem.isInPast': 'liegt in der Vergangenheit',
  'problem.release.version': 'ist keine vierteilige Version (Major.Minor.Build.Revision, etwa 9.2.25111.10)',
  'problem.release.databaseVersion': 'darf nicht niedriger sein als die Dienstversion {version}',
  'problem.sla.monthNotOver': '{month} ist noch nicht vorbei; stellen Sie den Antrag, wenn die Verfügbarkeit feststeht',
  'problem.sla.claimsClosed':
    'Anträge für {month} waren bis {date} möglich ({days, plural, one {# Tag} other {# Tage}} nach dem Monat)',
  'problem.pir.advisory': 'Hinweise haben keinen Nachbericht; Nachberichte gibt es für schwere Vorfälle',
  'problem.pir.minor':
    'Nachberichte gibt es für schwere Vorfälle; dieser ist leicht (korrigieren Sie zuerst den Schweregrad, falls das falsch ist)',
  'problem.ticket.already':
    'Das Ticket ist bereits {status, select, open {offen} inProgress {in Bearbeitung} waitingOnCustomer {wartet auf den Kunden} resolved {gelöst} other {geschlossen}}.',
  'problem.ticket.closed': 'Das Ticket ist geschlossen; legen Sie ein neues an, wenn das Problem wieder auftritt.',
  'problem.ticket.cannotMove':
    'Ein Ticket, das {from, select, open {offen} inProgress {in Bearbeitung} waitingOnCustomer {wartet auf den Kunden} resolved {gelöst} other {geschlossen}} ist, kann {side, select, operator {von einem Betreiber} other {vom Kunden}} nicht auf „{to, select, open {offen} inProgress {in Bearbeitung} waitingOnCustomer {wartet auf den Kunden} resolved {gelöst} other {geschlossen}}“ gesetzt werden.',
  'problem.incident.pirStatus':
    'postIncidentReviewPublished wird durch das Veröffentlichen des Nachberichts gesetzt, nicht durch einen Beitrag',
  'problem.incident.closed':
    'der Vorfall ist abgeschlossen und sein Nachbericht veröffentlicht; eröffnen Sie stattdessen einen neuen Vorfall',
  'problem.incident.ended':
    'der Vorfall ist beendet ({status}); eröffnen Sie einen neuen, wenn das Problem wieder auftritt',
  'problem.incident.realImpact':
    'ein Vorfall in {status} hatte echte Auswirkungen und kann nicht falsePositive werden; melden Sie stattdessen serviceRestored',
  'problem.notEmpty': 'darf nicht leer sein',
  'problem.password.short': 'muss mindestens 12 Zeichen lang sein',
  'problem.isoDateTime': 'ist kein ISO-8601-Zeitpunkt',
  'problem.isoDateTime.example': 'ist kein ISO-8601-Zeitpunkt (2026-11-25T14:30:00Z)',
  'problem.inFuture':
    'liegt in der Zukunft; {what, select, start {der Beginn} end {das Ende} other {{what}}} sagt, wann es geschah',
  'problem.symptoms.unknown': 'enthält unbekannte Symptome {unknown}; verwenden Sie {choices}',
  'problem.rollout.startInPast': 'liegt in der Vergangenheit; ein Rollout wird ab jetzt geplant',
  'problem.subscribe.chooseSomething': 'wählen Sie mindestens eine Region oder einen Dienst oder alles',
  'problem.regions.unknown': 'enthält unbekannte Regionen: {unknown}',
  'problem.services.unknown': 'enthält unbekannte Dienste: {unknown}',
  'cli.description':
    'Herald: Dienststatus, Wartung, Updates und Nachrichtencenter für eine mandantenfähige Cloud.\nDie Konfiguration kommt aus der Umgebung (PORT, HOST, DATABASE_URL, PUBLIC_URL, SMTP_URL, …; siehe README).',
  'cli.help.title':
    '{title, select, usage {Aufruf:} options {Optionen:} commands {Befehle:} arguments {Argumente:} other {{title}}}',
  'cli.help.option': 'Hilfe zum Befehl anzeigen',
  'cli.help.afterError': '(mit --help erhalten Sie weitere Informationen)',
  'cli.serve.description':
    'Startet den Webserver und, außer bei HERALD_WORKER=off, den Zustell-Worker im selben Prozess. Migriert zuerst die Datenbank. Mit --demo (oder HERALD_DEMO=on) werden die Demodaten in eine leere Datenbank geladen.',
  'cli.serve.demoOption':
    'lädt die Demo-Mandanten, -Personen (mit veröffentlichtem Passwort) und -Ereignisse in eine leere Datenbank',
  'cli.worker.description':
    'Führt nur den Zustell-Worker und die periodischen Aufgaben aus (beliebig viele, mit PostgreSQL).',
  'cli.migrate.description': 'Bringt das Datenbankschema auf den neuesten Stand und beendet sich.',
  'cli.migrate.applied': 'Angewendet: {migrations}.',
  'cli.migrate.upToDate': 'Die Datenbank ist auf dem neuesten Stand.',
  'cli.seed.description': 'Lädt Daten in eine leere Datenbank.',
  'cli.seed.demoOption': 'die Demo-Mandanten, -Personen, -Vorfälle, -Wartungen und -Nachrichten',
  'cli.seed.sayWhat': 'Geben Sie an, was geladen werden soll: --demo',
  'cli.seed.notEmpty': 'Die Datenbank enthält bereits Personen; die Demodaten werden nur in eine leere geladen.',
  'cli.seed.loaded': 'Demodaten geladen. Jede Demo-Person meldet sich mit dem Passwort {password} an.',
  'cli.operator.description': 'Die Betreiber des Anbieters: Der erste einer Installation wird hier angelegt.',
  'cli.operator.add.description':
    'Macht eine Person zum Betreiber (legt sie an, wenn sie neu ist) und gibt einen einmaligen Link zum Festlegen des Passworts und Anmelden aus.',
  'cli.operator.emailOption': 'ihre E-Mail-Adresse, mit der sie sich anmelden',
  'cli.operator.nameOption': 'ihr Name (Standard: der Teil der E-Mail-Adresse vor @)',
  'cli.operator.list.description': 'Listet die Betreiber auf.',
  'cli.operator.remove.description':
    'Entzieht einer Person die Betreiberrolle und beendet ihre Sitzungen (nie dem letzten Betreiber).',
  'cli.operator.whoseRole': 'wessen Rolle',
  'cli.operator.link.description':
    'Gibt einen neuen einmaligen Anmeldelink für einen Betreiber aus (verlorener Link oder Passwort).',
  'cli.operator.whoseLink': 'für wen',
  'cli.operator.added':
    '{email} ist Betreiber. Senden Sie diesen Link zum Festlegen des Passworts und Anmelden; er funktioniert einmal, bis {expiresAt}:',
  'cli.operator.newLink': 'Ein neuer Anmeldelink für {email}; er funktioniert einmal, bis {expiresAt}:',
  'cli.operator.none':
    'Es gibt noch keine Betreiber: `herald operator add --email sie@example.com` legt den ersten an.',
  'cli.operator.line':
    '{email}  {name}  seit {since}  {password, select, set {Passwort festgelegt} other {noch kein Passwort (Anmeldelink ausstehend)}}',
  'cli.operator.removed': '{email} ist kein Betreiber mehr; die Sitzungen wurden beendet.',
  'cli.token.description': 'Persönliche API-Tokens, gesendet als „{header}“.',
  'cli.token.create.description':
    'Erstellt ein Token für eine Person und gibt es aus (nur einmal sichtbar; gespeichert wird nur sein Hash).',
  'cli.token.whose': 'wem das Token gehört',
  'cli.token.nameOption': 'wofür es ist',
  'cli.token.daysOption': 'läuft nach so vielen Tagen ab (Standard: nie)',
  'cli.token.list.description': 'Listet die Tokens einer Person auf (nie die Geheimnisse).',
  'cli.token.whoseTokens': 'wessen Tokens',
  'cli.token.revoke.description': 'Widerruft ein Token anhand seiner ID (aus `token list`).',
  'cli.token.idArgument': 'die ID des Tokens',
  'cli.token.badDays': '--days muss eine ganze Zahl von Tagen sein, nicht „{days}“',
  'cli.token.none': '{email} hat keine API-Tokens.',
  'cli.token.line':
    '{id}  {name}  erstellt {created}  zuletzt verwendet {used, select, never {nie} other {{used}}}  {state, select, revoked {widerrufen {at}} expires {läuft ab {at}} other {läuft nicht ab}}',
  'cli.token.revoked': 'Token {id} ist widerrufen.',
  'cli.import.description':
    'Importiert Mandanten, Umgebungen und Personen in großen Mengen aus JSON (eine Datei) oder CSV (tenants.csv, environments.csv, people.csv). Alles oder nichts; zeigt den Fortschritt und eine Zusammenfassung.',
  'cli.import.filesArgument': 'eine .json-Datei oder .csv-Dateien, benannt nach ihrem Inhalt',
  'cli.import.notJson': '{file} ist kein gültiges JSON: {reason}',
  'cli.import.badName':
    '{file}: geben Sie eine .json-Datei an oder .csv-Dateien, deren Name mit ihrem Inhalt beginnt: {names}',
  'cli.import.progress':
    '{step, select, checking {geprüft} other {geschrieben}} {what, select, tenants {Mandanten} environments {Umgebungen} services {Dienste der Umgebungen} people {Personen} other {Rollen}}: {done, number} von {total, number}',
  'cli.import.starting':
    'Importiere {tenants, plural, one {# Mandant} other {# Mandanten}}, {environments, plural, one {# Umgebung} other {# Umgebungen}} und {people, plural, one {# Person} other {# Personen}} aus {sources} …',
  'cli.import.done':
    '{tenants, plural, one {# Mandant} other {# Mandanten}}, {environments, plural, one {# Umgebung} other {# Umgebungen}}, {people, plural, one {# Person} other {# Personen}} und {roles, plural, one {# Rolle} other {# Rollen}} in {seconds, number, ::.0} s importiert.',
  'cli.import.failed':
    'nichts wurde importiert; beheben Sie {count, plural, one {das Problem} other {die Probleme}} oben und starten Sie erneut',
  'cli.rehearse.description':
    'Spielt ein Szenario zeitlich geplanter Ereignisse (JSON) auf einer simulierten Uhr mit einer Kopie des Verzeichnisses ab (dem des Szenarios oder einem Abbild des echten) und schreibt die Zeitleiste: wer was über welchen Kanal nach welcher Regel erfahren würde. Sendet nichts.',
  'cli.rehearse.scenarioArgument': 'die Szenariodatei (.json)',
  'cli.rehearse.outOption':
    'wohin timeline.json, timeline.txt und timeline.html geschrieben werden (Standard: {default} neben der Datei)',
  'cli.rehearse.written': 'Zeitleiste nach {dir} geschrieben (timeline.json, timeline.txt, timeline.html).',
  'cli.exportSite.description':
    'Schreibt die statische Ersatz-Statusseite (HTML und JSON) in einen Ordner, den jeder Webserver ausliefern kann, während Herald nicht läuft.',
  'cli.exportSite.dirArgument': 'der zu schreibende Ordner',
  'cli.exportSite.written': 'Statische Statusseite nach {dir} geschrieben.',
  'cli.worker.started':
    'herald worker: stellt aus {database} zu; E-Mail {smtp, select, yes {per SMTP} other {bleibt in der Datenbank (kein SMTP_URL)}}.',
  'cli.worker.stopping': 'herald worker: {signal}, laufende Zustellungen werden abgeschlossen',
  'cli.serve.running': 'Herald läuft unter {url}',
  'cli.serve.label':
    '{label, select, console {Konsole} status {öffentlicher Status} docs {API-Dokumentation} database {Datenbank} mail {E-Mail} other {{label}}}',
  'cli.serve.demoLoaded': '{database}  (Demodaten geladen)',
  'cli.serve.mailKept': 'bleibt in Herald: siehe „Gesendete E-Mails“ in der Konsole',
  'cli.serve.demoAccounts': 'Melden Sie sich mit einem beliebigen Demokonto an, Passwort {password}:',
  'cli.serve.demoRole':
    '{role, select, operator {Betreiber} orgAdmin {Organisationsadmin, {tenant}} systemAdmin {Systemadmin, {tenant}} other {{tenant}}}',
  'cli.serve.noOperator':
    'Noch kein Betreiber: `herald operator add --email sie@example.com` gibt einen Link zum Festlegen des Passworts aus.',
  'problem.dateTime.example': 'ist kein Zeitpunkt (2026-11-25T17:00:00Z)',
  'problem.range.afterFrom': 'muss nach query.from liegen',
  'problem.range.tooLong': 'darf höchstens {days, plural, one {# Tag} other {# Tage}} nach query.from liegen',
  'problem.audit.orgAdminsOnly': 'Nur die Organisationsadmins des Mandanten lesen sein Prüfprotokoll.',
  'problem.auth.useProvider':
    'Ihre Organisation meldet Sie über ihren Identitätsanbieter an; beginnen Sie mit Ihrer E-Mail-Adresse auf der Anmeldeseite.',
  'problem.auth.noMatch': 'Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto.',
  'problem.auth.operatorsCreateLinks': 'Nur Betreiber erstellen Anmeldelinks.',
  'problem.auth.whoseToken': 'geben Sie an, wem dieses Token gehört',
  'problem.members.orgAdminsDecide': 'Organisationsadmins entscheiden, was Mitglieder sehen.',
  'problem.messages.operatorsWrite': 'Nur Betreiber schreiben Beiträge im Nachrichtencenter.',
  'problem.messages.tenantRequired': 'ist erforderlich: Sie lesen die Beiträge mehrerer Organisationen ({tenants})',
  'problem.replay.operatorsOnly': 'Nur Betreiber wiederholen Zustellungen.',
  'problem.replay.notDead': 'Diese Zustellung ist {status}; nur endgültig fehlgeschlagene werden wiederholt.',
  'problem.sentMail.operatorsOnly': 'Nur Betreiber lesen die von Herald aufbewahrten E-Mails.',
  'problem.sentMail.orgAdminsOnly': 'Nur die Admins der Organisation lesen die E-Mails an ihre Personen.',
  'problem.unsubscribe.badLink':
    'ist kein gültiger Abmeldelink; er wurde vielleicht gekürzt oder verändert. Verwenden Sie den Link aus der E-Mail oder ändern Sie Ihre Einstellungen nach der Anmeldung.',
  'problem.webhooks.orgAdminsOnly': 'Nur die Organisationsadmins des Mandanten verwalten seine Webhooks.',
  'problem.services.unknownList': 'enthält unbekannte Dienste {unknown}',
  'problem.incidents.operatorsOpen': 'Nur Betreiber eröffnen Vorfälle und Hinweise.',
  'problem.subscribers.operatorsOnly': 'Nur Betreiber sehen die Abonnenten der Statusseite.',
  'problem.calendar.orgAdminsOnly': 'Nur Organisationsadmins erstellen die Kalender-URL ihres Mandanten.',
  'problem.calendar.signIn':
    'Senden Sie ein API-Token oder verwenden Sie die Kalender-URL (mit ihrem Token), die ein Organisationsadmin erstellt hat.',
  'problem.maintenance.operatorsSchedule': 'Nur Betreiber planen Wartungen.',
  'problem.auth.badToken': 'Das API-Token ist unbekannt, abgelaufen oder widerrufen.',
  'problem.widgets.noRegion': 'Auf der Statusseite gibt es keine Region „{region}“.',
  'problem.widgets.regionField': 'ist keine Region der Statusseite (verwenden Sie ihren Code, z.\u00a0B. EUR)',
  'problem.widgets.noService':
    'Auf der Statusseite gibt es keinen Dienst „{service}“{region, select, other { in der Region {region}} none {}}.',
  'problem.widgets.serviceField': 'ist kein Dienst der Statusseite (verwenden Sie seine ID wie in components.json)',
  'problem.live.signIn': 'Melden Sie sich an, um Änderungen live zu verfolgen.',
  'problem.metrics.token': 'GET /metrics braucht „{header}“.',
  'problem.status.preparing': 'Der Status wird vorbereitet; versuchen Sie es in einigen Sekunden erneut.',
  'problem.status.noComponent': 'Auf der Statusseite gibt es keine Komponente „{id}“.',
  'problem.status.componentField': 'ist keine Komponenten- oder Regionsgruppen-ID aus components.json',
  'problem.finiteNumber': 'muss eine endliche Zahl sein',
  'problem.nulCharacter': 'darf kein NUL-Zeichen enthalten',
  'problem.environments.operatorsCreate': 'Nur Betreiber legen Umgebungen an.',
  'problem.environments.urlTaken': 'Eine Umgebung hat bereits die URL {url}.',
  'problem.environments.earlyAccessOrgAdmins':
    'Nur die Organisationsadmins des Mandanten schalten den frühen Zugriff um.',
  'problem.environments.operatorsChange':
    'Nur Betreiber ändern eine Umgebung; Organisationsadmins dürfen den frühen Zugriff umschalten.',
  'problem.operators.operatorsOnly': 'Nur Betreiber verwalten Betreiber.',
  'problem.operators.already':
    '{email} ist bereits Betreiber; `herald operator link --email {email}` gibt einen neuen Anmeldelink.',
  'problem.operators.last':
    '{email} ist der einzige Betreiber; fügen Sie einen weiteren hinzu, bevor Sie ihn entfernen.',
  'problem.people.emailTaken': 'Eine Person mit der E-Mail-Adresse {email} existiert bereits.',
  'problem.people.operatorsCreate':
    'Nur Betreiber legen Personen an; Organisationsadmins fügen zusätzliche Empfänger hinzu.',
  'problem.people.ownProfile': 'Personen ändern ihr eigenes Profil; Betreiber das von allen.',
  'problem.people.environmentRequired':
    'ist für {role, select, member {ein Mitglied} other {einen Systemadmin}} erforderlich',
  'problem.people.tenantRequired': 'ist für {role} erforderlich',
  'problem.people.roleTaken': 'Diese Person hat dort bereits die Rolle {role}.',
  'problem.people.orgAdminsAdd':
    'Organisationsadmins fügen zusätzliche Empfänger hinzu; andere Rollen vergeben Betreiber.',
  'problem.people.orgAdminsRemove':
    'Organisationsadmins entfernen zusätzliche Empfänger; andere Rollen entfernen Betreiber.',
  'problem.people.categoryRequired': 'muss mindestens eine Kategorie nennen',
  'problem.people.alreadyRecipient':
    '{email} erhält bereits die E-Mails dieses Mandanten; entfernen Sie die Adresse zuerst, um ihre Kategorien zu ändern.',
  'problem.people.orgAdminsRecipients': 'Nur Organisationsadmins verwalten, wer sonst noch E-Mails erhält.',
  'problem.regions.operatorsOnly': 'Nur Betreiber ändern Regionen.',
  'problem.regions.unknownStation': 'ist keine Station; verwenden Sie eine von {choices}',
  'problem.regions.operatorsStations': 'Nur Betreiber ändern Stationen.',
  'problem.regions.pauseHours': 'muss eine ganze Zahl von Stunden von 0 bis 336 sein',
  'problem.services.operatorsAdd': 'Nur Betreiber fügen Dienste hinzu.',
  'problem.services.slug': 'darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten (power-apps)',
  'problem.services.idTaken': 'Ein Dienst mit der ID {id} existiert bereits.',
  'problem.services.nameTaken': 'Ein Dienst heißt bereits {name}.',
  'problem.services.operatorsAddFeatures': 'Nur Betreiber fügen Funktionen hinzu.',
  'problem.services.featureSlug': 'muss „{prefix}“ gefolgt von Kleinbuchstaben, Ziffern und Bindestrichen sein',
  'problem.services.featureIdTaken': 'Eine Funktion mit der ID {id} existiert bereits.',
  'problem.tenants.language': 'ist keine Sprache, die Herald spricht ({choices})',
  'problem.tenants.operatorsCreate': 'Nur Betreiber legen Mandanten an.',
  'problem.tenants.domainTaken': 'Ein Mandant mit der Domain {domain} existiert bereits.',
  'problem.tenants.operatorsChange': 'Nur Betreiber ändern einen Mandanten.',
  'problem.identity.orgAdminsOnly': 'Nur die Organisationsadmins des Mandanten verwalten Anmeldung und Bereitstellung.',
  'problem.identity.domainRequired': 'muss mindestens eine Domain nennen',
  'problem.identity.joinMode': 'muss „join“ oder „approval“ sein',
  'problem.identity.domainElsewhere': '{domain} gehört zu einer anderen Organisation.',
  'problem.identity.groupRole': 'muss „org_admin“ oder „system_admin“ sein',
  'problem.identity.onlySystemAdmin': 'gilt nur für system_admin',
  'problem.identity.ruleTaken': 'Diese Gruppe vergibt diese Rolle bereits.',
  'problem.identity.notPending': 'Diese Person wartet nicht auf eine Freigabe.',
  'problem.teams.operatorsOnly': 'Nur Betreiber verwalten Produktteams und ihre Alarmierungen.',
  'problem.teams.routingKey': 'ist mit einem Webhook erforderlich (der PagerDuty-Integrationsschlüssel)',
  'problem.teams.route': 'oder eine webhookUrl ist nötig: ein Team ohne Bereitschaftsweg kann nicht alarmiert werden',
  'problem.teams.nameTaken': 'Ein Team hat diesen Namen bereits.',
  'problem.teams.acknowledged': 'Diese Alarmierung wurde um {at} bestätigt.',
  'problem.import.operatorsOnly': 'Nur Betreiber importieren das Verzeichnis.',
  'problem.import.more':
    'und {count, plural, one {# weiteres nicht aufgeführtes Problem} other {# weitere nicht aufgeführte Probleme}}; nichts wurde importiert',
  'problem.import.repeats': 'wiederholt {first}',
  'problem.import.categoriesOnlyRecipient': 'gelten nur für additional_recipient',
  'problem.import.notForOperator': 'wird für einen Betreiber nicht verwendet',
  'problem.import.tenantRequired': 'ist für {role} erforderlich (die Domain des Mandanten)',
  'problem.import.environmentOnly': 'gilt nur für system_admin und member',
  'problem.import.environmentRequired': 'ist für {role} erforderlich (die URL der Umgebung)',
  'problem.import.tenantExists': 'ein Mandant mit der Domain {domain} existiert bereits',
  'problem.import.noTenant': 'kein Mandant hat die Domain {domain}, weder in diesem Import noch bereits',
  'problem.import.urlTaken': 'eine Umgebung hat bereits die URL {url}',
  'problem.import.noEnvironment': 'keine Umgebung hat die URL {url}, weder in diesem Import noch bereits',
  'problem.import.otherTenant': 'gehört zu einem anderen Mandanten als {domain}',
  'problem.import.personExists': 'eine Person mit der E-Mail-Adresse {email} existiert bereits',
  'problem.import.unknownField': 'ist kein bekanntes Feld; verwenden Sie {choices}',
  'problem.import.text': 'muss Text sein',
  'problem.import.boolean': 'muss true oder false sein',
  'problem.import.textList': 'muss eine Liste von Texten sein',
  'problem.import.document': 'muss ein Objekt mit den Listen tenants, environments und people sein',
  'problem.import.unknownList': 'ist keine bekannte Liste; verwenden Sie {choices}',
  'problem.import.list': 'muss eine Liste sein',
  'problem.import.object': 'muss ein Objekt sein',
  'problem.import.csv': 'ist kein gültiges CSV: {reason}',
  'problem.import.noHeader': 'ist leer; die erste Zeile nennt die Spalten',
  'problem.import.unknownColumn': 'ist keine bekannte Spalte; verwenden Sie {choices}',
  'problem.import.missingColumn': 'ist eine Pflichtspalte und fehlt',
  'problem.import.valueCount':
    'hat {values, plural, one {# Wert} other {# Werte}}; die Kopfzeile hat {columns, number}',
  'problem.import.differs': 'weicht bei derselben E-Mail-Adresse von {first} ab',
  'problem.templates.operatorsOnly': 'Nur Betreiber pflegen Vorfallvorlagen.',
  'problem.templates.nameTaken': 'Es gibt bereits eine Vorlage namens „{name}“.',
  'problem.incidents.openingStatus': 'ein Vorfall beginnt mit {choices}; spätere Status melden Sie als Updates',
  'problem.incidents.noEnvironment': 'betrifft keine Umgebung: keine Umgebung dieser Mandanten nutzt die Dienste',
  'problem.incidents.operatorsOnly':
    'Nur Betreiber {what, select, open {eröffnen Vorfälle und Hinweise} post {melden Vorfall-Updates} change {ändern Vorfälle} other {überschreiben den Schweregrad}}.',
  'problem.incidents.cannotMove': '{id} kann nicht von {from} zu {to} wechseln: {reason}.',
  'problem.incidents.endOnlyWhenEnded': 'wird nur mit serviceRestored oder falsePositive angegeben',
  'problem.incidents.beforeStart': 'liegt vor dem Beginn des Vorfalls ({start})',
  'problem.incidents.afterEnd': 'liegt nach dem Ende des Vorfalls ({end})',
  'problem.reports.operatorsOnly': 'Nur Betreiber schreiben und veröffentlichen Nachberichte.',
  'problem.reports.refused': '{id} kann keinen Nachbericht haben: {reason}.',
  'problem.reports.falsePositive': '{id} war ein Fehlalarm: es gibt keine Auswirkung, über die zu berichten wäre.',
  'problem.reports.ongoing': '{id} läuft noch; der Nachbericht folgt auf die Wiederherstellung des Dienstes.',
  'problem.beforeStart': 'liegt vor dem Beginn',
  'problem.reports.noDraft':
    '{id} hat noch keinen Nachbericht; schreiben Sie ihn (PUT …/report) vor dem Veröffentlichen.',
  'problem.reports.published': 'Der Nachbericht zu {id} wurde bereits am {at} veröffentlicht.',
  'problem.reports.listScope': 'Betreiber listen alle Berichte; Admins die ihres Mandanten unter {path}.',
  'problem.scope.service': 'nennen Sie mindestens einen Dienst',
  'problem.scope.target': 'nennen Sie die Regionen, Mandanten oder Umgebungen, die der Vorfall betrifft',
  'problem.tenants.unknown': 'enthält unbekannte Mandanten: {unknown}',
  'problem.environments.unknown': 'enthält unbekannte Umgebungen: {unknown}',
  'problem.month.invalid': 'ist kein Monat (JJJJ-MM)',
  'problem.sla.orgAdminsClaim': 'Nur die Organisationsadmins des Mandanten beantragen Servicegutschriften.',
  'problem.services.notKnown': 'ist kein bekannter Dienst',
  'problem.sla.alreadyClaimed': '{service} für {month} wurde bereits beantragt (Antrag {id}, {status}).',
  'problem.sla.noIncident':
    'Kein Vorfall betraf {service} für Ihre Organisation im {month}: die Verfügbarkeit lag bei 100 %, es gibt also nichts zu beantragen.',
  'problem.sla.aboveThreshold':
    '{service} war {percent} % des {month} verfügbar, nicht unter {threshold} %: keine Gutschriftstufe greift.',
  'problem.sla.operatorsDecide': 'Nur Betreiber entscheiden über Anträge auf Servicegutschriften.',
  'problem.sla.decided': 'Antrag {id} wurde bereits am {at} entschieden ({status}).',
  'problem.sla.listScope': 'Nur Betreiber sehen die Anträge aller Mandanten; Admins sehen ihre unter {path}.',
  'problem.tooLong200': 'ist länger als 200 Zeichen',
  'problem.email.notAddress': 'ist keine E-Mail-Adresse',
  'problem.phone.invalid': 'ist keine Telefonnummer (Ziffern, Leerzeichen, + ( ) - .)',
  'problem.tickets.environment': 'nennen Sie die Umgebung, in der das Problem auftritt',
  'problem.tickets.twin':
    'Sie haben dieses Ticket gerade erst angelegt ({id}); ergänzen Sie es dort, statt es erneut anzulegen.',
  'problem.tickets.listScope': 'Nur Betreiber sehen die Tickets aller Mandanten; Admins sehen ihre unter {path}.',
  'problem.tickets.movedMeanwhile':
    'Das Ticket wurde inzwischen auf „{status, select, open {offen} inProgress {in Bearbeitung} waitingOnCustomer {wartet auf den Kunden} resolved {gelöst} other {geschlossen}}“ gesetzt; sehen Sie es sich erneut an, bevor Sie es ändern.',
  'problem.tickets.fileEmpty': '{name} ist leer',
  'problem.tickets.fileTooLarge': '{name} ist {size, number, ::.0} MB groß; Anhänge dürfen höchstens 5 MB groß sein.',
  'problem.tickets.fileOver5': '{name} ist größer als 5 MB',
  'problem.tickets.fileKind':
    '{name} gehört nicht zu den Dateien, die ein Ticket annimmt (PNG, JPEG, PDF, Text- oder Logdateien).',
  'problem.tickets.fileKindField': '{name} ist keine PNG-, JPEG-, PDF-, Text- oder Logdatei',
  'problem.tickets.operatorsLink': 'Nur Betreiber verknüpfen Tickets mit Vorfällen.',
  'problem.incidents.notKnown': 'ist kein bekannter Vorfall',
  'problem.tickets.incidentElsewhere':
    '{id} betrifft die Umgebungen dieses Mandanten nicht, seine Admins könnten ihn also nicht sehen; nehmen Sie sie zuerst in den Umfang des Vorfalls auf.',
  'problem.features.orgAdminsOnly': 'Nur die Organisationsadmins des Mandanten schalten Funktionen ein oder aus.',
  'problem.features.notDisruptive':
    '{feature} ist keine einschneidende Änderung: sie ist überall aktiv, wo ihr Release angekommen ist.',
  'problem.features.notYet':
    '{release} hat {environment} noch nicht erreicht; testen Sie die Funktion, sobald es so weit ist.',
  'problem.maintenance.duration': 'muss eine ganze Zahl von Minuten von 1 bis {max} sein',
  'problem.maintenance.longerThanWindow':
    'ist länger als das längste Zeitfenster ({minutes, plural, one {# Minute} other {# Minuten}})',
  'problem.environments.unknownList': 'enthält unbekannte Umgebungen {unknown}',
  'problem.maintenance.outsideWindows': 'enthält Umgebungen in Regionen ohne Zeitfenster: {environments}',
  'problem.maintenance.nobody':
    'In diesen Regionen läuft keine Umgebung mit diesen Diensten, also würde niemand benachrichtigt. Prüfen Sie Regionen und Dienste oder bestätigen Sie, um trotzdem zu planen.',
  'problem.maintenance.operatorsChange': 'Nur Betreiber ändern Wartungen.',
  'problem.maintenance.frozen': 'Eine Wartung im Zustand {state} kann nicht mehr geändert werden.',
  'problem.maintenance.keepRegion': 'muss {region} behalten: ihr Zeitfenster hat begonnen',
  'problem.maintenance.started': '{region} hat um {at} begonnen; nur das Ende kann sich verschieben',
  'problem.maintenance.operatorsCancel': 'Nur Betreiber sagen Wartungen ab.',
  'problem.maintenance.cannotCancel':
    'Eine Wartung im Zustand {state} kann nicht abgesagt werden; melden Sie stattdessen, wie sie endete.',
  'problem.maintenance.listScope': 'Nur Betreiber listen alle Wartungen; Mandanten lesen {path}.',
  'problem.maintenance.operatorsReport': 'Nur Betreiber melden den Verlauf einer Wartung.',
  'problem.reportPast': 'liegt in der Zukunft; melden Sie, was geschehen ist',
  'problem.maintenance.cancelled': 'Diese Wartung wurde abgesagt.',
  'problem.maintenance.regionsWithoutWindow': 'enthält Regionen ohne Zeitfenster in dieser Wartung: {regions}',
  'problem.maintenance.allEnded': 'Alle Zeitfenster dieser Wartung sind bereits beendet.',
  'problem.maintenance.windowMove': '{region} ist im Zustand {state}; sie kann nicht zu {to} wechseln.',
  'problem.rollouts.stationHeld':
    'Station {station} in {region} ist im Zustand {state}; setzen Sie zuerst den Rollout fort.',
  'problem.rollouts.held': 'Der Rollout ist im Zustand {state}; setzen Sie ihn zuerst fort.',
  'problem.rollouts.windowOpens':
    'Das {part, select, database {Datenbank} other {Dienst}}-Zeitfenster von {region} für diese Umgebung öffnet um {at}.',
  'problem.rollouts.operatorsReport': 'Nur Betreiber und ihre Automatisierung melden den Bereitstellungsfortschritt.',
  'problem.trains.operatorsSetUp': 'Nur Betreiber richten Release-Züge ein.',
  'problem.regions.unknownList': 'enthält unbekannte Regionen {unknown}',
  'problem.regions.atLeastOne': 'muss mindestens eine Region nennen (oder für alle weggelassen werden)',
  'problem.trains.exists': 'Die Produktlinie {line} hat bereits einen Release-Zug.',
  'problem.trains.operatorsFollow': 'Nur Betreiber verfolgen Release-Züge.',
  'problem.trains.operatorsWeeks': 'Nur Betreiber halten, überspringen oder verschieben Wochen eines Release-Zugs.',
  'problem.trains.monday': 'muss der Montag der Woche sein, JJJJ-MM-TT',
  'problem.trains.moveTo':
    'ist zum Verschieben einer Woche erforderlich: eine ISO-8601-UTC-Zeit (2027-04-06T18:00:00Z)',
  'problem.trains.moveLater': 'liegt in der Vergangenheit; eine Woche wird auf später verschoben',
  'problem.trains.begun': 'Die Woche vom {week} hat bereits begonnen.',
  'problem.listedTwice': 'ist doppelt aufgeführt',
  'problem.releases.operatorsOnly': 'Nur Betreiber veröffentlichen Releases.',
  'problem.releases.unknownServices': 'nennen unbekannte Dienste {unknown}',
  'problem.releases.exists': 'Ein Release mit der Version {version} existiert bereits.',
  'problem.rollouts.pauseHours': 'muss eine ganze Zahl von Stunden von 0 bis {max} sein',
  'problem.regions.unknownUse': 'enthält unbekannte Regionen {unknown}; verwenden Sie {choices}',
  'problem.regions.twice': 'nennt eine Region doppelt',
  'problem.rollouts.operatorsOnly': 'Nur Betreiber rollen Releases aus.',
  'problem.rollouts.exists':
    'Release {version} hat bereits einen Rollout; halten Sie diesen an, setzen Sie ihn fort oder stoppen Sie ihn.',
  'problem.rollouts.wave':
    'liegt nicht im April oder Oktober; die großen Release-Wellen beginnen im April (Welle 1) und Oktober (Welle 2)',
  'problem.rollouts.operatorsFollowTenants':
    'Nur Betreiber verfolgen Rollouts; Mandanten sehen sie im Nachrichtencenter und bei jeder Umgebung.',
  'problem.rollouts.operatorsFollow': 'Nur Betreiber verfolgen Rollouts.',
  'problem.rollouts.operatorsControl': 'Nur Betreiber halten Rollouts an, setzen sie fort oder stoppen sie.',
  'problem.rollouts.cannot':
    'Ein Rollout im Zustand {state} kann nicht {action, select, hold {angehalten} resume {fortgesetzt} other {gestoppt}} werden.',
  'problem.messages.unknownIds':
    'enthält unbekannte {what, select, services {Dienste} tenants {Mandanten} other {Umgebungen}} {ids}',
  'problem.auth.linkRefused':
    '{state, select, used {wurde bereits verwendet} expired {ist abgelaufen} other {ist kein gültiger Anmeldelink}}; bitten Sie einen Betreiber um einen neuen (herald operator add oder Passwort zurücksetzen).',
  'problem.messages.fileName': 'muss ein Dateiname mit 1–200 Zeichen ohne Schrägstriche sein',
  'problem.messages.mediaType': 'ist kein Medientyp (application/pdf)',
  'problem.messages.base64': 'ist kein Base64',
  'problem.messages.fileTooLarge': 'ist größer als {kib} KiB',
  'problem.tooLong300': 'ist länger als 300 Zeichen',
  'problem.tooLong100k': 'ist länger als 100.000 Zeichen',
  'problem.messages.endAfterStart': 'muss nach startDateTime liegen',
  'problem.messages.audienceEmpty':
    'nennt niemanden; setzen Sie allTenants, tenantIds, environmentIds, regionCodes oder serviceIds',
  'problem.messages.tooManyFiles': 'enthält mehr als {max, plural, one {# Datei} other {# Dateien}}',
  'problem.messages.operatorsManage': 'Nur Betreiber schreiben Beiträge im Nachrichtencenter; Leser verwenden {path}.',
  'problem.messages.publishedDelete':
    'Ein veröffentlichter Beitrag kann nicht gelöscht werden; geben Sie ihm ein Enddatum, dann läuft er ab.',
  'problem.messages.maxAttachments':
    'Ein Beitrag hat höchstens {max, plural, one {# Anhang} other {# Anhänge}}; entfernen Sie zuerst einen.',
  'problem.privacy.orgAdminsOnly': 'Nur die Organisationsadmins wählen aus, wer Datenschutzbeiträge liest.',
  'problem.privacy.notMember': 'ist keine Person dieser Organisation',
  'problem.releaseStatus.operatorsOnly': 'Nur Betreiber setzen den Release-Status.',
  'problem.releaseStatus.draft':
    'der Beitrag ist ein Entwurf: veröffentlichen Sie ihn zuerst, dann wird sein Publikum bestimmt',
  'problem.releaseStatus.outside': 'gehören nicht zum Publikum des Beitrags: {ids}',
  'problem.schedule.published': 'Dieser Beitrag ist bereits veröffentlicht; nur ein Entwurf kann geplant werden.',
  'problem.schedule.past':
    'liegt in der Vergangenheit; geben Sie eine spätere Zeit (UTC) an oder veröffentlichen Sie jetzt',
  'problem.share.nobody': 'nennt niemanden',
  'problem.share.tooMany': 'enthält mehr als {max, plural, one {# Adresse} other {# Adressen}}',
  'problem.share.noteTooLong': 'ist länger als {max, plural, one {# Zeichen} other {# Zeichen}}',
  'problem.share.notMember': '{email} ist keine Person Ihrer Organisation',
  'problem.share.notPrivacyReader':
    '{email} darf keine Datenschutzbeiträge lesen; ein Organisationsadmin kann die Person zum Datenschutz-Leser machen',
  'problem.publicText.names':
    'nennt {names} aus dem Verzeichnis; Text auf der öffentlichen Statusseite darf keinen Mandanten, keine Umgebung und keine Person nennen',
  'problem.rehearsal.operatorsOnly': 'Nur Betreiber proben Szenarien.',
  'problem.rehearsal.running': 'Es läuft bereits eine Probe; versuchen Sie es erneut, wenn sie beendet ist.',
  'problem.subscribe.emailRequired': 'geben Sie die E-Mail-Adresse für die Updates ein (oder eine Webhook-URL)',
  'problem.subscribe.notBoth': 'geben Sie eine E-Mail-Adresse oder eine Webhook-URL an, nicht beides',
  'problem.subscribe.slackUrl': 'wird für Slack benötigt: die URL des eingehenden Webhooks, keine E-Mail-Adresse',
  'problem.subscribe.teamsUrl': 'wird für Teams benötigt: die Workflow-URL, keine E-Mail-Adresse',
  'problem.subscribe.badLink':
    'ist kein Link, den Herald gesendet hat; er wurde vielleicht gekürzt oder verändert. Verwenden Sie den Link aus der E-Mail.',
  'problem.subscribe.alreadyConfirmed':
    'Dieser Bestätigungslink wurde bereits verwendet: das Abonnement ist bestätigt. Nichts wurde geändert.',
  'problem.trains.prefix': 'muss Major.Minor sein, etwa 9.2',
  'problem.trains.link': 'muss ein https-Link sein (er darf {version} und {week} enthalten)',
  'problem.trains.weekday': 'muss von 0 (Sonntag) bis 6 (Samstag) reichen',
  'problem.trains.hour': 'muss eine volle Stunde von 0 bis 23 sein (UTC)',
  'problem.trains.leadDays': 'muss eine ganze Zahl von Tagen von 1 bis 28 sein',
  'problem.branding.operatorsOnly': 'Nur Betreiber verwalten das Branding der Statusseite.',
  'problem.branding.notColour': '„{value}“ ist keine Farbe; geben Sie sie als #rrggbb an',
  'problem.branding.contrast':
    '{value} hat als {use, select, primaryColor {Hintergrund von weißem Text} other {Text auf dem Seitenhintergrund}} ein Kontrastverhältnis von {ratio}:1; mindestens {min}:1 sind für gute Lesbarkeit nötig',
  'problem.branding.scheme': 'muss eine {schemes, select, https {https} other {https- oder mailto}}-Adresse sein',
  'problem.subscribe.format': 'ist standard (Standard Webhooks), slack (Slack) oder teams (Microsoft Teams)',
  'problem.import.kindRequired': 'ist bei einem CSV-Text erforderlich: eines von {choices}',
  'problem.target.httpsOnly': 'muss eine https-URL sein',
  'problem.target.credentials': 'darf keinen Benutzernamen und kein Passwort enthalten',
  'problem.target.unresolved': 'hat einen Hostnamen ({host}), der sich nicht auflösen lässt',
  'problem.target.special':
    'zeigt auf {address}, eine private, Loopback-, Link-Local- oder sonst besondere Adresse, an die Herald nicht sendet',
  'problem.rehearsal.tooLong':
    'end: eine Probe aus der Konsole umfasst höchstens {days, plural, one {# Tag} other {# Tage}}; eine längere starten Sie mit herald rehearse',

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.opening': 'Herald wird geöffnet',
  'console.error.offline': 'Herald ist nicht erreichbar. Bitte prüfen Sie die Verbindung.',
  'console.error.unavailable': 'Herald konnte nicht antworten. Versuchen Sie es gleich noch einmal.',
  'console.label.status':
    '{value, select, serviceOperational {Fehlerfrei} investigating {Wird untersucht} serviceDegradation {Eingeschränkter Dienst} serviceInterruption {Dienstunterbrechung} restoringService {Dienst wird wiederhergestellt} extendedRecovery {Verlängerte Wiederherstellung} verifyingService {Dienst wird überprüft} serviceRestored {Dienst wiederhergestellt} falsePositive {Fehlalarm} postIncidentReviewPublished {Nachbericht veröffentlicht} other {{value}}}',
  'console.label.category':
    '{value, select, incident {Vorfälle} advisory {Hinweise} planned_maintenance {Geplante Wartung} unplanned_maintenance {Ungeplante Wartung} release {Updates und Releases} message_center {Nachrichtencenter} lifecycle {Erste Schritte (erstes Jahr)} other {{value}}}',
  'console.label.messageCategory':
    '{value, select, preventOrFixIssue {Probleme vermeiden oder beheben} planForChange {Änderungen planen} stayInformed {Auf dem Laufenden bleiben} other {{value}}}',
  'console.label.role':
    '{value, select, operator {Betreiber} org_admin {Organisationsadministrator} system_admin {Systemadministrator} additional_recipient {Zusätzlicher Empfänger} member {Mitglied} other {{value}}}',
  'console.label.origin':
    '{value, select, microsoft {Anbieter} thirdParty {Drittanbieter} customer {Ihre Organisation} other {{value}}}',
  'console.label.symptom':
    '{value, select, pageNotFound {Seite nicht gefunden (404)} cannotSignIn {Anmeldung nicht möglich} slowPerformance {Langsame Leistung} errors {Fehler} unavailable {Nicht verfügbar} other {{value}}}',
  'console.label.postType':
    '{value, select, regular {Weitere Details} quick {Kurzes Update} strategic {Zusammenfassung} other {{value}}}',
  'console.label.eventType':
    '{value, select, incident_opened {Vorfall eröffnet} incident_updated {Vorfall aktualisiert} incident_scope_widened {Vorfall betrifft mehr Personen} incident_changed {Details des Vorfalls geändert} incident_restored {Vorfall: Dienst wiederhergestellt} incident_pir_published {Nachbericht veröffentlicht} incident_stale {Vorfall ohne Update} incident_pir_due {Nachbericht fällig} maintenance_scheduled {Wartung geplant} maintenance_updated {Wartung geändert} maintenance_cancelled {Wartung abgesagt} maintenance_started {Wartung begonnen} maintenance_completed {Wartung abgeschlossen} maintenance_overran {Wartung überzogen} maintenance_failed {Wartung fehlgeschlagen} maintenance_unplanned {Ungeplante Wartung} release_region_scheduled {Release in einer Region geplant} release_wave_enabled {Release-Welle aktiviert} message_published {Beitrag im Nachrichtencenter veröffentlicht} message_updated {Beitrag im Nachrichtencenter aktualisiert} message_action_due {Aktion im Nachrichtencenter fällig} message_digest {Zusammenfassung des Nachrichtencenters} message_shared {Beitrag im Nachrichtencenter geteilt} lifecycle_due {E-Mail zum Einstieg} directory_admins_requested {Administratoren angefragt} webhook_endpoint_paused {Webhook pausiert} sla_claim_decided {SLA-Anspruch entschieden} ticket_updated {Supportticket aktualisiert} ticket_replied {Antwort auf ein Supportticket} subscriber_mail {E-Mail an Abonnenten der Statusseite} team_page_acknowledged {Team-Alarm bestätigt} team_page_resolved {Team-Alarm behoben} other {{value}}}',
  'console.label.value':
    '{value, select, pending {Ausstehend} approved {Genehmigt} rejected {Abgelehnt} active {Aktiv} paused {Pausiert} sent {Gesendet} failed {Fehlgeschlagen, neuer Versuch folgt} dead {Fehlgeschlagen} suppressed {Nicht gesendet (unterdrückt)} email {E-Mail} webhook {Webhook} push {Pushbenachrichtigung} in_app {In der Konsole} draft {Entwurf} published {Veröffentlicht} planned {Geplant} unplanned {Ungeplant} security {Sicherheit} weekly {Wöchentlich} wave {Welle} minor {Gering} major {Schwer} incident {Vorfall} advisory {Hinweis} other {{value}}}',

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
};

export default de;
