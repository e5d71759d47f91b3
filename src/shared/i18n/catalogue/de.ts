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
  'report.title': 'Bericht nach dem Vorfall {id}: {title}',
  'report.status':
    '{published, select, yes {Veröffentlicht am {time}} other {Entwurf – nicht veröffentlicht}} · Schweregrad: {severity}',
  'report.section.summary': 'Zusammenfassung',
  'report.section.userExperience': 'Auswirkungen für die Benutzer',
  'report.section.startDateTime': 'Beginn (Datum und Uhrzeit)',
  'report.section.resolutionDateTime': 'Behebung (Datum und Uhrzeit)',
  'report.section.rootCause': 'Grundursache',
  'report.section.nextSteps': 'Nächste Schritte',
  'subscriber.language': 'Sprache der E-Mails',

  // server: problem details and the CLI

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
