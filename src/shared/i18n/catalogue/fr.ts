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
  'console.tenant.sla.title': 'SLA et crédits',
  'console.tenant.sla.intro':
    'Disponibilité mensuelle de chaque service utilisé par vos environnements, mesurée à partir des incidents qui les ont touchés. Sous le seuil d’un palier, le mois donne droit à un crédit de service que vous pouvez demander.',
  'console.tenant.sla.claimSent': 'Demande envoyée ; un opérateur statue et vous en êtes informé',
  'console.tenant.sla.uptimeTitle': 'Disponibilité, {months, plural, one {dernier mois} other {# derniers mois}}',
  'console.tenant.sla.measuring': 'Mesure en cours…',
  'console.tenant.sla.uptimeByMonth': 'Disponibilité de {service} par mois',
  'console.tenant.sla.soFar': 'jusqu’à présent',
  'console.tenant.sla.provisionalIntro':
    'Ce mois n’est pas terminé : la disponibilité et les crédits sont provisoires et pourront être demandés une fois le mois écoulé.',
  'console.tenant.sla.service': 'Service',
  'console.tenant.sla.uptime': 'Disponibilité',
  'console.tenant.sla.downDegraded': 'Indisponible / dégradé',
  'console.tenant.sla.credit': 'Crédit',
  'console.tenant.sla.claim': 'Demande',
  'console.tenant.sla.uptimeSoFar': '{uptime} jusqu’à présent',
  'console.tenant.sla.minutes': '{down, number} min / {degraded, number} min',
  'console.tenant.sla.creditProvisional': '{credit} provisoire',
  'console.tenant.sla.none': 'aucun',
  'console.tenant.sla.claimButton': 'Demander le crédit',
  'console.tenant.sla.claimed': 'demandé',
  'console.tenant.sla.claims': 'Demandes',
  'console.tenant.sla.claimsEmpty': 'Aucune demande pour l’instant.',
  'console.tenant.sla.metaUptime': 'disponibilité {uptime}',
  'console.tenant.sla.metaCredit': 'crédit {credit}',
  'console.tenant.sla.metaClaimed': 'demandé le {date}',
  'console.tenant.sla.metaReason': 'motif : « {reason} »',
  'console.tenant.tickets.title': 'Tickets d’assistance',
  'console.tenant.tickets.intro':
    'Un problème que le tableau de bord d’état des services n’affiche pas ? Signalez-le ici et suivez l’échange avec l’assistance dans le ticket.',
  'console.tenant.tickets.reported': 'Problèmes signalés',
  'console.tenant.tickets.empty':
    'Aucun ticket pour l’instant. Les problèmes que vous signalez apparaissent ici avec leur état.',
  'console.tenant.tickets.severityMeta': 'Gravité {severity}',
  'console.tenant.tickets.about': 'concerne <link>{title}</link>',
  'console.tenant.tickets.filed': 'Ticket créé',
  'console.tenant.tickets.report': 'Signaler un problème',
  'console.tenant.tickets.whatIsWrong': 'Quel est le problème',
  'console.tenant.tickets.environment': 'Environnement',
  'console.tenant.tickets.notSpecific': 'Non spécifique',
  'console.tenant.tickets.service': 'Service',
  'console.tenant.tickets.severity': 'Gravité',
  'console.tenant.tickets.severityOption':
    '{level, select, A {A : impact critique sur l’activité} B {B : impact modéré} other {C : impact minimal}}',
  'console.tenant.tickets.alreadyReported': 'Déjà signalé ?',
  'console.tenant.tickets.similarNote':
    'Ces tickets ouverts semblent porter sur le même problème ; compléter l’un d’eux peut être plus rapide.',
  'console.tenant.tickets.details': 'Détails',
  'console.tenant.tickets.detailsHint':
    'Ce que vous avez fait, ce que vous attendiez, ce qui s’est passé, depuis quand.',
  'console.tenant.tickets.contactName': 'Nom du contact',
  'console.tenant.tickets.contactNameHint': 'Laissez vide pour être vous-même le contact.',
  'console.tenant.tickets.contactEmail': 'E-mail du contact',
  'console.tenant.tickets.contactPhone': 'Téléphone du contact',
  'console.tenant.tickets.file': 'Créer le ticket',
  'console.tenant.webhooks.title': 'Webhooks',
  'console.tenant.webhooks.intro':
    'Herald envoie les événements de {tenant} à ces URL dès qu’ils se produisent : à vos systèmes, signés avec le secret du point de terminaison (Standard Webhooks : webhook-id, webhook-timestamp, webhook-signature), ou sous forme de message dans un canal Slack ou Microsoft Teams.',
  'console.tenant.webhooks.secretNote':
    'Secret de signature pour {url} — copiez-le maintenant, il ne sera plus affiché : <code>{secret}</code>',
  'console.tenant.webhooks.endpoints': 'Points de terminaison',
  'console.tenant.webhooks.empty': 'Aucun point de terminaison.',
  'console.tenant.webhooks.changed': 'Point de terminaison modifié',
  'console.tenant.webhooks.format':
    '{value, select, standard {Standard Webhooks (JSON signé)} slack {Webhook entrant Slack} teams {Flux de travail Microsoft Teams} other {{value}}}',
  'console.tenant.webhooks.formatHint':
    '{value, select, standard {Pour vos propres systèmes : du JSON signé avec le secret du point de terminaison.} slack {Un message dans un canal Slack : l’URL que Slack fournit pour un webhook entrant (https://hooks.slack.com/services/…).} teams {Une carte dans un canal Teams : l’URL d’un flux Workflows « Publier dans un canal lors de la réception d’une requête webhook ».} other {}}',
  'console.tenant.webhooks.lastDelivered': 'dernière remise {when}',
  'console.tenant.webhooks.neverDelivered': 'jamais remis',
  'console.tenant.webhooks.lastFailure': 'dernier échec {when}',
  'console.tenant.webhooks.pause': 'Suspendre',
  'console.tenant.webhooks.resume': 'Reprendre',
  'console.tenant.webhooks.newSecret': 'Nouveau secret',
  'console.tenant.webhooks.delete': 'Supprimer',
  'console.tenant.webhooks.added': 'Point de terminaison ajouté',
  'console.tenant.webhooks.addTitle': 'Ajouter un point de terminaison',
  'console.tenant.webhooks.sendsTo': 'Envoie vers',
  'console.tenant.webhooks.url': 'URL',
  'console.tenant.webhooks.urlHint': 'HTTPS, accessible depuis Herald.',
  'console.tenant.webhooks.description': 'Description (facultative)',
  'console.tenant.webhooks.events': 'Événements',
  'console.tenant.webhooks.eventOption': '{label} ({code})',
  'console.tenant.webhooks.add': 'Ajouter le point de terminaison',
  'console.tenant.recipients.title': 'Destinataires des e-mails',
  'console.tenant.recipients.intro':
    'En plus des administrateurs, ces adresses reçoivent les e-mails de {tenant} pour les catégories choisies. Toute personne qui demande à être informée peut être ajoutée ici.',
  'console.tenant.recipients.removed': 'Destinataire supprimé',
  'console.tenant.recipients.heading': 'Destinataires supplémentaires',
  'console.tenant.recipients.empty':
    'Aucun destinataire supplémentaire pour l’instant : seuls les administrateurs reçoivent les e-mails.',
  'console.tenant.recipients.recipient': 'Destinataire',
  'console.tenant.recipients.receives': 'Reçoit',
  'console.tenant.recipients.added': 'Ajouté le',
  'console.tenant.recipients.actions': 'Actions',
  'console.tenant.recipients.removeLabel': 'Supprimer {email}',
  'console.tenant.recipients.remove': 'Supprimer',
  'console.tenant.recipients.addedNote': 'Destinataire ajouté',
  'console.tenant.recipients.addTitle': 'Ajouter un destinataire',
  'console.tenant.recipients.email': 'Adresse e-mail',
  'console.tenant.recipients.name': 'Nom (facultatif)',
  'console.tenant.recipients.receivesAbout': 'Reçoit des e-mails sur',
  'console.tenant.recipients.categoriesError': 'Catégories : {problem}',
  'console.tenant.recipients.add': 'Ajouter le destinataire',
  'console.tenant.recipients.privacyChanged': 'Lecteurs des publications sur la confidentialité modifiés',
  'console.tenant.recipients.privacyTitle': 'Qui lit les publications sur la confidentialité des données',
  'console.tenant.recipients.privacyIntro':
    'Les publications marquées « Confidentialité des données » ne sont visibles que par les administrateurs de l’organisation et ces personnes.',
  'console.tenant.recipients.privacyEmpty': 'Uniquement les administrateurs de l’organisation.',
  'console.tenant.recipients.privacyStop':
    'Retirer à {email} l’accès aux publications sur la confidentialité des données',
  'console.tenant.recipients.addPerson': 'Ajouter une personne',
  'console.tenant.recipients.choose': 'Choisir…',
  'console.tenant.recipients.privacyGrant': 'Autoriser la lecture des publications sur la confidentialité des données',
  'console.tenant.sso.title': 'Authentification unique et provisionnement',
  'console.tenant.sso.intro':
    'Comment les personnes de {tenant} se connectent à Herald et comment votre annuaire les tient à jour.',
  'console.tenant.sso.providerAdded': 'Fournisseur d’identité ajouté',
  'console.tenant.sso.providerRemoved': 'Fournisseur d’identité supprimé',
  'console.tenant.sso.providers': 'Fournisseurs d’identité',
  'console.tenant.sso.providersEmpty':
    'Aucun fournisseur d’identité : tout le monde se connecte avec un mot de passe Herald.',
  'console.tenant.sso.joinPolicyBadge':
    '{value, select, join {accès dès la première connexion} other {approbation requise}}',
  'console.tenant.sso.passwordAllowed': 'mot de passe également autorisé',
  'console.tenant.sso.client': 'ID client {clientId}',
  'console.tenant.sso.redirectUri': 'URI de redirection <code>{uri}</code>',
  'console.tenant.sso.backchannelLogout': 'Déconnexion par canal arrière <code>{uri}</code>',
  'console.tenant.sso.remove': 'Supprimer',
  'console.tenant.sso.addProviderTitle': 'Ajouter un fournisseur OpenID Connect',
  'console.tenant.sso.name': 'Nom',
  'console.tenant.sso.issuer': 'Émetteur',
  'console.tenant.sso.issuerHint': 'Herald lit son /.well-known/openid-configuration.',
  'console.tenant.sso.clientId': 'ID client',
  'console.tenant.sso.clientSecret': 'Secret client',
  'console.tenant.sso.clientSecretHint': 'Stocké chiffré ; il ne sera plus affiché.',
  'console.tenant.sso.domains': 'Domaines de messagerie',
  'console.tenant.sso.domainsHint': 'Séparés par des virgules, par exemple contoso.com, contoso.co.uk',
  'console.tenant.sso.newcomers': 'Nouveaux arrivants',
  'console.tenant.sso.joinOption': 'accèdent dès leur première connexion',
  'console.tenant.sso.approvalOption': 'attendent l’approbation d’un administrateur de l’organisation',
  'console.tenant.sso.passwordFallback': 'Autoriser aussi les mots de passe Herald',
  'console.tenant.sso.addProvider': 'Ajouter le fournisseur',
  'console.tenant.sso.ruleAdded': 'Règle de groupe ajoutée',
  'console.tenant.sso.ruleRemoved': 'Règle de groupe supprimée',
  'console.tenant.sso.groups': 'Groupes et rôles',
  'console.tenant.sso.groupsHint':
    'Un groupe cité dans la revendication groups du jeton d’ID ou envoyé par SCIM donne ce rôle à ses membres. Les changements s’appliquent à la prochaine connexion ou au prochain appel de provisionnement.',
  'console.tenant.sso.groupsEmpty':
    'Aucune règle : les personnes qui se connectent ne reçoivent aucun rôle d’administrateur.',
  'console.tenant.sso.systemAdminOf': 'administrateur système de {environment}',
  'console.tenant.sso.addRuleLabel': 'Ajouter une règle de groupe',
  'console.tenant.sso.group': 'Groupe',
  'console.tenant.sso.role': 'Rôle',
  'console.tenant.sso.systemAdminOption': 'Administrateur système d’un environnement',
  'console.tenant.sso.environment': 'Environnement',
  'console.tenant.sso.choose': 'Choisir…',
  'console.tenant.sso.addRule': 'Ajouter la règle',
  'console.tenant.sso.tokenIssued': 'Jeton SCIM émis',
  'console.tenant.sso.tokenRevoked': 'Jeton SCIM révoqué',
  'console.tenant.sso.scim': 'Provisionnement SCIM',
  'console.tenant.sso.scimHint':
    'Configurez votre annuaire (Entra ID, Okta…) pour qu’il appelle <code>{url}</code> avec l’un de ces jetons.',
  'console.tenant.sso.copyToken': 'Copiez le jeton maintenant, il ne sera plus affiché : <code>{token}</code>',
  'console.tenant.sso.scimEmpty': 'Aucun jeton SCIM.',
  'console.tenant.sso.revoked': 'révoqué',
  'console.tenant.sso.lastUsed': 'dernière utilisation : {time}',
  'console.tenant.sso.neverUsed': 'jamais utilisé',
  'console.tenant.sso.revoke': 'Révoquer',
  'console.tenant.sso.issueTokenLabel': 'Émettre un jeton SCIM',
  'console.tenant.sso.tokenName': 'Nom du jeton',
  'console.tenant.sso.issueToken': 'Émettre le jeton',
  'console.tenant.sso.approved': 'Approuvé',
  'console.tenant.sso.waiting': 'En attente d’approbation',
  'console.tenant.sso.waitingEmpty': 'Personne n’est en attente.',
  'console.tenant.sso.approve': 'Approuver',
  'console.tenant.dashboard.updated': 'Tableau de bord mis à jour',
  'console.tenant.dashboard.title': 'État des services',
  'console.tenant.dashboard.intro':
    '{tenant} : l’état des services que vous utilisez et ce qui est fait pour résoudre tout problème. Les heures sont indiquées dans le fuseau {zone}.',
  'console.tenant.dashboard.troubled':
    '{count, plural, one {# service présente un problème} other {# services présentent un problème}}',
  'console.tenant.dashboard.allHealthy': 'Tous les services sont opérationnels',
  'console.tenant.dashboard.show': 'Afficher dans le tableau de bord',
  'console.tenant.dashboard.hideService': 'Masquer {service} dans le tableau de bord',
  'console.tenant.dashboard.hide': 'Masquer',
  'console.tenant.dashboard.leaveHiddenOut': 'Ne pas afficher les services masqués',
  'console.tenant.dashboard.showHidden':
    '{count, plural, one {Afficher # service masqué} other {Afficher # services masqués}}',
  'console.tenant.dashboard.actOn': 'Problèmes nécessitant une action de votre organisation',
  'console.tenant.dashboard.actOnEmpty': 'Aucune action n’est requise de votre part.',
  'console.tenant.dashboard.active': 'Problèmes actifs',
  'console.tenant.dashboard.activeEmpty': 'Aucun problème actif : tout fonctionne normalement.',
  'console.tenant.dashboard.history': 'Historique des problèmes',
  'console.tenant.dashboard.historyPeriod': 'Période de l’historique',
  'console.tenant.dashboard.days': '{days, plural, one {# jour} other {# jours}}',
  'console.tenant.dashboard.historyEmpty':
    '{days, plural, one {Aucun problème n’a pris fin au cours du dernier jour.} other {Aucun problème n’a pris fin au cours des # derniers jours.}}',
  'console.tenant.dashboard.reports': 'Rapports post-incident',
  'console.tenant.dashboard.reportsEmpty': 'Aucun rapport post-incident.',
  'console.tenant.dashboard.published': 'publié le {date}',
  'console.tenant.issue.updates': 'Mises à jour',
  'console.tenant.issue.report': 'Rapport post-incident',
  'console.tenant.issue.summary': 'Synthèse',
  'console.tenant.issue.userExperience': 'Expérience utilisateur',
  'console.tenant.issue.start': 'Début',
  'console.tenant.issue.resolution': 'Résolution',
  'console.tenant.issue.rootCause': 'Cause première',
  'console.tenant.issue.nextSteps': 'Prochaines étapes',
  'console.tenant.issue.downloadPdf': 'Télécharger le PDF',
  'console.tenant.issue.openAsPage': 'Ouvrir comme une page',
  'console.tenant.environments.title': 'Environnements',
  'console.tenant.environments.intro':
    'Les environnements de {tenant} et la version de chacun. Les mises à jour arrivent dans la fenêtre de maintenance de chaque région ; quand l’une se termine à l’heure, rien n’est envoyé : la version change ici.',
  'console.tenant.environments.empty': 'Aucun environnement visible pour vous.',
  'console.tenant.environments.earlyAccessChanged': 'Accès anticipé modifié',
  'console.tenant.environments.featureSwitched': 'Fonctionnalité modifiée',
  'console.tenant.environments.type': '{value, select, production {Production} sandbox {Bac à sable} other {{value}}}',
  'console.tenant.environments.firstRelease': 'Première version',
  'console.tenant.environments.earlyAccess': 'Accès anticipé',
  'console.tenant.environments.version': 'Version',
  'console.tenant.environments.backgroundPending':
    'La partie base de données de la mise à jour s’exécute environ un jour après la partie service.',
  'console.tenant.environments.region': 'Région',
  'console.tenant.environments.window': 'Fenêtre',
  'console.tenant.environments.windowUtc': '{start}–{end} UTC',
  'console.tenant.environments.url': 'URL',
  'console.tenant.environments.updatesComing': 'Mises à jour à venir',
  'console.tenant.environments.nonePlanned': 'Aucune n’est prévue.',
  'console.tenant.environments.updateState':
    '{value, select, pending {En attente} started {Commencée} service_done {Partie service terminée} database_done {Terminée} failed {Échec} other {{value}}}',
  'console.tenant.environments.updateWindows': 'service {service} · base de données {database}',
  'console.tenant.environments.earlyAccessSwitch': 'Accès anticipé à la prochaine vague de déploiement',
  'console.tenant.environments.disruptiveTitle': 'Fonctionnalités qui changent la façon de travailler',
  'console.tenant.environments.disruptiveHint': 'Désactivées par défaut ; activez-en une après l’avoir testée.',
  'console.tenant.environments.notYetHere': 'pas encore dans cet environnement',

  // console: messages

  // console: maintenance

  // console: incidents

  // console: operator

  // console: directory

  // console: releases

  // console: posts
};

export default fr;
