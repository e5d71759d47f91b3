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
  'console.incidents.title': 'Titre',
  'console.incidents.impact': 'Impact',
  'console.incidents.userExperience': 'Expérience utilisateur',
  'console.incidents.workaround': 'Solution de contournement',
  'console.incidents.services': 'Services',
  'console.incidents.cancel': 'Annuler',
  'console.incidents.isPublic':
    'Afficher sur la page d’état publique même s’il est mineur (seuls les incidents limités à des régions sont publics)',
  'console.incidents.useTemplate': 'Utiliser un modèle',
  'console.incidents.editor.timeline': 'Chronologie',
  'console.incidents.editor.details': 'Détails',
  'console.incidents.editor.affects': 'Concerne',
  'console.incidents.editor.scope':
    '{environments, plural, one {# environnement} other {# environnements}} de {tenants, plural, one {# locataire} other {# locataires}}',
  'console.incidents.editor.posted': 'Mise à jour publiée',
  'console.incidents.editor.correctionPosted': 'Correction publiée ; personne n’a été prévenu',
  'console.incidents.editor.postAnUpdate': 'Publier une mise à jour',
  'console.incidents.editor.statusAfter': 'État après cette mise à jour',
  'console.incidents.editor.unchanged': '{status} (inchangé)',
  'console.incidents.editor.postType': 'Type de mise à jour',
  'console.incidents.editor.endDateTime': 'Service rétabli le ({zone})',
  'console.incidents.editor.endDateTimeHint': 'Laissez vide pour l’instant.',
  'console.incidents.editor.update': 'Mise à jour',
  'console.incidents.editor.updateHint': 'Envoyée à toutes les personnes prévenues de cet incident ; texte brut.',
  'console.incidents.editor.updateHintSilent': 'Affichée uniquement dans la chronologie ; texte brut.',
  'console.incidents.editor.silent':
    'Publier sans prévenir — pour une correction : aucun e-mail, notification push, message de discussion ni webhook n’est envoyé ; la chronologie et le journal des envois l’indiquent',
  'console.incidents.editor.preview': 'Aperçu de la mise à jour',
  'console.incidents.editor.postAndMark':
    '{status, select, falsePositive {Publier et marquer comme faux positif} other {Publier et marquer le service comme rétabli}}',
  'console.incidents.editor.postUpdate': 'Publier la mise à jour',
  'console.incidents.editor.postSilently': 'Publier sans prévenir',
  'console.incidents.editor.severitySaved': 'Gravité enregistrée',
  'console.incidents.editor.severityHeading': 'Gravité : <badge>{severity}</badge>',
  'console.incidents.editor.overridden': 'Remplacée par {severity} : {reason}',
  'console.incidents.editor.override': 'Remplacer',
  'console.incidents.editor.asDerived': 'Telle que calculée',
  'console.incidents.editor.reason': 'Motif',
  'console.incidents.editor.setSeverity': 'Définir la gravité',
  'console.incidents.editor.detailsSaved': 'Détails enregistrés',
  'console.incidents.editor.editDetails': 'Modifier les détails',
  'console.incidents.editor.saveDetails': 'Enregistrer les détails',
  'console.incidents.report.heading': 'Rapport post-incident',
  'console.incidents.report.publishedAt': 'Publié le {time}.',
  'console.incidents.report.dueAt': 'Attendu le {time}',
  'console.incidents.report.overdue': 'en retard',
  'console.incidents.report.open': 'Ouvrir le rapport',
  'console.incidents.report.write': 'Rédiger le rapport',
  'console.incidents.report.state':
    '{state, select, notStarted {Non commencé} draft {Brouillon} due {Attendu} dueSoon {Bientôt attendu} overdue {En retard} other {Publié}}',
  'console.incidents.reports.title': 'Rapports post-incident',
  'console.incidents.reports.intro':
    'Un rapport est attendu {days, plural, one {# jour ouvré} other {# jours ouvrés}} après le rétablissement d’un incident majeur : synthèse, expérience utilisateur, début, résolution, cause première et prochaines étapes.',
  'console.incidents.reports.which': 'Quels rapports',
  'console.incidents.reports.drafts': 'Brouillons',
  'console.incidents.reports.none': 'Aucun rapport ici.',
  'console.incidents.reports.incident': 'Incident',
  'console.incidents.reports.state': 'État',
  'console.incidents.reports.due': 'Échéance',
  'console.incidents.reports.published': 'Publié',
  'console.incidents.reports.saved': 'Rapport enregistré',
  'console.incidents.reports.publishedToast':
    'Rapport publié : toutes les personnes prévenues de l’incident en sont informées',
  'console.incidents.reports.editorTitle': 'Rapport : {title}',
  'console.incidents.reports.publishedOn': 'publié le {time}',
  'console.incidents.reports.dueOn': 'attendu le {time} ({relative})',
  'console.incidents.reports.back': 'Retour à l’incident',
  'console.incidents.reports.summary': 'Synthèse',
  'console.incidents.reports.start': 'Début ({zone})',
  'console.incidents.reports.resolution': 'Résolution ({zone})',
  'console.incidents.reports.rootCause': 'Cause première',
  'console.incidents.reports.nextSteps': 'Prochaines étapes',
  'console.incidents.reports.saveDraft': 'Enregistrer le brouillon',
  'console.incidents.reports.publish': 'Publier',
  'console.incidents.new.opened': 'Incident ouvert',
  'console.incidents.new.templateHint':
    'Renseigne le titre, le type, les services et l’impact ; vous pouvez les modifier avant l’ouverture. <link>Gérer les modèles</link>',
  'console.incidents.new.noTemplate': 'Aucun modèle',
  'console.incidents.new.titleHint':
    'Ce que les personnes voient en premier, par ex. « Les utilisateurs ne peuvent pas se connecter à Sales en Amérique du Nord ».',
  'console.incidents.new.kindHint': 'Un avis a un impact limité, souvent avec une solution de contournement.',
  'console.incidents.new.regions': 'Régions (tous leurs environnements)',
  'console.incidents.new.tenants': 'Locataires',
  'console.incidents.new.environments': 'Uniquement ces environnements de ces locataires (facultatif)',
  'console.incidents.new.impactHint':
    'Qui est concerné et comment ; la première publication reprend ce texte, sauf si vous en rédigez une.',
  'console.incidents.new.symptoms': 'Ce que voient les utilisateurs',
  'console.incidents.new.signals': 'Signaux pour la gravité',
  'console.incidents.new.significantDegradation': 'Dégradation importante',
  'console.incidents.new.upstreamDegraded': 'Plateforme cloud en amont dégradée',
  'console.incidents.new.prompt':
    'Choisissez les services et l’endroit de l’incident : régions, locataires ou environnements.',
  'console.incidents.new.noEnvironment':
    'Aucun environnement de ce périmètre n’exécute ces services : personne ne serait prévenu, et Herald refuse de l’ouvrir.',
  'console.incidents.new.open': '{classification, select, advisory {Ouvrir l’avis} other {Ouvrir l’incident}}',
  'console.incidents.templates.title': 'Modèles d’incident',
  'console.incidents.templates.intro':
    'Des débuts réutilisables pour les incidents que vous ouvrez souvent. Dans « Ouvrir un incident », choisissez-en un sous « Utiliser un modèle » pour remplir le formulaire, puis ajustez-le.',
  'console.incidents.templates.heading': 'Modèles',
  'console.incidents.templates.none': 'Aucun modèle pour l’instant.',
  'console.incidents.templates.deleted': 'Modèle « {name} » supprimé',
  'console.incidents.templates.delete': 'Supprimer',
  'console.incidents.templates.saved': 'Modèle enregistré',
  'console.incidents.templates.new': 'Nouveau modèle',
  'console.incidents.templates.name': 'Nom du modèle',
  'console.incidents.templates.nameHint':
    'Le nom sous lequel vous le retrouvez dans l’éditeur, par ex. « Panne de connexion ».',
  'console.incidents.templates.incidentTitle': 'Titre de l’incident',
  'console.incidents.templates.body': 'Impact et première mise à jour',
  'console.incidents.templates.services': 'Services concernés',
  'console.incidents.templates.save': 'Enregistrer le modèle',
  'console.incidents.follow.follow': 'Suivre les mises à jour',
  'console.incidents.follow.following': 'Suivi',
  'console.incidents.follow.started': 'Vous serez prévenu de chaque mise à jour',
  'console.incidents.follow.stopped': 'Vous ne serez plus prévenu de chaque mise à jour',
  'console.incidents.audience.nobody':
    '{severity, select, major {Classé majeur} other {Classé mineur}} : personne de plus n’est prévenu.',
  'console.incidents.audience.told':
    '{severity, select, major {Classé majeur} other {Classé mineur}} : prévenus par {channels} (règle {rules}).',
  'console.incidents.audience.channel': '{channel, select, email {e-mail} push {notification push} other {la console}}',
  'console.incidents.tenantCount': '{count, plural, one {# locataire} other {# locataires}}',
  'console.incidents.openAnIncident': 'Ouvrir un incident',
  'console.incidents.list.title': 'Incidents et avis',
  'console.incidents.list.which': 'Quels incidents',
  'console.incidents.list.goingOn': 'En cours',
  'console.incidents.list.ended': 'Terminés',
  'console.incidents.list.all': 'Tous',
  'console.incidents.list.any': 'Tous',
  'console.incidents.kind': 'Type',
  'console.incidents.list.search': 'Rechercher un titre ou un ID',
  'console.incidents.region': 'Région',
  'console.incidents.service': 'Service',
  'console.incidents.status': 'État',
  'console.incidents.severity': 'Gravité',
  'console.incidents.list.from': 'Début à partir du',
  'console.incidents.list.to': 'Début jusqu’au',
  'console.incidents.list.nothingGoingOn': 'Aucun incident en cours.',
  'console.incidents.list.noneMatch': 'Aucun incident ne correspond.',

  // console: operator
  'console.operator.all': 'Toutes',
  'console.operator.choose': 'Choisir…',
  'console.operator.overview.title': 'Vue d’ensemble',
  'console.operator.overview.incidents': 'Incidents en cours',
  'console.operator.overview.major': '{count, plural, one {# majeur} other {# majeurs}}',
  'console.operator.overview.reportsOverdue': 'Rapports en retard',
  'console.operator.overview.owed': '{count, plural, one {# attendu} other {# attendus}}',
  'console.operator.overview.claims': 'Demandes de crédit en attente',
  'console.operator.overview.tickets': 'Tickets non liés',
  'console.operator.overview.maintenance': 'Maintenances en cours',
  'console.operator.overview.overran': '{count, plural, one {# a dépassé} other {# ont dépassé}}',
  'console.operator.overview.drafts': 'Publications en brouillon',
  'console.operator.overview.goingOn': 'En cours actuellement',
  'console.operator.overview.owedTitle': 'Rapports attendus',
  'console.operator.overview.noneOwed': 'Aucun rapport n’est attendu.',
  'console.operator.branding.title': 'Personnalisation de la page d’état',
  'console.operator.branding.intro':
    'Ce que voient les visiteurs de la page d’état publique, de son site de secours, du badge et de l’intégration, et ce que portent les e-mails aux abonnés.',
  'console.operator.branding.saved': 'Personnalisation enregistrée ; la page d’état l’affiche en quelques secondes',
  'console.operator.branding.pick': '{label} : choisir',
  'console.operator.branding.heading': 'Personnalisation',
  'console.operator.branding.pageName': 'Nom de la page',
  'console.operator.branding.pageNameHint':
    'Sert aussi de libellé au badge. Ne doit nommer ni un client ni une personne.',
  'console.operator.branding.logoUrl': 'Adresse du logo (facultatif)',
  'console.operator.branding.logoUrlHint':
    'Une adresse https d’image ; affichée sur {pixels} pixels de haut au maximum.',
  'console.operator.branding.primaryColor': 'Couleur principale',
  'console.operator.branding.primaryColorHint':
    'Derrière le texte blanc de l’en-tête de la page et du badge : contraste de {ratio} avec le blanc requis.',
  'console.operator.branding.accentColor': 'Couleur d’accentuation',
  'console.operator.branding.accentColorHint':
    'Titres et liens sur le fond clair de la page : contraste de {ratio} requis.',
  'console.operator.branding.supportUrl': 'Lien d’assistance (facultatif)',
  'console.operator.branding.supportUrlHint': 'https ou mailto ; affiché dans le pied de page.',
  'console.operator.branding.aLink': 'un lien',
  'console.operator.branding.save': 'Enregistrer la personnalisation',
  'console.operator.branding.widgets': 'Badge et intégration',
  'console.operator.branding.badgeAlt': 'Le badge d’état de toute la page',
  'console.operator.branding.widgetsHint':
    'Ajoutez {region} ou {service} (ou les deux) pour une seule région ou un seul service.',
  'console.operator.pages.acknowledged': 'Alerte prise en compte',
  'console.operator.pages.title': 'Alertes d’équipe',
  'console.operator.pages.intro':
    'Les équipes produit alertées pour des mises à jour échouées ou qui débordent, des incidents sans nouvelles et des points de terminaison webhook hors service. Les plus récentes d’abord.',
  'console.operator.pages.none': 'Aucune équipe n’a été alertée.',
  'console.operator.pages.state': '{state, select, acknowledged {prise en compte} other {ouverte}}',
  'console.operator.pages.paged': 'alerte envoyée à {team}',
  'console.operator.pages.reason':
    '{reason, select, update_overran {La mise à jour a dépassé sa fenêtre} update_failed {Échec de la mise à jour} incident_stale {Incident sans mise à jour} webhook_dead {Point de terminaison webhook du locataire hors service} other {{reason}}}',
  'console.operator.pages.at': 'le {time}',
  'console.operator.pages.acknowledgedBy': 'prise en compte par {person} le {time}',
  'console.operator.pages.acknowledge': 'Prendre en compte',
  'console.operator.pages.ownerSet': 'Équipe responsable définie',
  'console.operator.pages.owners': 'Équipes responsables',
  'console.operator.pages.pagedTeam': 'Équipe alertée',
  'console.operator.pages.ownerOf': 'Équipe responsable de {service}',
  'console.operator.pages.noTeam': 'Aucune équipe',
  'console.operator.pages.noTeamYet': 'Aucune équipe pour l’instant ({route})',
  'console.operator.claims.title': 'Demandes de crédit SLA',
  'console.operator.claims.intro':
    'Chaque demande conserve la disponibilité mesurée au moment où elle a été faite et le palier de crédit correspondant. Les plus anciennes d’abord.',
  'console.operator.claims.which': 'Quelles demandes',
  'console.operator.claims.waiting': 'En attente',
  'console.operator.claims.none': 'Aucune demande ici.',
  'console.operator.claims.uptime': 'disponibilité {uptime}',
  'console.operator.claims.minutes': '{down, number} min d’interruption, {degraded, number} min de dégradation',
  'console.operator.claims.credit': 'crédit {credit}',
  'console.operator.claims.claimed': 'demandé le {time}',
  'console.operator.claims.incidents': 'incidents : {ids}',
  'console.operator.claims.reason': 'Motif : {reason}',
  'console.operator.claims.decided': 'Décision envoyée au demandeur',
  'console.operator.claims.reasonLabel': 'Motif',
  'console.operator.claims.approve': 'Approuver',
  'console.operator.claims.reject': 'Refuser',
  'console.operator.tickets.title': 'Tickets d’assistance',
  'console.operator.tickets.intro':
    'Problèmes signalés par les locataires. Liez chacun à l’incident qu’il concerne ; la personne qui l’a signalé est prévenue.',
  'console.operator.tickets.which': 'Quels tickets',
  'console.operator.tickets.notLinked': 'Non liés',
  'console.operator.tickets.linked': 'Liés',
  'console.operator.tickets.none': 'Aucun ticket ici.',
  'console.operator.tickets.severity': 'Gravité {severity}',
  'console.operator.tickets.linkedTo': 'lié à <link>{title}</link>',
  'console.operator.tickets.linkedToast': 'Ticket lié ; la personne qui l’a signalé est prévenue',
  'console.operator.tickets.about': 'Incident concerné',
  'console.operator.tickets.link': 'Lier',
  'console.operator.rehearsal.utc': '{time} UTC',
  'console.operator.rehearsal.issue': '{title} ({status}, {severity})',
  'console.operator.rehearsal.dashboard': 'Tableau de bord de {tenant} : {issues}',
  'console.operator.rehearsal.noIssues': 'aucun problème actif',
  'console.operator.rehearsal.publicPage': 'Page publique : <badge>{status}</badge>',
  'console.operator.rehearsal.publicIncidents': 'incidents : {list}',
  'console.operator.rehearsal.publicMaintenance': 'maintenance : {list}',
  'console.operator.rehearsal.maintenance': '{title} ({status} à partir du {time})',
  'console.operator.rehearsal.causeEntry': 'scénario {entry}',
  'console.operator.rehearsal.causeJob': 'avec le temps : {job}',
  'console.operator.rehearsal.timelineOf': 'Chronologie de {scenario}',
  'console.operator.rehearsal.summary':
    'Du {start} au {end}, sur {directory, select, scenario {l’annuaire propre au scénario} other {une copie de l’annuaire réel}} : {events, plural, one {# événement} other {# événements}}, {messages, plural, one {# message qui aurait été envoyé} other {# messages qui auraient été envoyés}}. Rien n’a été envoyé.',
  'console.operator.rehearsal.empty': 'Il ne s’est rien passé dans ce scénario.',
  'console.operator.rehearsal.silence': 'Personne n’est prévenu : {reason}',
  'console.operator.rehearsal.nobody': 'Personne ne correspond à la règle.',
  'console.operator.rehearsal.whoIsTold': 'Personnes prévenues',
  'console.operator.rehearsal.as': 'en tant que {role}',
  'console.operator.rehearsal.pagesShow': 'Ce qu’affichent les pages',
  'console.operator.rehearsal.finished': 'Répétition terminée',
  'console.operator.rehearsal.title': 'Répétition',
  'console.operator.rehearsal.intro':
    'Exécutez un scénario d’événements datés avec la vraie stratégie, le vrai planificateur et les vraies tâches périodiques sur une horloge simulée, sur une copie de l’annuaire. Rien n’est envoyé et rien de réel ne change. Les heures d’un scénario sont relatives à son début ({examples}) ou en ISO 8601 UTC.',
  'console.operator.rehearsal.scenario': 'Scénario (JSON)',
  'console.operator.rehearsal.scenarioHint':
    'Commence par un exemple ; collez le vôtre ou chargez un fichier. Sans annuaire propre, il s’exécute sur une copie de l’annuaire réel.',
  'console.operator.rehearsal.file': 'Charger un fichier de scénario',
  'console.operator.rehearsal.notRun': 'Le scénario n’a pas été exécuté :',
  'console.operator.rehearsal.rehearsing': 'Répétition en cours…',
  'console.operator.rehearsal.rehearse': 'Répéter',
  'console.operator.rehearsal.backToSample': 'Revenir à l’exemple',
  'console.operator.subscribers.chose': 'L’ont choisi',
  'console.operator.subscribers.reached': 'Atteints (avec « tout »)',
  'console.operator.subscribers.removed': 'Abonné supprimé',
  'console.operator.subscribers.title': 'Abonnés de la page d’état',
  'console.operator.subscribers.intro':
    'Personnes et systèmes abonnés sur la page d’état publique. Ils ont confirmé par e-mail, ou leur webhook a répondu à une vérification signée.',
  'console.operator.subscribers.summary':
    '{active, plural, one {# actif} other {# actifs}} ({email, number} par e-mail, {webhook, number} par webhook), {pending, number} en attente de confirmation ; {everything, plural, one {# est informé} other {# sont informés}} de tout.',
  'console.operator.subscribers.export': 'Exporter en CSV',
  'console.operator.subscribers.find': 'Rechercher une adresse',
  'console.operator.subscribers.none': 'Aucun abonné ici.',
  'console.operator.subscribers.remove': 'Supprimer',
  'console.operator.subscribers.everything': 'tout',
  'console.operator.subscribers.since': 'depuis le {time}',

  // console: directory

  // console: releases

  // console: posts
};

export default fr;
