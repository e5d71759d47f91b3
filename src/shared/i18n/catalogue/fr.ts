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
  'problem.title.validation': 'La requête n’est pas valide',
  'problem.title.notFound': 'Introuvable',
  'problem.title.conflict': 'Conflit avec l’état actuel',
  'problem.title.unauthenticated': 'Connexion requise',
  'problem.title.forbidden': 'Non autorisé',
  'problem.title.csrf': 'Jeton CSRF absent ou non valide',
  'problem.title.illegalTransition': 'Ce changement d’état n’est pas permis',
  'problem.title.rateLimited': 'Trop de requêtes',
  'problem.title.unsupportedMediaType': 'Type de contenu non pris en charge',
  'problem.title.payloadTooLarge': 'Corps de requête trop volumineux',
  'problem.title.unavailable': 'Temporairement indisponible',
  'problem.title.databaseUnavailable': 'La base de données est indisponible',
  'problem.title.privateName': 'Un texte public nomme un client ou une personne',
  'problem.title.lowContrast': 'Une couleur rendrait la page difficile à lire',
  'problem.title.needsConfirmation': 'Confirmez pour continuer',
  'problem.title.internal': 'Erreur interne',
  'problem.internal': 'Un problème est survenu de notre côté\u00a0; l’identifiant de la requête est {requestId}.',
  'problem.fieldIs': '{field}\u00a0: {message}',
  'problem.fieldSentence': '{label}\u00a0: {message}',
  'problem.fieldSentences': '{sentences}.',
  'problem.sentenceList': '{first}\u00a0; {rest}',
  'problem.theRequest': 'La requête',
  'problem.listItem': '{list}, élément {item}',
  'problem.fieldInListItem': '{field} ({list}, élément {item})',
  'problem.fieldName':
    '{name, select, url {URL} durationMinutes {Durée estimée} serviceId {Service} serviceIds {Services} tenantId {Locataire} tenantIds {Locataires} environmentId {Environnement} environmentIds {Environnements} startsAt {Début} endsAt {Fin} eventTypes {Événements} confirmNoEnvironments {Confirmation} title {Titre} name {Nom} email {Adresse e-mail} description {Description} status {Statut} severity {Gravité} password {Mot de passe} domain {Domaine} version {Version} regions {Régions} preferences {Préférences} windows {Créneaux} impact {Impact} channel {Canal} body {Texte} message {Message} type {Type} scope {Périmètre} other {{words}}}',
  'problem.required': 'est obligatoire',
  'problem.isEmpty': 'est vide',
  'problem.notJson': 'n’est pas du JSON valide',
  'problem.schema.unknownField': 'n’est pas un champ connu',
  'problem.schema.oneOf': 'doit être l’une des valeurs {choices}',
  'problem.schema.notAChoice': 'ne fait pas partie des choix',
  'problem.schema.const': 'doit valoir {value}',
  'problem.schema.minLength':
    '{limit, plural, one {doit compter au moins # caractère} other {doit compter au moins # caractères}}',
  'problem.schema.maxLength':
    '{limit, plural, one {doit compter au plus # caractère} other {doit compter au plus # caractères}}',
  'problem.schema.minItems':
    '{limit, plural, =0 {doit contenir au moins un élément} one {doit contenir au moins un élément} other {doit contenir au moins # éléments}}',
  'problem.schema.maxItems':
    '{limit, plural, one {doit contenir au plus # élément} other {doit contenir au plus # éléments}}',
  'problem.schema.minimum': 'doit valoir au moins {limit}',
  'problem.schema.maximum': 'doit valoir au plus {limit}',
  'problem.schema.exclusiveMinimum': 'doit être supérieur à {limit}',
  'problem.schema.exclusiveMaximum': 'doit être inférieur à {limit}',
  'problem.schema.type':
    'doit être {type, select, string {du texte} number {un nombre} integer {un nombre entier} boolean {true ou false} array {une liste} object {un objet} null {vide} other {d’un autre type}}',
  'problem.schema.typeEither':
    'doit être {first, select, string {du texte} number {un nombre} integer {un nombre entier} boolean {true ou false} array {une liste} object {un objet} null {vide} other {d’un autre type}} ou {second, select, string {du texte} number {un nombre} integer {un nombre entier} boolean {true ou false} array {une liste} object {un objet} null {vide} other {d’un autre type}}',
  'problem.schema.format':
    'doit être {format, select, dateTime {une date et une heure comme 2026-12-02T14:00:00Z} date {une date comme 2026-12-02} email {une adresse e-mail} uri {une adresse web comme https://example.com/} uuid {un identifiant} other {au format {name}}}',
  'problem.schema.pattern': 'n’a pas la forme attendue',
  'problem.schema.uniqueItems': 'contient deux fois le même élément',
  'problem.schema.anyOf': 'n’a aucune des formes acceptées',
  'problem.schema.invalid': 'n’est pas valide',
  'problem.passedOn': '{reason}',
  'problem.sendJson': 'Envoyez le corps en application/json (ou en text/csv là où la route l’indique).',
  'problem.bodyTooLarge': 'Le corps est plus volumineux que ce que cette route accepte.',
  'problem.bodyEmpty': 'Le corps est vide\u00a0; envoyez un objet JSON.',
  'problem.bodyNotJson': 'Le corps n’est pas du JSON valide\u00a0: {reason}',
  'problem.sendCsrf': 'Envoyez le jeton de GET /api/session dans l’en-tête x-csrf-token.',
  'problem.concurrentChange':
    'Une modification simultanée a créé la même chose en premier\u00a0; relisez-la avant de réessayer.',
  'problem.tooManyRequests': 'Trop de requêtes\u00a0; patientez une minute et réessayez.',
  'problem.tooManyAttempts': 'Trop de tentatives\u00a0; réessayez dans {after}.',
  'problem.signIn': 'Connectez-vous ou envoyez un jeton d’API sous la forme «\u00a0{header}\u00a0».',
  'problem.noRoute': 'Il n’y a pas de {method} {path} ici\u00a0; voir /docs pour l’API.',
  'problem.notFound.id': '{thing} «\u00a0{id}\u00a0»\u00a0: n’existe pas ou ne vous est pas visible',
  'problem.notFound': '{thing}\u00a0: introuvable',
  'problem.notFound.field': 'ne désigne aucun élément visible pour vous ({thing})',
  'problem.thing':
    '{thing, select, apiToken {Jeton d’API} attachment {Pièce jointe} calendar {Calendrier} claim {Demande} dataPrivacyReader {Lecteur des données personnelles} delivery {Envoi} environment {Environnement} environmentInRollout {Environnement de ce déploiement} event {Événement} featureReachingEnvironment {Fonctionnalité d’une version déployée sur cet environnement} groupRule {Règle de groupe} identityProvider {Fournisseur d’identité} incident {Incident} incidentTemplate {Modèle d’incident} issue {Problème} maintenance {Maintenance} member {Membre} message {Message} operator {Opérateur} page {Alerte} person {Personne} postIncidentReport {Rapport post-incident de l’incident} pushSubscription {Abonnement push} recipient {Destinataire} region {Région} release {Version} releaseTrain {Train de versions} roleAssignment {Attribution de rôle} rollout {Déploiement} scimToken {Jeton SCIM} service {Service} serviceHealth {État du service} session {Session} station {Station} subscriber {Abonné} subscription {Abonnement} team {Équipe} tenant {Locataire} ticket {Ticket} webhookEndpoint {Point de terminaison webhook} other {Élément}}',
  'problem.thing.indefinite':
    '{thing, select, apiToken {Jeton d’API} attachment {Pièce jointe} calendar {Calendrier} claim {Demande} dataPrivacyReader {Lecteur des données personnelles} delivery {Envoi} environment {Environnement} environmentInRollout {Environnement de ce déploiement} event {Événement} featureReachingEnvironment {Fonctionnalité d’une version déployée sur cet environnement} groupRule {Règle de groupe} identityProvider {Fournisseur d’identité} incident {Incident} incidentTemplate {Modèle d’incident} issue {Problème} maintenance {Maintenance} member {Membre} message {Message} operator {Opérateur} page {Alerte} person {Personne} postIncidentReport {Rapport post-incident de l’incident} pushSubscription {Abonnement push} recipient {Destinataire} region {Région} release {Version} releaseTrain {Train de versions} roleAssignment {Attribution de rôle} rollout {Déploiement} scimToken {Jeton SCIM} service {Service} serviceHealth {État du service} session {Session} station {Station} subscriber {Abonné} subscription {Abonnement} team {Équipe} tenant {Locataire} ticket {Ticket} webhookEndpoint {Point de terminaison webhook} other {Élément}}',
  'problem.database.cannotWrite':
    'La base de données ne peut pas enregistrer de modifications pour l’instant\u00a0: {why, select, full {son disque est plein} readOnly {elle est en lecture seule} io {son disque signale une erreur d’E/S} other {elle manque de ressources}} ({code}). Rien n’a été enregistré\u00a0; réessayez plus tard.',
  'problem.database.unreachable':
    'La base de données ne répond pas ({code}). Rien n’a été enregistré\u00a0; réessayez dans quelques secondes.',
  'problem.email.tooLong': 'dépasse 320 caractères',
  'problem.email.invalid': 'n’est pas une adresse e-mail (nom@example.com)',
  'problem.timeZone.invalid': 'n’est pas un fuseau horaire IANA (comme Europe/Paris ou UTC)',
  'problem.locale.invalid': 'n’est pas une langue BCP 47 (comme en-US)',
  'problem.region.unknown': 'n’est pas une région\u00a0; utilisez l’une de\u00a0: {choices}',
  'problem.url.httpOnly': 'doit être une URL http(s)',
  'problem.url.invalid': 'n’est pas une URL (https://…)',
  'problem.date.invalid': 'n’est pas une date (AAAA-MM-JJ)',
  'problem.domain.invalid': 'n’est pas un nom de domaine (contoso.com)',
  'problem.version.invalid': 'n’est pas une version (9.2.24104.155)',
  'problem.categories.unknown': 'contient des catégories inconnues {unknown}\u00a0; utilisez {choices}',
  'problem.tags.unknown': 'contient des étiquettes inconnues {unknown}\u00a0; utilisez {choices}',
  'problem.dateTime.invalid': 'n’est pas une date et heure ISO 8601 avec fuseau (2026-05-01T00:00:00Z)',
  'problem.actionRequired.past': 'est dans le passé\u00a0; une date d’action requise doit être dans le futur',
  'problem.actionRequired.tooSoon':
    'doit être au moins {days, plural, one {# jour} other {# jours}} après la publication pour un changement majeur ({earliest} ou plus tard)',
  'problem.utc.invalid': 'n’est pas une heure UTC ISO 8601 (2026-11-25T18:00:00Z)',
  'problem.windows.none': 'doit contenir au moins un créneau (une région avec son début et sa fin)',
  'problem.windows.twice': '{region} a deux créneaux\u00a0; donnez-en un seul à chaque région',
  'problem.windows.endsBeforeStart': 'se termine avant de commencer ({end} n’est pas après {start})',
  'problem.windows.tooLong': 'rend le créneau plus long que {days, plural, one {# jour} other {# jours}}',
  'problem.windows.startInPast':
    'est dans le passé\u00a0; les travaux {kind, select, planned {planifiés} security {de sécurité} other {{kind}}} sont annoncés à l’avance (une maintenance non planifiée peut avoir déjà commencé)',
  'problem.isInPast': 'est dans le passé',
  'problem.release.version':
    'n’est pas une version en quatre parties (majeure.mineure.build.révision, comme 9.2.25111.10)',
  'problem.release.databaseVersion': 'ne doit pas être inférieure à la version du service {version}',
  'problem.sla.monthNotOver':
    '{month} n’est pas encore terminé\u00a0; faites la demande une fois sa disponibilité définitive',
  'problem.sla.claimsClosed':
    'les demandes pour {month} ont été closes le {date} ({days, plural, one {# jour} other {# jours}} après le mois)',
  'problem.pir.advisory':
    'les avis n’ont pas de rapport post-incident\u00a0; les rapports concernent les incidents majeurs',
  'problem.pir.minor':
    'les rapports post-incident concernent les incidents majeurs\u00a0; celui-ci est mineur (corrigez d’abord sa gravité si c’est une erreur)',
  'problem.ticket.already':
    'Le ticket est déjà {status, select, open {ouvert} inProgress {en cours} waitingOnCustomer {en attente du client} resolved {résolu} other {fermé}}.',
  'problem.ticket.closed': 'Le ticket est fermé\u00a0; ouvrez-en un nouveau si le problème revient.',
  'problem.ticket.cannotMove':
    'Un ticket {from, select, open {ouvert} inProgress {en cours} waitingOnCustomer {en attente du client} resolved {résolu} other {fermé}} ne peut pas passer à «\u00a0{to, select, open {ouvert} inProgress {en cours} waitingOnCustomer {en attente du client} resolved {résolu} other {fermé}}\u00a0» par {side, select, operator {un opérateur} other {le client}}.',
  'problem.incident.pirStatus':
    'postIncidentReviewPublished est défini en publiant le rapport post-incident, pas par une publication',
  'problem.incident.closed':
    'l’incident est clos et son rapport post-incident est publié\u00a0; ouvrez plutôt un nouvel incident',
  'problem.incident.ended': 'l’incident est terminé ({status})\u00a0; ouvrez un nouvel incident si le problème revient',
  'problem.incident.realImpact':
    'un incident en {status} a eu un impact réel et ne peut pas devenir falsePositive\u00a0; publiez plutôt serviceRestored',
  'problem.notEmpty': 'ne doit pas être vide',
  'problem.password.short': 'doit compter au moins 12 caractères',
  'problem.isoDateTime': 'n’est pas une date et heure ISO 8601',
  'problem.isoDateTime.example': 'n’est pas une date et heure ISO 8601 (2026-11-25T14:30:00Z)',
  'problem.inFuture':
    'est dans le futur\u00a0; {what, select, start {le début} end {la fin} other {{what}}} indique quand cela s’est produit',
  'problem.symptoms.unknown': 'contient des symptômes inconnus {unknown}\u00a0; utilisez {choices}',
  'problem.rollout.startInPast': 'est dans le passé\u00a0; un déploiement se planifie à partir de maintenant',
  'problem.subscribe.chooseSomething': 'choisissez au moins une région ou un service, ou bien tout',
  'problem.regions.unknown': 'contient des régions inconnues\u00a0: {unknown}',
  'problem.services.unknown': 'contient des services inconnus\u00a0: {unknown}',
  'cli.description':
    'Herald\u00a0: état des services, maintenance, mises à jour et centre de messages pour un cloud multilocataire.\nLa configuration vient de l’environnement (PORT, HOST, DATABASE_URL, PUBLIC_URL, SMTP_URL, …\u00a0; voir le README).',
  'cli.help.title':
    '{title, select, usage {Utilisation\u00a0:} options {Options\u00a0:} commands {Commandes\u00a0:} arguments {Arguments\u00a0:} other {{title}}}',
  'cli.help.option': 'afficher l’aide de la commande',
  'cli.help.afterError': '(ajoutez --help pour plus d’informations)',
  'cli.serve.description':
    'Démarre le serveur web et, sauf si HERALD_WORKER=off, le processus d’envoi dans le même processus. Met d’abord la base de données à jour. Avec --demo (ou HERALD_DEMO=on), charge les données de démonstration dans une base vide.',
  'cli.serve.demoOption':
    'charge les locataires, personnes (avec un mot de passe publié) et événements de démonstration dans une base vide',
  'cli.worker.description':
    'N’exécute que le processus d’envoi et les tâches périodiques (autant que vous voulez, avec PostgreSQL).',
  'cli.migrate.description': 'Met le schéma de la base de données à jour, puis s’arrête.',
  'cli.migrate.applied': 'Migrations appliquées\u00a0: {migrations}.',
  'cli.migrate.upToDate': 'La base de données est à jour.',
  'cli.seed.description': 'Charge des données dans une base vide.',
  'cli.seed.demoOption': 'les locataires, personnes, incidents, maintenances et messages de démonstration',
  'cli.seed.sayWhat': 'Indiquez quoi charger\u00a0: --demo',
  'cli.seed.notEmpty':
    'La base de données contient déjà des personnes\u00a0; les données de démonstration ne se chargent que dans une base vide.',
  'cli.seed.loaded':
    'Données de démonstration chargées. Chaque personne de démonstration se connecte avec le mot de passe {password}.',
  'cli.operator.description': 'Les opérateurs du fournisseur\u00a0: le premier d’une installation se crée ici.',
  'cli.operator.add.description':
    'Fait d’une personne un opérateur (en la créant si elle est nouvelle) et affiche un lien à usage unique pour définir un mot de passe et se connecter.',
  'cli.operator.emailOption': 'son adresse e-mail, qui lui sert à se connecter',
  'cli.operator.nameOption': 'son nom (par défaut\u00a0: la partie de l’adresse avant @)',
  'cli.operator.list.description': 'Liste les opérateurs.',
  'cli.operator.remove.description':
    'Retire le rôle d’opérateur à une personne et met fin à ses sessions (jamais au dernier opérateur).',
  'cli.operator.whoseRole': 'de qui retirer le rôle',
  'cli.operator.link.description':
    'Affiche un nouveau lien de connexion à usage unique pour un opérateur (lien ou mot de passe perdu).',
  'cli.operator.whoseLink': 'pour qui',
  'cli.operator.added':
    '{email} est opérateur. Envoyez-lui ce lien pour définir un mot de passe et se connecter\u00a0; il ne sert qu’une fois, jusqu’au {expiresAt}\u00a0:',
  'cli.operator.newLink':
    'Un nouveau lien de connexion pour {email}\u00a0; il ne sert qu’une fois, jusqu’au {expiresAt}\u00a0:',
  'cli.operator.none':
    'Il n’y a pas encore d’opérateur\u00a0: `herald operator add --email vous@example.com` crée le premier.',
  'cli.operator.line':
    '{email}  {name}  depuis le {since}  {password, select, set {mot de passe défini} other {pas encore de mot de passe (lien de connexion en attente)}}',
  'cli.operator.removed': '{email} n’est plus opérateur\u00a0; ses sessions ont pris fin.',
  'cli.token.description': 'Jetons d’API personnels, envoyés sous la forme «\u00a0{header}\u00a0».',
  'cli.token.create.description':
    'Crée un jeton pour une personne et l’affiche (une seule fois\u00a0; seule son empreinte est conservée).',
  'cli.token.whose': 'à qui appartient le jeton',
  'cli.token.nameOption': 'à quoi il sert',
  'cli.token.daysOption': 'expire après ce nombre de jours (par défaut\u00a0: jamais)',
  'cli.token.list.description': 'Liste les jetons d’une personne (jamais les secrets).',
  'cli.token.whoseTokens': 'de qui',
  'cli.token.revoke.description': 'Révoque un jeton par son identifiant (voir `token list`).',
  'cli.token.idArgument': 'l’identifiant du jeton',
  'cli.token.badDays': '--days doit être un nombre entier de jours, pas «\u00a0{days}\u00a0»',
  'cli.token.none': '{email} n’a aucun jeton d’API.',
  'cli.token.line':
    '{id}  {name}  créé le {created}  dernière utilisation {used, select, never {jamais} other {{used}}}  {state, select, revoked {révoqué le {at}} expires {expire le {at}} other {n’expire pas}}',
  'cli.token.revoked': 'Le jeton {id} est révoqué.',
  'cli.import.description':
    'Importe en masse locataires, environnements et personnes depuis du JSON (un fichier) ou du CSV (tenants.csv, environments.csv, people.csv). Tout ou rien\u00a0; affiche la progression et un résumé.',
  'cli.import.filesArgument': 'un fichier .json, ou des fichiers .csv nommés d’après leur contenu',
  'cli.import.notJson': '{file} n’est pas du JSON valide\u00a0: {reason}',
  'cli.import.badName':
    '{file}\u00a0: donnez un fichier .json, ou des fichiers .csv dont le nom commence par leur contenu\u00a0: {names}',
  'cli.import.progress':
    '{step, select, checking {vérifié} other {écrit}} {what, select, tenants {locataires} environments {environnements} services {services des environnements} people {personnes} other {rôles}}\u00a0: {done, number} sur {total, number}',
  'cli.import.starting':
    'Import de {tenants, plural, one {# locataire} other {# locataires}}, {environments, plural, one {# environnement} other {# environnements}} et {people, plural, one {# personne} other {# personnes}} depuis {sources}…',
  'cli.import.done':
    '{tenants, plural, one {# locataire} other {# locataires}}, {environments, plural, one {# environnement} other {# environnements}}, {people, plural, one {# personne} other {# personnes}} et {roles, plural, one {# rôle} other {# rôles}} importés en {seconds, number, ::.0}\u00a0s.',
  'cli.import.failed':
    'rien n’a été importé\u00a0; corrigez {count, plural, one {le problème ci-dessus} other {les problèmes ci-dessus}} et relancez',
  'cli.rehearse.description':
    'Rejoue un scénario d’événements datés (JSON) sur une horloge simulée, avec une copie de l’annuaire (celui du scénario ou un instantané de l’annuaire réel), et écrit la chronologie\u00a0: qui serait informé de quoi, par quel canal, selon quelle règle. N’envoie rien.',
  'cli.rehearse.scenarioArgument': 'le fichier du scénario (.json)',
  'cli.rehearse.outOption':
    'où écrire timeline.json, timeline.txt et timeline.html (par défaut\u00a0: {default} à côté du fichier)',
  'cli.rehearse.written': 'Chronologie écrite dans {dir} (timeline.json, timeline.txt, timeline.html).',
  'cli.exportSite.description':
    'Écrit le site d’état de secours statique (HTML et JSON) dans un dossier, à servir par n’importe quel serveur web quand Herald est arrêté.',
  'cli.exportSite.dirArgument': 'le dossier à écrire',
  'cli.exportSite.written': 'Site d’état statique écrit dans {dir}.',
  'cli.worker.started':
    'herald worker\u00a0: envois depuis {database}\u00a0; courrier {smtp, select, yes {par SMTP} other {conservé dans la base de données (pas de SMTP_URL)}}.',
  'cli.worker.stopping': 'herald worker\u00a0: {signal}, fin des envois en cours',
  'cli.serve.running': 'Herald tourne à l’adresse {url}',
  'cli.serve.label':
    '{label, select, console {console} status {page d’état publique} docs {documentation de l’API} database {base de données} mail {courrier} other {{label}}}',
  'cli.serve.demoLoaded': '{database}  (données de démonstration chargées)',
  'cli.serve.mailKept': 'conservé dans Herald\u00a0: voir «\u00a0Courrier envoyé\u00a0» dans la console',
  'cli.serve.demoAccounts':
    'Connectez-vous avec n’importe quel compte de démonstration, mot de passe {password}\u00a0:',
  'cli.serve.demoRole':
    '{role, select, operator {opérateur} orgAdmin {administrateur d’organisation, {tenant}} systemAdmin {administrateur système, {tenant}} other {{tenant}}}',
  'cli.serve.noOperator':
    'Pas encore d’opérateur\u00a0: `herald operator add --email vous@example.com` affiche un lien pour définir un mot de passe.',
  'problem.dateTime.example': 'n’est pas une date et heure (2026-11-25T17:00:00Z)',
  'problem.range.afterFrom': 'doit être postérieur à query.from',
  'problem.range.tooLong': 'doit être au plus {days, plural, one {# jour} other {# jours}} après query.from',
  'problem.audit.orgAdminsOnly': 'Seuls les administrateurs d’organisation du locataire lisent son journal d’audit.',
  'problem.auth.useProvider':
    'Votre organisation vous connecte par son fournisseur d’identité\u00a0; commencez par votre adresse e-mail sur la page de connexion.',
  'problem.auth.noMatch': 'Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte.',
  'problem.auth.operatorsCreateLinks': 'Seuls les opérateurs créent des liens de connexion.',
  'problem.auth.whoseToken': 'indiquez à qui appartient ce jeton',
  'problem.members.orgAdminsDecide': 'Les administrateurs d’organisation décident de ce que voient les membres.',
  'problem.messages.operatorsWrite': 'Seuls les opérateurs rédigent les publications du centre de messages.',
  'problem.messages.tenantRequired':
    'est obligatoire\u00a0: vous lisez les publications de plusieurs organisations ({tenants})',
  'problem.replay.operatorsOnly': 'Seuls les opérateurs relancent des envois.',
  'problem.replay.notDead': 'Cet envoi est à l’état {status}\u00a0; seuls les envois morts sont relancés.',
  'problem.sentMail.operatorsOnly': 'Seuls les opérateurs lisent le courrier conservé par Herald.',
  'problem.sentMail.orgAdminsOnly':
    'Seuls les administrateurs de l’organisation lisent le courrier envoyé à ses membres.',
  'problem.unsubscribe.badLink':
    'n’est pas un lien de désinscription valide\u00a0; il a peut-être été tronqué ou modifié. Utilisez le lien de l’e-mail, ou modifiez vos préférences après connexion.',
  'problem.webhooks.orgAdminsOnly': 'Seuls les administrateurs d’organisation du locataire gèrent ses webhooks.',
  'problem.services.unknownList': 'contient des services inconnus {unknown}',
  'problem.incidents.operatorsOpen': 'Seuls les opérateurs ouvrent des incidents et des avis.',
  'problem.subscribers.operatorsOnly': 'Seuls les opérateurs voient les abonnés de la page d’état.',
  'problem.calendar.orgAdminsOnly':
    'Seuls les administrateurs d’organisation créent l’URL du calendrier de leur locataire.',
  'problem.calendar.signIn':
    'Envoyez un jeton d’API, ou utilisez l’URL du calendrier (avec son jeton) créée par un administrateur d’organisation.',
  'problem.maintenance.operatorsSchedule': 'Seuls les opérateurs planifient des maintenances.',
  'problem.auth.badToken': 'Le jeton d’API est inconnu, expiré ou révoqué.',
  'problem.widgets.noRegion': 'Il n’y a pas de région «\u00a0{region}\u00a0» sur la page d’état.',
  'problem.widgets.regionField': 'n’est pas une région affichée sur la page d’état (utilisez son code, par ex. EUR)',
  'problem.widgets.noService':
    'Il n’y a pas de service «\u00a0{service}\u00a0»{region, select, other { dans la région {region}} none {}} sur la page d’état.',
  'problem.widgets.serviceField':
    'n’est pas un service affiché sur la page d’état (utilisez son identifiant, comme dans components.json)',
  'problem.live.signIn': 'Connectez-vous pour suivre les changements en direct.',
  'problem.metrics.token': 'GET /metrics exige «\u00a0{header}\u00a0».',
  'problem.status.preparing': 'L’état est en préparation\u00a0; réessayez dans quelques secondes.',
  'problem.status.noComponent': 'Il n’y a pas de composant «\u00a0{id}\u00a0» sur la page d’état.',
  'problem.status.componentField': 'n’est pas un identifiant de composant ou de groupe de régions de components.json',
  'problem.finiteNumber': 'doit être un nombre fini',
  'problem.nulCharacter': 'ne doit pas contenir de caractère NUL',
  'problem.environments.operatorsCreate': 'Seuls les opérateurs créent des environnements.',
  'problem.environments.urlTaken': 'Un environnement a déjà l’URL {url}.',
  'problem.environments.earlyAccessOrgAdmins':
    'Seuls les administrateurs d’organisation du locataire activent l’accès anticipé.',
  'problem.environments.operatorsChange':
    'Seuls les opérateurs modifient un environnement\u00a0; les administrateurs d’organisation peuvent activer l’accès anticipé.',
  'problem.operators.operatorsOnly': 'Seuls les opérateurs gèrent les opérateurs.',
  'problem.operators.already':
    '{email} est déjà opérateur\u00a0; `herald operator link --email {email}` lui donne un nouveau lien de connexion.',
  'problem.operators.last': '{email} est le seul opérateur\u00a0; ajoutez-en un autre avant de le retirer.',
  'problem.people.emailTaken': 'Une personne avec l’adresse {email} existe déjà.',
  'problem.people.operatorsCreate':
    'Seuls les opérateurs créent des personnes\u00a0; les administrateurs d’organisation ajoutent des destinataires supplémentaires.',
  'problem.people.ownProfile': 'Chacun modifie son propre profil\u00a0; les opérateurs modifient celui de tous.',
  'problem.people.environmentRequired':
    'est obligatoire pour {role, select, member {un membre} other {un administrateur système}}',
  'problem.people.tenantRequired': 'est obligatoire pour {role}',
  'problem.people.roleTaken': 'Cette personne a déjà le rôle {role} à cet endroit.',
  'problem.people.orgAdminsAdd':
    'Les administrateurs d’organisation ajoutent des destinataires supplémentaires\u00a0; les autres rôles sont attribués par les opérateurs.',
  'problem.people.orgAdminsRemove':
    'Les administrateurs d’organisation retirent des destinataires supplémentaires\u00a0; les autres rôles sont retirés par les opérateurs.',
  'problem.people.categoryRequired': 'doit indiquer au moins une catégorie',
  'problem.people.alreadyRecipient':
    '{email} reçoit déjà le courrier de ce locataire\u00a0; retirez-la d’abord pour changer ses catégories.',
  'problem.people.orgAdminsRecipients':
    'Seuls les administrateurs d’organisation gèrent qui d’autre reçoit le courrier.',
  'problem.regions.operatorsOnly': 'Seuls les opérateurs modifient les régions.',
  'problem.regions.unknownStation': 'n’est pas une station\u00a0; utilisez l’une de\u00a0: {choices}',
  'problem.regions.operatorsStations': 'Seuls les opérateurs modifient les stations.',
  'problem.regions.pauseHours': 'doit être un nombre entier d’heures de 0 à 336',
  'problem.services.operatorsAdd': 'Seuls les opérateurs ajoutent des services.',
  'problem.services.slug': 'doit contenir des minuscules, des chiffres et des tirets (power-apps)',
  'problem.services.idTaken': 'Un service avec l’identifiant {id} existe déjà.',
  'problem.services.nameTaken': 'Un service s’appelle déjà {name}.',
  'problem.services.operatorsAddFeatures': 'Seuls les opérateurs ajoutent des fonctionnalités.',
  'problem.services.featureSlug': 'doit être «\u00a0{prefix}\u00a0» suivi de minuscules, de chiffres et de tirets',
  'problem.services.featureIdTaken': 'Une fonctionnalité avec l’identifiant {id} existe déjà.',
  'problem.tenants.language': 'n’est pas une langue que parle Herald ({choices})',
  'problem.tenants.operatorsCreate': 'Seuls les opérateurs créent des locataires.',
  'problem.tenants.domainTaken': 'Un locataire avec le domaine {domain} existe déjà.',
  'problem.tenants.operatorsChange': 'Seuls les opérateurs modifient un locataire.',
  'problem.identity.orgAdminsOnly':
    'Seuls les administrateurs d’organisation du locataire gèrent sa connexion et son provisionnement.',
  'problem.identity.domainRequired': 'doit indiquer au moins un domaine',
  'problem.identity.joinMode': 'doit valoir «\u00a0join\u00a0» ou «\u00a0approval\u00a0»',
  'problem.identity.domainElsewhere': '{domain} appartient à une autre organisation.',
  'problem.identity.groupRole': 'doit valoir «\u00a0org_admin\u00a0» ou «\u00a0system_admin\u00a0»',
  'problem.identity.onlySystemAdmin': 'ne sert que pour system_admin',
  'problem.identity.ruleTaken': 'Ce groupe donne déjà ce rôle.',
  'problem.identity.notPending': 'Cette personne n’attend pas d’approbation.',
  'problem.teams.operatorsOnly': 'Seuls les opérateurs gèrent les équipes produit et leurs alertes.',
  'problem.teams.routingKey': 'est obligatoire avec un webhook (la clé d’intégration PagerDuty)',
  'problem.teams.route':
    'ou un webhookUrl est nécessaire\u00a0: une équipe sans moyen d’astreinte ne peut pas être alertée',
  'problem.teams.nameTaken': 'Une équipe porte déjà ce nom.',
  'problem.teams.acknowledged': 'Cette alerte a été acquittée le {at}.',
  'problem.import.operatorsOnly': 'Seuls les opérateurs importent l’annuaire.',
  'problem.import.more':
    'et {count, plural, one {# autre problème non listé} other {# autres problèmes non listés}}\u00a0; rien n’a été importé',
  'problem.import.repeats': 'répète {first}',
  'problem.import.categoriesOnlyRecipient': 'ne servent que pour additional_recipient',
  'problem.import.notForOperator': 'ne sert pas pour un opérateur',
  'problem.import.tenantRequired': 'est obligatoire pour {role} (le domaine du locataire)',
  'problem.import.environmentOnly': 'ne sert que pour system_admin et member',
  'problem.import.environmentRequired': 'est obligatoire pour {role} (l’URL de l’environnement)',
  'problem.import.tenantExists': 'un locataire avec le domaine {domain} existe déjà',
  'problem.import.noTenant': 'aucun locataire n’a le domaine {domain}, ni dans cet import ni déjà',
  'problem.import.urlTaken': 'un environnement a déjà l’URL {url}',
  'problem.import.noEnvironment': 'aucun environnement n’a l’URL {url}, ni dans cet import ni déjà',
  'problem.import.otherTenant': 'appartient à un autre locataire que {domain}',
  'problem.import.personExists': 'une personne avec l’adresse {email} existe déjà',
  'problem.import.unknownField': 'n’est pas un champ connu\u00a0; utilisez {choices}',
  'problem.import.text': 'doit être du texte',
  'problem.import.boolean': 'doit valoir true ou false',
  'problem.import.textList': 'doit être une liste de textes',
  'problem.import.document': 'doit être un objet avec les listes tenants, environments et people',
  'problem.import.unknownList': 'n’est pas une liste connue\u00a0; utilisez {choices}',
  'problem.import.list': 'doit être une liste',
  'problem.import.object': 'doit être un objet',
  'problem.import.csv': 'n’est pas du CSV valide\u00a0: {reason}',
  'problem.import.noHeader': 'est vide\u00a0; la première ligne nomme les colonnes',
  'problem.import.unknownColumn': 'n’est pas une colonne connue\u00a0; utilisez {choices}',
  'problem.import.missingColumn': 'est une colonne obligatoire et manque',
  'problem.import.valueCount':
    'a {values, plural, one {# valeur} other {# valeurs}}\u00a0; l’en-tête en a {columns, number}',
  'problem.import.differs': 'diffère de {first} pour la même adresse e-mail',
  'problem.templates.operatorsOnly': 'Seuls les opérateurs gèrent les modèles d’incident.',
  'problem.templates.nameTaken': 'Il existe déjà un modèle nommé «\u00a0{name}\u00a0».',
  'problem.incidents.openingStatus':
    'un incident s’ouvre en {choices}\u00a0; publiez les statuts suivants comme mises à jour',
  'problem.incidents.noEnvironment':
    'ne touche aucun environnement\u00a0: aucun environnement de ces locataires n’exécute ces services',
  'problem.incidents.operatorsOnly':
    'Seuls les opérateurs {what, select, open {ouvrent des incidents et des avis} post {publient des mises à jour d’incident} change {modifient des incidents} other {corrigent la gravité}}.',
  'problem.incidents.cannotMove': '{id} ne peut pas passer de {from} à {to}\u00a0: {reason}.',
  'problem.incidents.endOnlyWhenEnded': 'ne se donne qu’avec serviceRestored ou falsePositive',
  'problem.incidents.beforeStart': 'est antérieur au début de l’incident ({start})',
  'problem.incidents.afterEnd': 'est postérieur à la fin de l’incident ({end})',
  'problem.reports.operatorsOnly': 'Seuls les opérateurs rédigent et publient les rapports post-incident.',
  'problem.reports.refused': '{id} ne peut pas avoir de rapport post-incident\u00a0: {reason}.',
  'problem.reports.falsePositive': '{id} était un faux positif\u00a0: il n’y a aucun impact à rapporter.',
  'problem.reports.ongoing':
    '{id} est toujours en cours\u00a0; son rapport post-incident suit le rétablissement du service.',
  'problem.beforeStart': 'est antérieur au début',
  'problem.reports.noDraft':
    '{id} n’a pas encore de rapport post-incident\u00a0; rédigez-le (PUT …/report) avant de publier.',
  'problem.reports.published': 'Le rapport post-incident de {id} a déjà été publié le {at}.',
  'problem.reports.listScope':
    'Les opérateurs listent tous les rapports\u00a0; les administrateurs, ceux de leur locataire sous {path}.',
  'problem.scope.service': 'indiquez au moins un service',
  'problem.scope.target': 'indiquez les régions, locataires ou environnements touchés par l’incident',
  'problem.tenants.unknown': 'contient des locataires inconnus\u00a0: {unknown}',
  'problem.environments.unknown': 'contient des environnements inconnus\u00a0: {unknown}',
  'problem.month.invalid': 'n’est pas un mois (AAAA-MM)',
  'problem.sla.orgAdminsClaim':
    'Seuls les administrateurs d’organisation du locataire demandent des crédits de service.',
  'problem.services.notKnown': 'n’est pas un service connu',
  'problem.sla.alreadyClaimed': '{service} pour {month} a déjà fait l’objet d’une demande (demande {id}, {status}).',
  'problem.sla.noIncident':
    'Aucun incident n’a touché {service} pour votre organisation en {month}\u00a0: la disponibilité était de 100\u00a0%, il n’y a donc rien à demander.',
  'problem.sla.aboveThreshold':
    '{service} a été disponible {percent}\u00a0% de {month}, pas moins de {threshold}\u00a0%\u00a0: aucun palier de crédit ne s’applique.',
  'problem.sla.operatorsDecide': 'Seuls les opérateurs statuent sur les demandes de crédit de service.',
  'problem.sla.decided': 'La demande {id} a déjà été traitée ({status}) le {at}.',
  'problem.sla.listScope':
    'Seuls les opérateurs voient les demandes de tous les locataires\u00a0; les administrateurs voient les leurs sous {path}.',
  'problem.tooLong200': 'dépasse 200 caractères',
  'problem.email.notAddress': 'n’est pas une adresse e-mail',
  'problem.phone.invalid': 'n’est pas un numéro de téléphone (chiffres, espaces, + ( ) - .)',
  'problem.tickets.environment': 'indiquez l’environnement concerné par le problème',
  'problem.tickets.twin':
    'Vous avez ouvert ce ticket il y a un instant ({id})\u00a0; complétez-le plutôt que de le rouvrir.',
  'problem.tickets.listScope':
    'Seuls les opérateurs voient les tickets de tous les locataires\u00a0; les administrateurs voient les leurs sous {path}.',
  'problem.tickets.movedMeanwhile':
    'Le ticket est passé entre-temps à l’état «\u00a0{status, select, open {ouvert} inProgress {en cours} waitingOnCustomer {en attente du client} resolved {résolu} other {fermé}}\u00a0»\u00a0; relisez-le avant de le modifier.',
  'problem.tickets.fileEmpty': '{name} est vide',
  'problem.tickets.fileTooLarge':
    '{name} fait {size, number, ::.0}\u00a0Mo\u00a0; les pièces jointes font au plus 5\u00a0Mo.',
  'problem.tickets.fileOver5': '{name} dépasse 5\u00a0Mo',
  'problem.tickets.fileKind':
    '{name} ne fait pas partie des fichiers acceptés par un ticket (PNG, JPEG, PDF, texte ou journal).',
  'problem.tickets.fileKindField': '{name} n’est pas un fichier PNG, JPEG, PDF, texte ou journal',
  'problem.tickets.operatorsLink': 'Seuls les opérateurs lient des tickets à des incidents.',
  'problem.incidents.notKnown': 'n’est pas un incident connu',
  'problem.tickets.incidentElsewhere':
    '{id} ne touche pas les environnements de ce locataire, ses administrateurs ne pourraient donc pas le voir\u00a0; ajoutez-les d’abord au périmètre de l’incident.',
  'problem.features.orgAdminsOnly':
    'Seuls les administrateurs d’organisation du locataire activent ou désactivent des fonctionnalités.',
  'problem.features.notDisruptive':
    '{feature} n’est pas un changement perturbateur\u00a0: elle est active partout où sa version est arrivée.',
  'problem.features.notYet':
    '{release} n’est pas encore arrivée sur {environment}\u00a0; testez la fonctionnalité ensuite.',
  'problem.maintenance.duration': 'doit être un nombre entier de minutes de 1 à {max}',
  'problem.maintenance.longerThanWindow':
    'dépasse le créneau le plus long ({minutes, plural, one {# minute} other {# minutes}})',
  'problem.environments.unknownList': 'contient des environnements inconnus {unknown}',
  'problem.maintenance.outsideWindows':
    'contient des environnements dans des régions sans créneau\u00a0: {environments}',
  'problem.maintenance.nobody':
    'Aucun environnement ne tourne dans ces régions avec ces services, personne ne serait donc informé. Vérifiez les régions et les services, ou confirmez pour planifier quand même.',
  'problem.maintenance.operatorsChange': 'Seuls les opérateurs modifient une maintenance.',
  'problem.maintenance.frozen': 'Une maintenance à l’état {state} ne peut plus changer.',
  'problem.maintenance.keepRegion': 'doit garder {region}\u00a0: son créneau a commencé',
  'problem.maintenance.started': '{region} a commencé à {at}\u00a0; seule sa fin peut bouger',
  'problem.maintenance.operatorsCancel': 'Seuls les opérateurs annulent une maintenance.',
  'problem.maintenance.cannotCancel':
    'Une maintenance à l’état {state} ne peut pas être annulée\u00a0; indiquez plutôt comment elle s’est terminée.',
  'problem.maintenance.listScope':
    'Seuls les opérateurs listent toutes les maintenances\u00a0; les locataires lisent {path}.',
  'problem.maintenance.operatorsReport': 'Seuls les opérateurs rendent compte du déroulement d’une maintenance.',
  'problem.reportPast': 'est dans le futur\u00a0; indiquez ce qui s’est passé',
  'problem.maintenance.cancelled': 'Cette maintenance a été annulée.',
  'problem.maintenance.regionsWithoutWindow':
    'contient des régions sans créneau dans cette maintenance\u00a0: {regions}',
  'problem.maintenance.allEnded': 'Tous les créneaux de cette maintenance sont déjà terminés.',
  'problem.maintenance.windowMove': '{region} est à l’état {state}\u00a0; elle ne peut pas passer à {to}.',
  'problem.rollouts.stationHeld':
    'La station {station} de {region} est à l’état {state}\u00a0; reprenez d’abord le déploiement.',
  'problem.rollouts.held': 'Le déploiement est à l’état {state}\u00a0; reprenez-le d’abord.',
  'problem.rollouts.windowOpens':
    'Le créneau {part, select, database {de base de données} other {de service}} de {region} pour cet environnement s’ouvre à {at}.',
  'problem.rollouts.operatorsReport':
    'Seuls les opérateurs et leur automatisation rendent compte de l’avancement des déploiements.',
  'problem.trains.operatorsSetUp': 'Seuls les opérateurs configurent les trains de versions.',
  'problem.regions.unknownList': 'contient des régions inconnues {unknown}',
  'problem.regions.atLeastOne': 'doit indiquer au moins une région (ou être omis pour toutes)',
  'problem.trains.exists': 'La gamme de produits {line} a déjà un train de versions.',
  'problem.trains.operatorsFollow': 'Seuls les opérateurs suivent les trains de versions.',
  'problem.trains.operatorsWeeks':
    'Seuls les opérateurs suspendent, sautent ou déplacent les semaines d’un train de versions.',
  'problem.trains.monday': 'doit être le lundi de la semaine, AAAA-MM-JJ',
  'problem.trains.moveTo':
    'est obligatoire pour déplacer une semaine\u00a0: une heure UTC ISO 8601 (2027-04-06T18:00:00Z)',
  'problem.trains.moveLater': 'est dans le passé\u00a0; une semaine se déplace vers plus tard',
  'problem.trains.begun': 'La semaine du {week} a déjà commencé.',
  'problem.listedTwice': 'figure deux fois',
  'problem.releases.operatorsOnly': 'Seuls les opérateurs publient des versions.',
  'problem.releases.unknownServices': 'nomment des services inconnus {unknown}',
  'problem.releases.exists': 'Une version {version} existe déjà.',
  'problem.rollouts.pauseHours': 'doit être un nombre entier d’heures de 0 à {max}',
  'problem.regions.unknownUse': 'contient des régions inconnues {unknown}\u00a0; utilisez {choices}',
  'problem.regions.twice': 'cite une région deux fois',
  'problem.rollouts.operatorsOnly': 'Seuls les opérateurs déploient des versions.',
  'problem.rollouts.exists':
    'La version {version} a déjà un déploiement\u00a0; suspendez, reprenez ou arrêtez celui-là.',
  'problem.rollouts.wave':
    'n’est ni en avril ni en octobre\u00a0; les grandes vagues de versions se déploient à partir d’avril (vague 1) et d’octobre (vague 2)',
  'problem.rollouts.operatorsFollowTenants':
    'Seuls les opérateurs suivent les déploiements\u00a0; les locataires les voient dans le centre de messages et sur chaque environnement.',
  'problem.rollouts.operatorsFollow': 'Seuls les opérateurs suivent les déploiements.',
  'problem.rollouts.operatorsControl': 'Seuls les opérateurs suspendent, reprennent ou arrêtent les déploiements.',
  'problem.rollouts.cannot':
    'Un déploiement à l’état {state} ne peut pas être {action, select, hold {suspendu} resume {repris} other {arrêté}}.',
  'problem.messages.unknownIds':
    'contient des {what, select, services {services inconnus} tenants {locataires inconnus} other {environnements inconnus}} {ids}',
  'problem.auth.linkRefused':
    '{state, select, used {a déjà servi} expired {a expiré} other {n’est pas un lien de connexion valide}}\u00a0; demandez-en un nouveau à un opérateur (herald operator add, ou une réinitialisation du mot de passe).',
  'problem.messages.fileName': 'doit être un nom de fichier de 1 à 200 caractères sans barre oblique',
  'problem.messages.mediaType': 'n’est pas un type de média (application/pdf)',
  'problem.messages.base64': 'n’est pas en base64',
  'problem.messages.fileTooLarge': 'dépasse {kib}\u00a0Kio',
  'problem.tooLong300': 'dépasse 300 caractères',
  'problem.tooLong100k': 'dépasse 100\u00a0000 caractères',
  'problem.messages.endAfterStart': 'doit être postérieur à startDateTime',
  'problem.messages.audienceEmpty':
    'ne désigne personne\u00a0; renseignez allTenants, tenantIds, environmentIds, regionCodes ou serviceIds',
  'problem.messages.tooManyFiles': 'contient plus de {max, plural, one {# fichier} other {# fichiers}}',
  'problem.messages.operatorsManage':
    'Seuls les opérateurs rédigent les publications du centre de messages\u00a0; les lecteurs utilisent {path}.',
  'problem.messages.publishedDelete':
    'Une publication publiée ne peut pas être supprimée\u00a0; donnez-lui une date de fin et elle expirera.',
  'problem.messages.maxAttachments':
    'Une publication a au plus {max, plural, one {# pièce jointe} other {# pièces jointes}}\u00a0; retirez-en une d’abord.',
  'problem.privacy.orgAdminsOnly':
    'Seuls les administrateurs d’organisation choisissent qui lit les publications sur la confidentialité des données.',
  'problem.privacy.notMember': 'n’est pas une personne de cette organisation',
  'problem.releaseStatus.operatorsOnly': 'Seuls les opérateurs définissent l’état de publication.',
  'problem.releaseStatus.draft':
    'la publication est un brouillon\u00a0: publiez-la d’abord, son public est choisi à ce moment-là',
  'problem.releaseStatus.outside': 'ne font pas partie du public de la publication\u00a0: {ids}',
  'problem.schedule.published': 'Cette publication est déjà publiée\u00a0; seul un brouillon peut être programmé.',
  'problem.schedule.past': 'est dans le passé\u00a0; donnez une heure future (UTC) ou publiez maintenant',
  'problem.share.nobody': 'ne désigne personne',
  'problem.share.tooMany': 'contient plus de {max, plural, one {# adresse} other {# adresses}}',
  'problem.share.noteTooLong': 'dépasse {max, plural, one {# caractère} other {# caractères}}',
  'problem.share.notMember': '{email} n’est pas une personne de votre organisation',
  'problem.share.notPrivacyReader':
    '{email} ne peut pas lire les publications sur la confidentialité des données\u00a0; un administrateur d’organisation peut l’autoriser',
  'problem.publicText.names':
    'nomme {names} de l’annuaire\u00a0; un texte affiché sur la page d’état publique ne doit nommer ni locataire, ni environnement, ni personne',
  'problem.rehearsal.operatorsOnly': 'Seuls les opérateurs répètent des scénarios.',
  'problem.rehearsal.running': 'Une répétition est déjà en cours\u00a0; réessayez quand elle sera terminée.',
  'problem.subscribe.emailRequired': 'saisissez l’adresse e-mail qui recevra les mises à jour (ou une URL de webhook)',
  'problem.subscribe.notBoth': 'donnez une adresse e-mail ou une URL de webhook, pas les deux',
  'problem.subscribe.slackUrl': 'est nécessaire pour Slack\u00a0: l’URL du webhook entrant, pas une adresse e-mail',
  'problem.subscribe.teamsUrl': 'est nécessaire pour Teams\u00a0: l’URL du workflow, pas une adresse e-mail',
  'problem.subscribe.badLink':
    'n’est pas un lien envoyé par Herald\u00a0; il a peut-être été tronqué ou modifié. Utilisez le lien de l’e-mail.',
  'problem.subscribe.alreadyConfirmed':
    'Ce lien de confirmation a déjà servi\u00a0: l’abonnement est confirmé. Rien n’a été modifié.',
  'problem.trains.prefix': 'doit être majeure.mineure, comme 9.2',
  'problem.trains.link': 'doit être un lien https (il peut contenir {version} et {week})',
  'problem.trains.weekday': 'doit aller de 0 (dimanche) à 6 (samedi)',
  'problem.trains.hour': 'doit être une heure entière de 0 à 23 (UTC)',
  'problem.trains.leadDays': 'doit être un nombre entier de jours de 1 à 28',
  'problem.branding.operatorsOnly': 'Seuls les opérateurs gèrent l’identité visuelle de la page d’état.',
  'problem.branding.notColour': '«\u00a0{value}\u00a0» n’est pas une couleur\u00a0; donnez-la sous la forme #rrggbb',
  'problem.branding.contrast':
    '{value} a un rapport de contraste de {ratio}:1 comme {use, select, primaryColor {fond d’un texte blanc} other {texte sur le fond de la page}}\u00a0; il faut au moins {min}:1 pour être lisible',
  'problem.branding.scheme': 'doit être une adresse {schemes, select, https {https} other {https ou mailto}}',
  'problem.subscribe.format': 'vaut standard (Standard Webhooks), slack (Slack) ou teams (Microsoft Teams)',
  'problem.import.kindRequired': 'est obligatoire avec un corps CSV\u00a0: l’un de {choices}',
  'problem.target.httpsOnly': 'doit être une URL https',
  'problem.target.credentials': 'ne doit contenir ni nom d’utilisateur ni mot de passe',
  'problem.target.unresolved': 'a un nom d’hôte ({host}) qui ne se résout pas',
  'problem.target.special':
    'pointe vers {address}, une adresse privée, de bouclage, locale au lien ou spéciale à laquelle Herald n’envoie rien',
  'problem.rehearsal.tooLong':
    'end\u00a0: une répétition depuis la console couvre au plus {days, plural, one {# jour} other {# jours}}\u00a0; lancez-en une plus longue avec herald rehearse',

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.documentTitle': '{title} · Herald',
  'console.shell.error.unexpected': 'Une erreur s’est produite dans la console ; rechargez la page et réessayez.',
  'console.shell.fieldProblem': '{label} : {message}',
  'console.shell.problem.notSaved': 'Rien n’a été enregistré.',
  'console.shell.problem.notAllowed': 'Action non autorisée.',
  'console.shell.problem.notFound': 'Introuvable.',
  'console.shell.problem.notChanged': 'Rien n’a été modifié.',
  'console.shell.problem.notSavedYet': 'Rien n’a encore été enregistré.',
  'console.shell.problem.failed': 'L’opération a échoué.',
  'console.shell.loading': 'Chargement…',
  'console.shell.waitingFor': '{what}…',
  'console.shell.pages': 'Pagination',
  'console.shell.newer': 'Plus récents',
  'console.shell.older': 'Plus anciens',
  'console.shell.pageRange': '{first, number}–{last, number} sur {total, number}',
  'console.shell.skipToContent': 'Aller au contenu',
  'console.shell.menu': 'Menu de navigation',
  'console.shell.home': 'Herald, accueil',
  'console.shell.roleChip':
    '{role, select, operator {Opérateur} tenantAdmin {Administrateur du locataire} systemAdmin {Administrateur système} other {Membre}}',
  'console.shell.liveOn': 'Les mises à jour en direct sont actives',
  'console.shell.liveReconnecting': 'Reconnexion des mises à jour en direct',
  'console.shell.live': 'En direct',
  'console.shell.offline': 'Hors ligne',
  'console.shell.account': 'Votre compte et vos paramètres',
  'console.shell.timesIn': 'Heures affichées en {zone}',
  'console.shell.theme': 'Thème de couleur',
  'console.shell.themeSystem': 'Comme l’appareil',
  'console.shell.themeLight': 'Clair',
  'console.shell.themeDark': 'Sombre',
  'console.shell.profileLink': 'Profil, langue et fuseau horaire',
  'console.shell.preferencesLink': 'Préférences de notification',
  'console.shell.signOut': 'Se déconnecter',
  'console.shell.mainNav': 'Navigation principale',
  'console.shell.organization': 'Organisation',
  'console.shell.nav':
    '{screen, select, overview {Vue d’ensemble} incidents {Incidents} incidentTemplates {Modèles d’incident} reports {Rapports post-incident} maintenance {Maintenance} releases {Versions et déploiements} messageCenter {Centre de messages} rehearsal {Répétition} tickets {Tickets d’assistance} slaClaims {Réclamations SLA} teamPages {Alertes d’équipe} subscribers {Abonnés à la page d’état} branding {Personnalisation de la page d’état} tenants {Locataires} environments {Environnements} people {Personnes} regions {Régions et stations} deliveryLog {Journal des envois} sentMail {E-mails envoyés} auditLog {Journal d’audit} serviceHealth {Intégrité du service} slaCredits {SLA et avoirs} recipients {Destinataires des e-mails} singleSignOn {Authentification unique} webhooks {Webhooks} findAdmin {Trouver votre administrateur} yourEnvironments {Vos environnements} whoIsMyAdmin {Qui est mon administrateur ?} other {{screen}}}',
  'console.shell.navGroup':
    '{group, select, serviceHealth {Intégrité du service} changes {Changements} directory {Annuaire} records {Historique} organization {Votre organisation} other {{group}}}',
  'console.shell.notFound': 'Page introuvable',
  'console.shell.notFoundHelp':
    'Cette page n’existe pas dans la console, ou elle ne fait pas partie des vôtres. Choisissez une page dans le menu.',
  'console.shell.bellLabel':
    '{count, plural, =0 {Notifications} one {Notifications, # non lue} other {Notifications, # non lues}}',
  'console.shell.bellOverflow': '{count, number}+',
  'console.shell.notifications': 'Vos notifications',
  'console.shell.markAllRead': 'Tout marquer comme lu',
  'console.shell.unreadMark': '(non lue)',
  'console.shell.noNotifications': 'Rien pour l’instant.',
  'console.shell.incident.public': 'publié',
  'console.shell.incident.endedUpdated': 'terminé {ended} · mis à jour {updated}',
  'console.shell.incident.startedUpdated': 'commencé {started} · mis à jour {updated}',
  'console.shell.incident.fact':
    '{fact, select, issueId {ID du problème} services {Services} regions {Régions} origin {Origine} started {Début} ended {Fin} impact {Impact} userExperience {Expérience utilisateur} workaround {Solution de contournement} symptoms {Symptômes} other {{fact}}}',
  'console.shell.incident.servicesFeature': '{services} · {feature}',
  'console.shell.incident.stillGoingOn': 'toujours en cours',
  'console.shell.incident.timeline': 'Chronologie des mises à jour, les plus récentes en premier',
  'console.shell.incident.opened': 'Ouverture',
  'console.shell.incident.postedSilently': 'Publié sans notification',
  'console.shell.reason':
    '{value, select, org_admin {administrateur de l’organisation} system_admin {administrateur système} additional_recipient {destinataire supplémentaire} operator {opérateur} member {membre} listed {lecteur autorisé} told_before {déjà informé} owning_team {équipe responsable} subscribed {abonné} webhook_dead {webhook en échec} other {{value}}}',
  'console.shell.audience.title': 'Qui sera informé',
  'console.shell.audience.environments': '{count, plural, one {# environnement} other {# environnements}}',
  'console.shell.audience.tenants': '{count, plural, one {# locataire} other {# locataires}}',
  'console.shell.audience.orgAdmins':
    '{count, plural, one {# administrateur de l’organisation} other {# administrateurs de l’organisation}}',
  'console.shell.audience.systemAdmins':
    '{count, plural, one {# administrateur système} other {# administrateurs système}}',
  'console.shell.audience.people': '{count, plural, one {# personne} other {# personnes}}',
  'console.shell.audience.andMore': '{names} et {count, plural, one {# autre} other {# autres}}',
  'console.shell.audience.morePeople': '{count, plural, one {et # autre personne} other {et # autres personnes}}',
  'console.shell.uptime.summary': '{label} : {count, plural, one {# période mesurée} other {# périodes mesurées}}',
  'console.shell.uptime.summaryLowest':
    '{label} : {count, plural, one {# période mesurée} other {# périodes mesurées}}, minimum {lowest}',
  'console.shell.uptime.periodUp': '{period} : disponible à {percent}',
  'console.shell.uptime.periodNotMeasured': '{period} : non mesuré',
  'console.shell.uptime.below': 'sous {value}',
  'console.shell.uptime.notMeasured': 'non mesuré',
  'console.shell.week.windowTitle': 'Fenêtre de service {region} : {start} – {end} ({zone})',
  'console.shell.week.workTitle': '{title} ({region}) : {start} – {end}',
  'console.shell.week.caption': 'Semaine du {date}, heure {zone}.',
  'console.shell.week.serviceWindow': 'fenêtre de service',
  'console.shell.week.yourRegions': 'vos régions',
  'console.shell.week.plannedWork': 'travaux planifiés',
  'console.shell.markdown.hint': 'Markdown : **gras**, _italique_, - listes, [liens](https://…)',
  'console.shell.markdown.previewOf': 'Aperçu de {label}',
  'console.shell.markdown.empty': 'L’aperçu s’affiche ici.',
  'console.shell.markdown.preview': 'Aperçu',
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
  'console.account.actions': 'Actions disponibles',
  'console.account.signIn.title': 'Connexion',
  'console.account.signIn.expired': 'Votre session a expiré ; reconnectez-vous pour continuer.',
  'console.account.signIn.email': 'Adresse e-mail',
  'console.account.signIn.continueWith': 'Continuer avec {provider}',
  'console.account.signIn.password': 'Mot de passe',
  'console.account.signIn.lookingUp': 'Recherche…',
  'console.account.signIn.continue': 'Continuer',
  'console.account.signIn.signingIn': 'Connexion…',
  'console.account.signIn.withPassword': 'Se connecter avec un mot de passe',
  'console.account.signIn.help':
    'Vous n’êtes pas administrateur ? <find>Trouvez le vôtre</find>. Vous cherchez l’état du service ? Consultez la <status>page d’état publique</status>.',
  'console.account.setPassword.title': 'Choisissez votre mot de passe',
  'console.account.setPassword.noToken':
    'Cette page a besoin du lien complet qui vous a été envoyé ; rouvrez-le depuis le message.',
  'console.account.setPassword.password': 'Nouveau mot de passe',
  'console.account.setPassword.hint': 'Au moins 12 caractères. Ce lien ne fonctionne qu’une fois.',
  'console.account.setPassword.submit': 'Définir le mot de passe et se connecter',
  'console.account.findAdmin.title': 'Trouver votre administrateur',
  'console.account.findAdmin.intro':
    'À qui vous adresser pour chacun de vos environnements : d’abord ses administrateurs système, puis les administrateurs de votre organisation.',
  'console.account.findAdmin.none': 'Vous n’avez aucun environnement : il n’y a donc aucun administrateur à afficher.',
  'console.account.findAdmin.systemAdmins': 'Administrateurs système',
  'console.account.findAdmin.orgAdmins': 'Administrateurs de l’organisation',
  'console.account.findAdmin.nobody': 'Aucun',
  'console.account.findAdmin.byEmailIntro':
    'Saisissez votre adresse e-mail professionnelle : nous vous envoyons la liste des administrateurs de vos environnements.',
  'console.account.findAdmin.workEmail': 'Adresse e-mail professionnelle',
  'console.account.findAdmin.send': 'M’envoyer la liste',
  'console.account.findAdmin.signInHelp': '<signin>Connectez-vous</signin> si vous êtes administrateur.',
  'console.account.profile.title': 'Profil',
  'console.account.profile.you': 'Vous',
  'console.account.profile.name': 'Nom',
  'console.account.profile.language': 'Langue',
  'console.account.profile.regionalFormat': 'Format régional',
  'console.account.profile.formatExample': 'Les dates et les nombres s’affichent ainsi : {date}, {number}.',
  'console.account.profile.timeZone': 'Fuseau horaire',
  'console.account.profile.timeZoneHint':
    'Toutes les heures dans Herald y sont affichées ; il y est actuellement {time}.',
  'console.account.profile.save': 'Enregistrer',
  'console.account.profile.saved': 'Profil enregistré',
  'console.account.profile.roles': 'Vos rôles',
  'console.account.sessions.title': 'Où vous êtes connecté',
  'console.account.sessions.intro':
    '{hours, plural, one {Les sessions durent # heure.} other {Les sessions durent # heures.}} Fermez celles que vous ne reconnaissez pas ; changer votre mot de passe ferme toutes les autres.',
  'console.account.sessions.browser': 'Navigateur',
  'console.account.sessions.address': 'Adresse IP',
  'console.account.sessions.signedIn': 'Connexion',
  'console.account.sessions.lastSeen': 'Dernière activité',
  'console.account.sessions.unknown': 'inconnu',
  'console.account.sessions.thisBrowser': 'ce navigateur',
  'console.account.sessions.endFrom': 'Fermer la session de {browser}',
  'console.account.sessions.endUnknown': 'Fermer la session d’un navigateur inconnu',
  'console.account.sessions.end': 'Fermer',
  'console.account.sessions.endOthers': 'Fermer toutes les autres sessions',
  'console.account.sessions.ended': 'Session fermée',
  'console.account.sessions.othersEnded': 'Autres sessions fermées',
  'console.account.tokens.title': 'Jetons d’API',
  'console.account.tokens.intro':
    'Pour les scripts et les intégrations : envoyez-le sous la forme <code>{header}</code>. Il agit en votre nom, avec vos droits. Consultez la <docs>documentation de l’API</docs>.',
  'console.account.tokens.name': 'Nom du jeton',
  'console.account.tokens.namePlaceholder': 'p. ex. script de supervision',
  'console.account.tokens.create': 'Créer un jeton ({days, plural, one {# jour} other {# jours}})',
  'console.account.tokens.copyNow': 'Copiez-le maintenant ; il ne sera plus affiché : <code>{secret}</code>',
  'console.account.tokens.none': 'Aucun jeton.',
  'console.account.tokens.lastUsed': 'Dernière utilisation',
  'console.account.tokens.expires': 'Expiration',
  'console.account.tokens.never': 'jamais',
  'console.account.tokens.revoke': 'Révoquer',
  'console.account.tokens.revokeNamed': 'Révoquer {name}',
  'console.account.tokens.revoked': 'Jeton révoqué',
  'console.account.preferences.title': 'Préférences de notification',
  'console.account.preferences.accountCategory': 'Votre compte et vos demandes',
  'console.account.preferences.caption': 'Canaux par catégorie',
  'console.account.preferences.category': 'Catégorie',
  'console.account.preferences.channel':
    '{channel, select, email {E-mail} push {Push} in_app {Dans la console} other {{channel}}}',
  'console.account.preferences.cell':
    '{category} par {channel, select, email {e-mail} push {notification push} in_app {dans la console} other {{channel}}}',
  'console.account.preferences.yourChoice': 'votre choix',
  'console.account.preferences.defaultMajorOnly': 'par défaut : changements majeurs uniquement',
  'console.account.preferences.default': 'par défaut',
  'console.account.preferences.save': 'Enregistrer les préférences',
  'console.account.preferences.saved': 'Préférences enregistrées',
  'console.account.preferences.backToDefaults': 'Revenir aux valeurs par défaut',
  'console.account.push.title': 'Notifications push sur vos appareils',
  'console.account.push.intro':
    'Installez Herald sur votre téléphone (Ajouter à l’écran d’accueil) et activez-y les notifications push pour être informé où que vous soyez.',
  'console.account.push.subscribe': 'Recevoir les notifications push sur cet appareil',
  'console.account.push.unsupported':
    'Ce navigateur ne peut pas recevoir de notifications push ici (il faut une connexion sécurisée et un navigateur compatible).',
  'console.account.push.none': 'Aucun appareil ne reçoit encore de notifications push.',
  'console.account.push.since': 'depuis le {since}',
  'console.account.push.sinceDelivered': 'depuis le {since} · dernière réception {delivered}',
  'console.account.push.stop': 'Arrêter',
  'console.account.push.subscribed': 'Cet appareil reçoit désormais les notifications push',
  'console.account.push.stopped': 'Notifications push arrêtées pour cet appareil',
  'console.account.push.blocked': 'Les notifications sont bloquées pour ce site dans les paramètres du navigateur.',

  // console: logs
  'console.logs.audit.title': 'Journal d’audit',
  'console.logs.audit.introOperator': 'Chaque modification apportée dans Herald, par qui, avec l’état avant et après.',
  'console.logs.audit.introTenant': 'Modifications apportées à {tenant}, par qui, avec l’état avant et après.',
  'console.logs.audit.action': 'Action effectuée',
  'console.logs.audit.entityType': 'Type d’élément',
  'console.logs.audit.example': 'p. ex. {example}',
  'console.logs.audit.from': 'Du',
  'console.logs.audit.to': 'Au',
  'console.logs.audit.none': 'Aucune entrée ne correspond.',
  'console.logs.audit.when': 'Date',
  'console.logs.audit.who': 'Qui',
  'console.logs.audit.what': 'Quoi',
  'console.logs.audit.change': 'Modification',
  'console.logs.audit.entityNamed': '{type} « {name} »',
  'console.logs.audit.entityId': '{type} {id}',
  'console.logs.audit.beforeAfter': 'Avant et après',
  'console.logs.deliveryCount':
    '{status, select, sent {{count, plural, one {# envoyé} other {# envoyés}}} pending {{count, plural, one {# en attente} other {# en attente}}} failed {{count, plural, one {# en échec} other {# en échec}}} dead {{count, plural, one {# abandonné} other {# abandonnés}}} suppressed {{count, plural, one {# supprimé} other {# supprimés}}} other {{count, number} {status}}}',
  'console.logs.delivery.title': 'Journal des envois',
  'console.logs.delivery.intro': 'Ce qui s’est passé, qui a été informé et pourquoi, et si le message est arrivé.',
  'console.logs.delivery.event': 'Événement',
  'console.logs.delivery.everyEvent': 'Tous les événements',
  'console.logs.delivery.channel': 'Canal',
  'console.logs.delivery.everyChannel': 'Tous les canaux',
  'console.logs.delivery.outcome': 'Résultat',
  'console.logs.delivery.anyOutcome': 'Tous les résultats',
  'console.logs.delivery.noMatch': 'Aucun événement ne correspond à ces filtres.',
  'console.logs.delivery.none': 'Aucun événement.',
  'console.logs.delivery.when': 'Date',
  'console.logs.delivery.rule': 'Règle',
  'console.logs.delivery.deliveries': 'Envois',
  'console.logs.delivery.deliveriesOn': 'Envois ({channel})',
  'console.logs.delivery.nobody': 'personne n’est informé',
  'console.logs.delivery.silent': 'publié sans notification',
  'console.logs.delivery.replayed': 'Les envois abandonnés sont de nouveau planifiés',
  'console.logs.delivery.replayDead':
    '{count, plural, one {Relancer # envoi abandonné} other {Relancer # envois abandonnés}}',
  'console.logs.delivery.decision': '{rule} : {description}',
  'console.logs.delivery.silentNote':
    'Publié sans notification : tous les envois ont été supprimés, rien n’a été envoyé.',
  'console.logs.delivery.whichDeliveries': 'Quels envois',
  'console.logs.delivery.tab':
    '{status, select, all {Tous} sent {Envoyés} pending {En attente} failed {En échec} dead {Abandonnés} suppressed {Supprimés} other {{status}}}',
  'console.logs.delivery.noDeliveries': 'Aucun envoi ici.',
  'console.logs.delivery.recipient': 'Destinataire',
  'console.logs.delivery.why': 'Motif',
  'console.logs.delivery.status': 'État',
  'console.logs.delivery.attempts': 'Tentatives',
  'console.logs.delivery.nextTry': 'prochaine tentative {when}',
  'console.logs.delivery.replay': 'Relancer',
  'console.logs.delivery.history': 'Historique',
  'console.logs.delivery.attemptOk': '{time} : remis',
  'console.logs.delivery.attemptFailed': '{time} : {error}',
  'console.logs.mail.title': 'E-mails envoyés',
  'console.logs.mail.introKept':
    'Sans serveur SMTP configuré (SMTP_URL), Herald conserve ici les e-mails qu’il aurait envoyés.',
  'console.logs.mail.to': 'Destinataire',
  'console.logs.mail.noneKept': 'Aucun e-mail conservé.',
  'console.logs.mail.toAt': 'à {to}, {time}',
  'console.logs.mail.introTenant':
    'Les e-mails envoyés par Herald aux personnes et destinataires supplémentaires de {tenant}, du plus récent au plus ancien, et s’ils sont arrivés.',
  'console.logs.mail.exactAddress': 'une adresse exacte',
  'console.logs.mail.about': 'Objet',
  'console.logs.mail.noMatch': 'Aucun e-mail ne correspond à ces filtres.',
  'console.logs.mail.noneTo': 'Aucun e-mail à {to}.',
  'console.logs.mail.noneYet': 'Aucun e-mail envoyé pour l’instant.',
  'console.logs.mail.toAddress': 'à {to}',
  'console.logs.mail.as': 'en tant que {reason}',
  'console.logs.mail.whoElse': 'qui d’autre a été informé',
  'console.logs.mail.readIt': 'Lire l’e-mail',

  // console: member
  'console.member.title': 'Vos environnements',
  'console.member.intro':
    'Les environnements que vous utilisez. Pour obtenir de l’aide sur l’un d’eux, adressez-vous à son administrateur : <link>Qui est mon administrateur ?</link>',
  'console.member.none':
    'Vous n’êtes encore membre d’aucun environnement. L’administrateur de votre organisation peut vous ajouter.',
  'console.member.health':
    '{status, select, healthy {Opérationnel} incident {Incident} maintenance {Maintenance en cours} other {{status}}}',
  'console.member.noHealth': 'Votre organisation ne communique pas l’état des services à ses membres.',
  'console.member.openIncidents': 'Incidents en cours',
  'console.member.since': 'depuis le {time}',
  'console.member.noIncidents': 'Aucun incident en cours.',
  'console.member.maintenance': 'Maintenances',

  // console: tickets
  'console.tickets.status':
    '{status, select, open {Ouvert} inProgress {En cours} waitingOnCustomer {En attente du client} resolved {Résolu} closed {Fermé} other {{status}}}',
  'console.tickets.severity':
    '{severity, select, A {A : impact critique sur l’activité} B {B : impact modéré} C {C : impact minimal} other {{severity}}}',
  'console.tickets.move':
    '{status, select, open {Rouvrir} inProgress {Marquer en cours} waitingOnCustomer {Demander au client} resolved {Marquer comme résolu} closed {Fermer le ticket} other {{status}}}',
  'console.tickets.statusChanged': 'Statut modifié',
  'console.tickets.all': 'Tous les tickets d’assistance',
  'console.tickets.statusLabel': 'Statut',
  'console.tickets.severityLabel': 'Gravité',
  'console.tickets.reportedBy': 'Signalé par',
  'console.tickets.reporterAt': '{name} ({email}), {time}',
  'console.tickets.goneReporterAt': 'Une personne qui n’est plus là, {time}',
  'console.tickets.contact': 'Coordonnées',
  'console.tickets.aboutIncident': 'Incident concerné',
  'console.tickets.incidentLink': '{id} : {title}',
  'console.tickets.incidentResolved': '(résolu)',
  'console.tickets.duringMaintenance': 'Pendant la maintenance',
  'console.tickets.changeStatus': 'Changer le statut',
  'console.tickets.conversation': 'Échanges',
  'console.tickets.reporter': 'Demandeur',
  'console.tickets.side': '{side, select, operator {Assistance} other {Client}}',
  'console.tickets.closed': 'Ce ticket est fermé. Ouvrez-en un nouveau si le problème réapparaît.',
  'console.tickets.files': 'Fichiers',
  'console.tickets.fileFacts': '{size}, {time}',
  'console.tickets.noFiles': 'Aucun fichier joint.',
  'console.tickets.replySent': 'Réponse envoyée',
  'console.tickets.reporterEmailed': 'La personne qui l’a signalé reçoit un e-mail.',
  'console.tickets.supportEmailed': 'L’assistance reçoit un e-mail.',
  'console.tickets.reply': 'Répondre',
  'console.tickets.yourReply': 'Votre réponse',
  'console.tickets.sendReply': 'Envoyer la réponse',
  'console.tickets.fileAttached': 'Fichier joint',
  'console.tickets.addFile': 'Ajouter un fichier',
  'console.tickets.fileToAttach': 'Fichier à joindre',
  'console.tickets.fileHint': 'Une capture d’écran (PNG, JPEG), un PDF ou un fichier .txt ou .log ; {max} au maximum.',
  'console.tickets.attach': 'Joindre',

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
