import type { Catalogue } from './en.js';

const fr: Catalogue = {
  'language.name': 'Français',
  'language.switch': 'Langue',
  'common.labelValue': '{label}\u00a0: {value}',
  'common.headline': '{heading}\u00a0: {title}',
  'common.range': '{start} – {end}',
  'common.contactSupport': 'Contacter l’assistance',

  'notice.heading.plannedMaintenance': 'Maintenance planifiée',
  'notice.heading.maintenanceUpdated': 'Maintenance planifiée modifiée',
  'notice.heading.maintenanceCancelled': 'Maintenance annulée',
  'notice.heading.unplannedMaintenance': 'Maintenance non planifiée',
  'notice.heading.incident': '{classification, select, advisory {Avis de service} other {Incident de service}}',
  'notice.heading.incidentUpdate': 'Mise à jour de l’incident',
  'notice.heading.serviceRestored': 'Service rétabli',
  'notice.heading.postIncidentReport': 'Rapport post-incident',
  'notice.heading.actionNeeded': 'Action requise',
  'notice.heading.messageCenter': 'Centre de messages',
  'notice.heading.messageUpdated': 'Message modifié',
  'notice.heading.actionRequiredBy': 'Action à effectuer avant une échéance',
  'notice.heading.digest': 'Votre résumé du centre de messages',
  'notice.heading.sharedWithYou': 'Partagé avec vous',
  'notice.heading.yourAdmins': 'Vos administrateurs',
  'notice.heading.webhookPaused': 'Point de terminaison webhook suspendu',
  'notice.heading.slaClaim': 'Demande de crédit de service',
  'notice.heading.ticketUpdated': 'Ticket d’assistance mis à jour',
  'notice.heading.ticketReply': 'Nouvelle réponse sur un ticket d’assistance',
  'notice.subject.organization': '[{organization}] {headline}',
  'notice.hello': 'Bonjour {name},',
  'notice.yourOrganization': 'Votre organisation',
  'notice.affectedEnvironments':
    '{count, plural, one {Environnement concerné} other {Environnements concernés ({count, number})}}',
  'notice.field.status': 'État',
  'notice.field.severity': 'Gravité',
  'notice.field.services': 'Services',
  'notice.field.regions': 'Régions',
  'notice.field.impact': 'Impact attendu',
  'notice.field.durationMinutes': 'Durée estimée de l’impact',
  'notice.field.userExperience': 'Expérience utilisateur',
  'notice.field.startsAt': 'Début',
  'notice.field.endsAt': 'Fin',
  'notice.field.workaround': 'Solution de contournement',
  'notice.field.rootCause': 'Cause première',
  'notice.field.nextSteps': 'Prochaines étapes',
  'notice.field.actionRequiredBy': 'À faire avant le',
  'notice.field.releaseNotesUrl': 'Notes de version',
  'notice.field.note': 'Remarque',
  'notice.minutes': '{minutes, plural, one {# minute} other {# minutes}}',
  'notice.actBy': 'à faire avant le {time}',
  'notice.open': 'Ouvrir dans Herald',
  'notice.why': 'Vous recevez ce message en raison de la règle de notification «\u00a0{rule}\u00a0».',
  'notice.unsubscribe': 'Se désabonner',
  'notice.preferences': 'Préférences de notification',

  'subscriber.headline.incidentOpened': 'Analyse en cours',
  'subscriber.headline.incidentUpdated': 'Mise à jour',
  'subscriber.headline.incidentRestored': 'Résolu',
  'subscriber.headline.maintenanceScheduled': 'Maintenance planifiée',
  'subscriber.headline.maintenanceUnplanned': 'Maintenance',
  'subscriber.headline.maintenanceUpdated': 'Maintenance modifiée',
  'subscriber.headline.maintenanceCancelled': 'Maintenance annulée',
  'subscriber.headline.maintenanceStarted': 'Maintenance commencée',
  'subscriber.headline.maintenanceCompleted': 'Maintenance terminée',
  'subscriber.headline.other': 'Mise à jour',
  'subscriber.services': 'Services',
  'subscriber.regions': 'Régions',
  'subscriber.when': 'Quand',
  'subscriber.expectedImpact': 'Impact attendu',
  'subscriber.statusPage': 'Page d’état',
  'subscriber.seeStatusPage': 'Voir la page d’état',
  'subscriber.why': 'Vous recevez ce message parce que cette adresse est abonnée à {pageName}.',
  'subscriber.manage': 'Gérer votre abonnement',
  'subscriber.unsubscribe': 'Se désabonner',
  'subscriber.support': 'Assistance',
  'subscriber.subscribed': 'Abonné',
  'subscriber.welcome':
    'Ce canal reçoit désormais les incidents publics et les maintenances planifiées de {pageName}, à leur création, à chaque mise à jour et à leur résolution.',
  'subscriber.changeOrUnsubscribe': 'Modifier ou se désabonner',
  'subscriber.chatContext': '{pageName} · modifier ou se désabonner\u00a0: {url}',
  'subscriber.confirm.subject': '[{pageName}] Confirmez votre abonnement',
  'subscriber.confirm.body':
    'Quelqu’un, vous sans doute, a demandé à recevoir les mises à jour de {pageName} à cette adresse.',
  'subscriber.confirm.link': 'Confirmer l’abonnement',
  'subscriber.confirm.ignore': 'Si ce n’était pas vous, ignorez ce message\u00a0: rien d’autre ne sera envoyé.',
  'subscriber.already.subject': '[{pageName}] Vous êtes déjà abonné',
  'subscriber.already.body': 'Quelqu’un a demandé à abonner cette adresse à {pageName}\u00a0; elle l’est déjà.',
  'subscriber.already.link': 'Modifier ce que vous recevez',

  'status.component':
    '{status, select, operational {Opérationnel} under_maintenance {En maintenance} degraded_performance {Performances dégradées} partial_outage {Panne partielle} other {Panne majeure}}',
  'status.badge':
    '{status, select, operational {opérationnel} under_maintenance {maintenance} degraded_performance {dégradé} partial_outage {panne partielle} other {panne majeure}}',
  'status.indicator':
    '{indicator, select, none {Tous les systèmes sont opérationnels} minor {Panne mineure d’un service} major {Panne partielle du système} critical {Panne majeure d’un service} other {Service en maintenance}}',
  'status.incident':
    '{status, select, investigating {Analyse en cours} serviceDegradation {Service dégradé} serviceInterruption {Interruption de service} restoringService {Rétablissement en cours} extendedRecovery {Rétablissement prolongé} verifyingService {Vérification du service} serviceRestored {Service rétabli} falsePositive {Fausse alerte} postIncidentReviewPublished {Rapport post-incident publié} other {Mise à jour}}',
  'status.maintenance':
    '{status, select, scheduled {Planifiée} in_progress {En cours} verifying {Vérification} completed {Terminée} other {Planifiée}}',
  'status.severity': '{severity, select, major {Majeur} minor {Mineur} other {Gravité inconnue}}',

  'page.lastChange': 'Dernière modification le {time}. Les heures sont en UTC.',
  'page.activeIncidents': 'Incidents en cours',
  'page.noIncidents': 'Aucun incident en ce moment.',
  'page.scheduledMaintenance': 'Maintenances planifiées',
  'page.noMaintenance': 'Aucune maintenance avec impact n’est planifiée.',
  'page.servicesByRegion': 'Services par région',
  'page.noServices': 'Aucun service à afficher pour l’instant.',
  'page.history': 'Historique ({days, plural, one {dernier jour} other {# derniers jours}})',
  'page.noHistory':
    '{days, plural, one {Aucun incident au cours du dernier jour.} other {Aucun incident au cours des # derniers jours.}}',
  'page.column.service': 'Service',
  'page.column.status': 'État',
  'page.column.lastDays': '{days, plural, one {Dernier jour} other {# derniers jours}}',
  'page.column.uptime': 'Disponibilité',
  'page.uptimeBars': 'Disponibilité sur {days, plural, one {le dernier jour} other {les # derniers jours}}',
  'page.userExperience': 'Expérience utilisateur\u00a0:',
  'page.workaround': 'Solution de contournement\u00a0:',
  'page.since': 'depuis le {time}',
  'page.reportPublished':
    'Un rapport post-incident a été publié le {time}\u00a0; les administrateurs le trouvent dans leur tableau de bord d’état des services.',
  'page.expectedImpact': 'impact attendu\u00a0: {impact}',
  'page.subscribe': 'S’abonner aux mises à jour',
  'page.calendar': 'Calendrier des maintenances (iCal)',
  'page.historyAtom': 'Historique des incidents (Atom)',
  'page.historyRss': 'Historique des incidents (RSS)',
  'embed.fullStatus': 'État complet et historique',

  'feed.title': '{pageName} — historique des incidents',
  'feed.titleComponent': '{pageName} — {component} — historique des incidents',
  'feed.word':
    '{word, select, investigating {Analyse en cours} identified {Cause identifiée} monitoring {Sous surveillance} resolved {Résolu} postmortem {Rapport post-incident} other {Mise à jour}}',
  'feed.calendarName': '{pageName} — maintenances',
  'feed.calendarDescription': 'Impact attendu\u00a0: {impact}. Régions\u00a0: {regions}. État\u00a0: {status}.',

  'subscribe.title': 'S’abonner aux mises à jour',
  'subscribe.intro':
    'Recevez les incidents publics et les maintenances planifiées à leur création, à chaque mise à jour et à leur résolution. Vous confirmez d’abord\u00a0; chaque message contient un lien pour modifier votre choix ou vous désabonner en un clic.',
  'subscribe.byEmail': 'Par e-mail',
  'subscribe.email': 'Adresse e-mail',
  'subscribe.byWebhook': 'Ou par webhook, Slack ou Microsoft Teams',
  'subscribe.url': 'URL du webhook (https)',
  'subscribe.format.standard': 'Webhook (Standard Webhooks)',
  'subscribe.format.slack': 'Webhook entrant Slack',
  'subscribe.format.teams': 'Flux de travail Microsoft Teams',
  'subscribe.webhookHelp':
    'Un webhook est signé selon Standard Webhooks et démarre lorsque votre point de terminaison répond par un 2xx à l’événement signé subscription.verification, qui contient le secret de signature. Slack et Teams reçoivent d’abord un message «\u00a0Abonné\u00a0»\u00a0: l’abonnement démarre lorsque l’URL l’accepte.',
  'subscribe.what': 'Ce que vous souhaitez suivre',
  'subscribe.everything': 'Tout\u00a0: chaque incident public et chaque maintenance',
  'subscribe.only': 'Ou seulement ce qui concerne ces régions ou ces services\u00a0:',
  'subscribe.submit': 'S’abonner',
  'subscribe.sendsTo': 'Les mises à jour sont envoyées à {address}.',
  'subscribe.save': 'Enregistrer',
  'subscribe.unsubscribe': 'Se désabonner',
  'subscribe.answerTitle': 'Consultez votre boîte de réception',
  'subscribe.answer':
    'Merci. Si cette adresse peut recevoir des mises à jour, un message est en route\u00a0: utilisez son lien pour confirmer. Rien d’autre n’est envoyé d’ici là.',
  'subscribe.confirmTitle': 'Confirmez votre abonnement',
  'subscribe.confirmQuestion': 'Envoyer les mises à jour à {address}\u00a0?',
  'subscribe.confirmButton': 'Confirmer',
  'subscribe.confirmedTitle': 'Abonné',
  'subscribe.confirmed': 'Votre abonnement est confirmé.',
  'subscribe.manageTitle': 'Votre abonnement',
  'subscribe.saved': 'Enregistré.',
  'subscribe.unsubscribeTitle': 'Se désabonner\u00a0?',
  'subscribe.unsubscribeQuestion': 'Ne plus envoyer de mises à jour à {address}\u00a0?',
  'subscribe.unsubscribedTitle': 'Désabonné',
  'subscribe.unsubscribed': 'Cette adresse ne reçoit plus de mises à jour.',
  'subscribe.linkUsed': 'Ce lien a déjà été utilisé',
  'subscribe.linkBroken': 'Ce lien ne fonctionne pas',
  'subscribe.again': 'S’abonner à nouveau',

  // server: translated posts (Message Center and incidents)

  // server: reports and subscribers
  'report.title': 'Rapport post-incident {id}\u00a0: {title}',
  'report.status':
    '{published, select, yes {Publié le {time}} other {Brouillon — non publié}} · Gravité\u00a0: {severity}',
  'report.section.summary': 'Résumé',
  'report.section.userExperience': 'Expérience utilisateur',
  'report.section.startDateTime': 'Date et heure de début',
  'report.section.resolutionDateTime': 'Date et heure de résolution',
  'report.section.rootCause': 'Cause première',
  'report.section.nextSteps': 'Prochaines étapes',
  'subscriber.language': 'Langue des e-mails',

  // server: problem details and the CLI

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.opening': 'Ouverture de Herald',
  'console.error.offline': 'Impossible de joindre Herald ; vérifiez la connexion.',
  'console.error.unavailable': 'Herald n’a pas pu répondre ; réessayez dans un instant.',
  'console.label.status':
    '{value, select, serviceOperational {Opérationnel} investigating {Analyse en cours} serviceDegradation {Service dégradé} serviceInterruption {Interruption de service} restoringService {Rétablissement en cours} extendedRecovery {Récupération prolongée} verifyingService {Vérification du service} serviceRestored {Service rétabli} falsePositive {Faux positif} postIncidentReviewPublished {Rapport post-incident publié} other {{value}}}',
  'console.label.category':
    '{value, select, incident {Incidents} advisory {Avis} planned_maintenance {Maintenance planifiée} unplanned_maintenance {Maintenance non planifiée} release {Mises à jour et versions} message_center {Centre de messages} lifecycle {Premiers pas (première année)} other {{value}}}',
  'console.label.messageCategory':
    '{value, select, preventOrFixIssue {Prévenir ou résoudre des problèmes} planForChange {Préparer un changement} stayInformed {Rester informé} other {{value}}}',
  'console.label.role':
    '{value, select, operator {Opérateur} org_admin {Administrateur de l’organisation} system_admin {Administrateur système} additional_recipient {Destinataire supplémentaire} member {Membre} other {{value}}}',
  'console.label.origin':
    '{value, select, microsoft {Fournisseur} thirdParty {Tiers} customer {Votre organisation} other {{value}}}',
  'console.label.symptom':
    '{value, select, pageNotFound {Page introuvable (404)} cannotSignIn {Connexion impossible} slowPerformance {Lenteurs} errors {Erreurs} unavailable {Indisponible} other {{value}}}',
  'console.label.postType':
    '{value, select, regular {Informations complémentaires} quick {Mise à jour rapide} strategic {Synthèse} other {{value}}}',
  'console.label.eventType':
    '{value, select, incident_opened {Incident ouvert} incident_updated {Incident mis à jour} incident_scope_widened {Incident étendu à davantage de personnes} incident_changed {Détails de l’incident modifiés} incident_restored {Incident : service rétabli} incident_pir_published {Rapport post-incident publié} incident_stale {Incident sans mise à jour} incident_pir_due {Rapport post-incident attendu} maintenance_scheduled {Maintenance planifiée} maintenance_updated {Maintenance modifiée} maintenance_cancelled {Maintenance annulée} maintenance_started {Maintenance commencée} maintenance_completed {Maintenance terminée} maintenance_overran {Maintenance prolongée} maintenance_failed {Maintenance échouée} maintenance_unplanned {Maintenance non planifiée} release_region_scheduled {Version planifiée dans une région} release_wave_enabled {Vague de déploiement activée} message_published {Publication du Centre de messages} message_updated {Publication du Centre de messages modifiée} message_action_due {Action attendue (Centre de messages)} message_digest {Résumé du Centre de messages} message_shared {Publication du Centre de messages partagée} lifecycle_due {E-mail de prise en main} directory_admins_requested {Demande des administrateurs} webhook_endpoint_paused {Webhook suspendu} sla_claim_decided {Réclamation SLA tranchée} ticket_updated {Ticket d’assistance mis à jour} ticket_replied {Réponse à un ticket d’assistance} subscriber_mail {E-mail aux abonnés de la page d’état} team_page_acknowledged {Alerte d’équipe prise en compte} team_page_resolved {Alerte d’équipe résolue} other {{value}}}',
  'console.label.value':
    '{value, select, pending {En attente} approved {Approuvée} rejected {Refusée} active {Actif} paused {Suspendu} sent {Envoyé} failed {Échec, nouvel essai prévu} dead {Échec} suppressed {Non envoyé (supprimé)} email {E-mail} webhook {Webhook} push {Notification push} in_app {Dans la console} draft {Brouillon} published {Publié} planned {Planifiée} unplanned {Non planifiée} security {Sécurité} weekly {Hebdomadaire} wave {Vague} minor {Mineure} major {Majeure} incident {Incident} advisory {Avis} other {{value}}}',

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

export default fr;
