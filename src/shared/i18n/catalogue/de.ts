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

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.documentTitle': '{title} · Herald',
  'console.shell.error.unexpected':
    'In der Konsole ist ein Fehler aufgetreten. Laden Sie die Seite neu, und versuchen Sie es erneut.',
  'console.shell.fieldProblem': '{label}: {message}',
  'console.shell.problem.notSaved': 'Es wurde nichts gespeichert.',
  'console.shell.problem.notAllowed': 'Nicht erlaubt.',
  'console.shell.problem.notFound': 'Nicht gefunden.',
  'console.shell.problem.notChanged': 'Es wurde nichts geändert.',
  'console.shell.problem.notSavedYet': 'Es wurde noch nichts gespeichert.',
  'console.shell.problem.failed': 'Das hat nicht funktioniert.',
  'console.shell.loading': 'Wird geladen…',
  'console.shell.waitingFor': '{what}…',
  'console.shell.pages': 'Seitennavigation',
  'console.shell.newer': 'Neuere',
  'console.shell.older': 'Ältere',
  'console.shell.pageRange': '{first, number}–{last, number} von {total, number}',
  'console.shell.skipToContent': 'Zum Inhalt springen',
  'console.shell.menu': 'Menü',
  'console.shell.home': 'Herald, Startseite',
  'console.shell.roleChip':
    '{role, select, operator {Betreiber} tenantAdmin {Mandantenadministrator} systemAdmin {Systemadministrator} other {Mitglied}}',
  'console.shell.liveOn': 'Liveaktualisierungen sind aktiv',
  'console.shell.liveReconnecting': 'Liveaktualisierungen werden neu verbunden',
  'console.shell.live': 'Echtzeit',
  'console.shell.offline': 'Getrennt',
  'console.shell.account': 'Ihr Konto und Ihre Einstellungen',
  'console.shell.timesIn': 'Zeiten in {zone}',
  'console.shell.theme': 'Farbschema',
  'console.shell.themeSystem': 'Wie das Gerät',
  'console.shell.themeLight': 'Hell',
  'console.shell.themeDark': 'Dunkel',
  'console.shell.profileLink': 'Profil, Sprache und Zeitzone',
  'console.shell.preferencesLink': 'Benachrichtigungseinstellungen',
  'console.shell.signOut': 'Abmelden',
  'console.shell.mainNav': 'Hauptnavigation',
  'console.shell.organization': 'Organisation',
  'console.shell.nav':
    '{screen, select, overview {Übersicht} incidents {Vorfälle} incidentTemplates {Vorfallvorlagen} reports {Nachberichte} maintenance {Wartung} releases {Releases und Rollouts} messageCenter {Nachrichtencenter} rehearsal {Probelauf} tickets {Supporttickets} slaClaims {SLA-Ansprüche} teamPages {Team-Alarme} subscribers {Statusabonnenten} branding {Branding der Statusseite} tenants {Mandanten} environments {Umgebungen} people {Personen} regions {Regionen und Stationen} deliveryLog {Zustellprotokoll} sentMail {Gesendete E-Mails} auditLog {Überwachungsprotokoll} serviceHealth {Dienstintegrität} slaCredits {SLA und Gutschriften} recipients {E-Mail-Empfänger} singleSignOn {Einmaliges Anmelden} webhooks {Webhooks} findAdmin {Administrator finden} yourEnvironments {Ihre Umgebungen} whoIsMyAdmin {Wer ist mein Administrator?} other {{screen}}}',
  'console.shell.navGroup':
    '{group, select, serviceHealth {Dienstintegrität} changes {Änderungen} directory {Verzeichnis} records {Protokolle} organization {Ihre Organisation} other {{group}}}',
  'console.shell.notFound': 'Seite nicht gefunden',
  'console.shell.notFoundHelp':
    'Diese Seite gibt es in der Konsole nicht, oder sie steht Ihnen nicht zur Verfügung. Wählen Sie eine Seite im Menü aus.',
  'console.shell.bellLabel':
    '{count, plural, =0 {Benachrichtigungen} one {Benachrichtigungen, # ungelesen} other {Benachrichtigungen, # ungelesen}}',
  'console.shell.bellOverflow': '{count, number}+',
  'console.shell.notifications': 'Benachrichtigungen',
  'console.shell.markAllRead': 'Alle als gelesen markieren',
  'console.shell.unreadMark': '(ungelesen)',
  'console.shell.noNotifications': 'Noch nichts.',
  'console.shell.incident.public': 'öffentlich',
  'console.shell.incident.endedUpdated': 'beendet {ended} · aktualisiert {updated}',
  'console.shell.incident.startedUpdated': 'begonnen {started} · aktualisiert {updated}',
  'console.shell.incident.fact':
    '{fact, select, issueId {Problem-ID} services {Dienste} regions {Regionen} origin {Ursprung} started {Begonnen} ended {Beendet} impact {Auswirkung} userExperience {Benutzererfahrung} workaround {Problemumgehung} symptoms {Symptome} other {{fact}}}',
  'console.shell.incident.servicesFeature': '{services} · {feature}',
  'console.shell.incident.stillGoingOn': 'dauert noch an',
  'console.shell.incident.timeline': 'Zeitachse der Updates, neueste zuerst',
  'console.shell.incident.opened': 'Eröffnet',
  'console.shell.incident.postedSilently': 'Ohne Benachrichtigung veröffentlicht',
  'console.shell.reason':
    '{value, select, org_admin {Organisationsadministrator} system_admin {Systemadministrator} additional_recipient {zusätzlicher Empfänger} operator {Betreiber} member {Mitglied} listed {berechtigter Leser} told_before {bereits informiert} owning_team {zuständiges Team} subscribed {abonniert} webhook_dead {Webhook schlägt fehl} other {{value}}}',
  'console.shell.audience.title': 'Wer benachrichtigt wird',
  'console.shell.audience.environments': '{count, plural, one {# Umgebung} other {# Umgebungen}}',
  'console.shell.audience.tenants': '{count, plural, one {# Mandant} other {# Mandanten}}',
  'console.shell.audience.orgAdmins':
    '{count, plural, one {# Organisationsadministrator} other {# Organisationsadministratoren}}',
  'console.shell.audience.systemAdmins': '{count, plural, one {# Systemadministrator} other {# Systemadministratoren}}',
  'console.shell.audience.people': '{count, plural, one {# Person} other {# Personen}}',
  'console.shell.audience.andMore': '{names} und {count, plural, one {# weiterer} other {# weitere}}',
  'console.shell.audience.morePeople': '{count, plural, one {und # weitere Person} other {und # weitere Personen}}',
  'console.shell.uptime.summary': '{label}: {count, plural, one {# Zeitraum gemessen} other {# Zeiträume gemessen}}',
  'console.shell.uptime.summaryLowest':
    '{label}: {count, plural, one {# Zeitraum gemessen} other {# Zeiträume gemessen}}, niedrigster Wert {lowest}',
  'console.shell.uptime.periodUp': '{period}: {percent} verfügbar',
  'console.shell.uptime.periodNotMeasured': '{period}: nicht gemessen',
  'console.shell.uptime.below': 'unter {value}',
  'console.shell.uptime.notMeasured': 'nicht gemessen',
  'console.shell.week.windowTitle': 'Servicefenster {region}: {start} – {end} ({zone})',
  'console.shell.week.workTitle': '{title} ({region}): {start} – {end}',
  'console.shell.week.caption': 'Woche vom {date}, in {zone}.',
  'console.shell.week.serviceWindow': 'Servicefenster',
  'console.shell.week.yourRegions': 'Ihre Regionen',
  'console.shell.week.plannedWork': 'geplante Arbeiten',
  'console.shell.markdown.hint': 'Markdown: **fett**, _kursiv_, - Listen, [Links](https://…)',
  'console.shell.markdown.previewOf': 'Vorschau: {label}',
  'console.shell.markdown.empty': 'Die Vorschau erscheint hier.',
  'console.shell.markdown.preview': 'Vorschau',
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
  'console.account.actions': 'Aktionen',
  'console.account.signIn.title': 'Anmelden',
  'console.account.signIn.expired': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  'console.account.signIn.email': 'E-Mail-Adresse',
  'console.account.signIn.continueWith': 'Weiter mit {provider}',
  'console.account.signIn.password': 'Kennwort',
  'console.account.signIn.lookingUp': 'Wird gesucht…',
  'console.account.signIn.continue': 'Weiter',
  'console.account.signIn.signingIn': 'Anmeldung läuft…',
  'console.account.signIn.withPassword': 'Mit Kennwort anmelden',
  'console.account.signIn.help':
    'Sie sind kein Administrator? <find>Finden Sie Ihren</find>. Sie möchten den Zustand des Dienstes sehen? Öffnen Sie die <status>öffentliche Statusseite</status>.',
  'console.account.setPassword.title': 'Kennwort festlegen',
  'console.account.setPassword.noToken':
    'Diese Seite benötigt den vollständigen Link, den Sie erhalten haben. Öffnen Sie ihn erneut aus der Nachricht.',
  'console.account.setPassword.password': 'Neues Kennwort',
  'console.account.setPassword.hint': 'Mindestens 12 Zeichen. Dieser Link funktioniert nur einmal.',
  'console.account.setPassword.submit': 'Kennwort festlegen und anmelden',
  'console.account.findAdmin.title': 'Ihren Administrator finden',
  'console.account.findAdmin.intro':
    'An wen Sie sich zu jeder Ihrer Umgebungen wenden: zuerst an deren Systemadministratoren, dann an die Administratoren Ihrer Organisation.',
  'console.account.findAdmin.none': 'Sie haben keine Umgebungen, daher gibt es keinen Administrator anzuzeigen.',
  'console.account.findAdmin.systemAdmins': 'Systemadministratoren',
  'console.account.findAdmin.orgAdmins': 'Organisationsadministratoren',
  'console.account.findAdmin.nobody': 'Keine',
  'console.account.findAdmin.byEmailIntro':
    'Geben Sie Ihre geschäftliche E-Mail-Adresse ein: Wir senden Ihnen, wer Ihre Umgebungen verwaltet.',
  'console.account.findAdmin.workEmail': 'Geschäftliche E-Mail-Adresse',
  'console.account.findAdmin.send': 'Liste an mich senden',
  'console.account.findAdmin.signInHelp': '<signin>Melden Sie sich an</signin>, wenn Sie Administrator sind.',
  'console.account.profile.title': 'Profil',
  'console.account.profile.you': 'Sie',
  'console.account.profile.name': 'Anzeigename',
  'console.account.profile.language': 'Sprache',
  'console.account.profile.regionalFormat': 'Regionales Format',
  'console.account.profile.formatExample': 'Datumsangaben und Zahlen sehen so aus: {date}, {number}.',
  'console.account.profile.timeZone': 'Zeitzone',
  'console.account.profile.timeZoneHint': 'Alle Zeiten in Herald werden darin angezeigt; dort ist es jetzt {time}.',
  'console.account.profile.save': 'Speichern',
  'console.account.profile.saved': 'Profil gespeichert',
  'console.account.profile.roles': 'Ihre Rollen',
  'console.account.sessions.title': 'Wo Sie angemeldet sind',
  'console.account.sessions.intro':
    '{hours, plural, one {Sitzungen dauern # Stunde.} other {Sitzungen dauern # Stunden.}} Beenden Sie alle, die Sie nicht kennen; eine Kennwortänderung beendet alle außer dieser.',
  'console.account.sessions.browser': 'Webbrowser',
  'console.account.sessions.address': 'IP-Adresse',
  'console.account.sessions.signedIn': 'Angemeldet',
  'console.account.sessions.lastSeen': 'Zuletzt aktiv',
  'console.account.sessions.unknown': 'unbekannt',
  'console.account.sessions.thisBrowser': 'dieser Browser',
  'console.account.sessions.endFrom': 'Sitzung von {browser} beenden',
  'console.account.sessions.endUnknown': 'Sitzung eines unbekannten Browsers beenden',
  'console.account.sessions.end': 'Beenden',
  'console.account.sessions.endOthers': 'Alle anderen Sitzungen beenden',
  'console.account.sessions.ended': 'Sitzung beendet',
  'console.account.sessions.othersEnded': 'Andere Sitzungen beendet',
  'console.account.tokens.title': 'API-Token',
  'console.account.tokens.intro':
    'Für Skripts und Integrationen: Senden Sie es als <code>{header}</code>. Es handelt in Ihrem Namen, mit Ihren Rechten. Siehe die <docs>API-Dokumentation</docs>.',
  'console.account.tokens.name': 'Tokenname',
  'console.account.tokens.namePlaceholder': 'z. B. Überwachungsskript',
  'console.account.tokens.create': 'Token erstellen ({days, plural, one {# Tag} other {# Tage}})',
  'console.account.tokens.copyNow': 'Kopieren Sie es jetzt; es wird nicht erneut angezeigt: <code>{secret}</code>',
  'console.account.tokens.none': 'Keine Token.',
  'console.account.tokens.lastUsed': 'Zuletzt verwendet',
  'console.account.tokens.expires': 'Läuft ab',
  'console.account.tokens.never': 'nie',
  'console.account.tokens.revoke': 'Widerrufen',
  'console.account.tokens.revokeNamed': '{name} widerrufen',
  'console.account.tokens.revoked': 'Token widerrufen',
  'console.account.preferences.title': 'Benachrichtigungseinstellungen',
  'console.account.preferences.accountCategory': 'Ihr Konto und Ihre Anfragen',
  'console.account.preferences.caption': 'Kanäle pro Kategorie',
  'console.account.preferences.category': 'Kategorie',
  'console.account.preferences.channel':
    '{channel, select, email {E-Mail} push {Push} in_app {In der Konsole} other {{channel}}}',
  'console.account.preferences.cell':
    '{category} per {channel, select, email {E-Mail} push {Push} in_app {in der Konsole} other {{channel}}}',
  'console.account.preferences.yourChoice': 'Ihre Auswahl',
  'console.account.preferences.defaultMajorOnly': 'Standard: nur größere Änderungen',
  'console.account.preferences.default': 'Standard',
  'console.account.preferences.save': 'Einstellungen speichern',
  'console.account.preferences.saved': 'Einstellungen gespeichert',
  'console.account.preferences.backToDefaults': 'Auf Standard zurücksetzen',
  'console.account.push.title': 'Push auf Ihren Geräten',
  'console.account.push.intro':
    'Installieren Sie Herald auf Ihrem Telefon (Zum Startbildschirm hinzufügen) und aktivieren Sie dort Push, um überall informiert zu werden.',
  'console.account.push.subscribe': 'Push auf diesem Gerät empfangen',
  'console.account.push.unsupported':
    'Dieser Browser kann hier keine Pushbenachrichtigungen empfangen (erforderlich sind eine sichere Verbindung und ein Browser, der dies unterstützt).',
  'console.account.push.none': 'Noch kein Gerät empfängt Pushbenachrichtigungen.',
  'console.account.push.since': 'seit {since}',
  'console.account.push.sinceDelivered': 'seit {since} · zuletzt zugestellt {delivered}',
  'console.account.push.stop': 'Beenden',
  'console.account.push.subscribed': 'Dieses Gerät empfängt jetzt Pushbenachrichtigungen',
  'console.account.push.stopped': 'Push für dieses Gerät beendet',
  'console.account.push.blocked': 'Benachrichtigungen sind für diese Website in den Browsereinstellungen blockiert.',

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
