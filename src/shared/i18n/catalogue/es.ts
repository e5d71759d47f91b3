import type { Catalogue } from './en.js';

const es: Catalogue = {
  'language.name': 'Español',
  'language.switch': 'Idioma',
  'common.labelValue': '{label}: {value}',
  'common.headline': '{heading}: {title}',
  'common.range': '{start} – {end}',
  'common.contactSupport': 'Contactar con soporte',

  'notice.heading.plannedMaintenance': 'Mantenimiento programado',
  'notice.heading.maintenanceUpdated': 'Mantenimiento programado modificado',
  'notice.heading.maintenanceCancelled': 'Mantenimiento cancelado',
  'notice.heading.unplannedMaintenance': 'Mantenimiento no programado',
  'notice.heading.incident': '{classification, select, advisory {Aviso de servicio} other {Incidente de servicio}}',
  'notice.heading.incidentUpdate': 'Actualización del incidente',
  'notice.heading.serviceRestored': 'Servicio restablecido',
  'notice.heading.postIncidentReport': 'Informe posterior al incidente',
  'notice.heading.actionNeeded': 'Acción necesaria',
  'notice.heading.messageCenter': 'Centro de mensajes',
  'notice.heading.messageUpdated': 'Mensaje modificado',
  'notice.heading.actionRequiredBy': 'Acción necesaria antes de una fecha límite',
  'notice.heading.digest': 'Su resumen del Centro de mensajes',
  'notice.heading.sharedWithYou': 'Compartido con usted',
  'notice.heading.yourAdmins': 'Sus administradores',
  'notice.heading.webhookPaused': 'Punto de conexión de webhook en pausa',
  'notice.heading.slaClaim': 'Solicitud de crédito de servicio',
  'notice.heading.ticketUpdated': 'Incidencia de soporte actualizada',
  'notice.heading.ticketReply': 'Nueva respuesta en una incidencia de soporte',
  'notice.subject.organization': '[{organization}] {headline}',
  'notice.hello': 'Hola, {name}:',
  'notice.yourOrganization': 'Su organización',
  'notice.affectedEnvironments': '{count, plural, one {Entorno afectado} other {Entornos afectados ({count, number})}}',
  'notice.field.status': 'Estado',
  'notice.field.severity': 'Gravedad',
  'notice.field.services': 'Servicios',
  'notice.field.regions': 'Regiones',
  'notice.field.impact': 'Impacto previsto',
  'notice.field.durationMinutes': 'Duración estimada del impacto',
  'notice.field.userExperience': 'Experiencia del usuario',
  'notice.field.startsAt': 'Inicio',
  'notice.field.endsAt': 'Fin',
  'notice.field.workaround': 'Solución alternativa',
  'notice.field.rootCause': 'Causa raíz',
  'notice.field.nextSteps': 'Próximos pasos',
  'notice.field.actionRequiredBy': 'Fecha límite',
  'notice.field.releaseNotesUrl': 'Notas de la versión',
  'notice.field.note': 'Nota',
  'notice.minutes': '{minutes, plural, one {# minuto} other {# minutos}}',
  'notice.actBy': 'fecha límite: {time}',
  'notice.open': 'Abrir en Herald',
  'notice.why': 'Recibe este mensaje por la regla de notificación «{rule}».',
  'notice.unsubscribe': 'Cancelar la suscripción',
  'notice.preferences': 'Preferencias de notificación',

  'subscriber.headline.incidentOpened': 'En investigación',
  'subscriber.headline.incidentUpdated': 'Actualización',
  'subscriber.headline.incidentRestored': 'Resuelto',
  'subscriber.headline.maintenanceScheduled': 'Mantenimiento programado',
  'subscriber.headline.maintenanceUnplanned': 'Mantenimiento',
  'subscriber.headline.maintenanceUpdated': 'Mantenimiento modificado',
  'subscriber.headline.maintenanceCancelled': 'Mantenimiento cancelado',
  'subscriber.headline.maintenanceStarted': 'Mantenimiento iniciado',
  'subscriber.headline.maintenanceCompleted': 'Mantenimiento finalizado',
  'subscriber.headline.other': 'Actualización',
  'subscriber.services': 'Servicios',
  'subscriber.regions': 'Regiones',
  'subscriber.when': 'Cuándo',
  'subscriber.expectedImpact': 'Impacto previsto',
  'subscriber.statusPage': 'Página de estado',
  'subscriber.seeStatusPage': 'Ver la página de estado',
  'subscriber.why': 'Recibe este mensaje porque esta dirección está suscrita a {pageName}.',
  'subscriber.manage': 'Gestionar su suscripción',
  'subscriber.unsubscribe': 'Cancelar la suscripción',
  'subscriber.support': 'Soporte',
  'subscriber.subscribed': 'Suscrito',
  'subscriber.welcome':
    'Este canal recibe ahora los incidentes públicos y los mantenimientos programados de {pageName} a medida que se crean, se actualizan y se resuelven.',
  'subscriber.changeOrUnsubscribe': 'Modificar o cancelar la suscripción',
  'subscriber.chatContext': '{pageName} · modificar o cancelar la suscripción: {url}',
  'subscriber.confirm.subject': '[{pageName}] Confirme su suscripción',
  'subscriber.confirm.body':
    'Alguien, esperamos que usted, pidió recibir en esta dirección las novedades de {pageName}.',
  'subscriber.confirm.link': 'Confirmar la suscripción',
  'subscriber.confirm.ignore': 'Si no fue usted, ignore este mensaje: no se enviará nada más.',
  'subscriber.already.subject': '[{pageName}] Ya está suscrito',
  'subscriber.already.body': 'Alguien pidió suscribir esta dirección a {pageName}; ya lo está.',
  'subscriber.already.link': 'Cambiar lo que recibe',

  'status.component':
    '{status, select, operational {Operativo} under_maintenance {En mantenimiento} degraded_performance {Rendimiento degradado} partial_outage {Interrupción parcial} other {Interrupción grave}}',
  'status.badge':
    '{status, select, operational {operativo} under_maintenance {mantenimiento} degraded_performance {degradado} partial_outage {interrupción parcial} other {interrupción grave}}',
  'status.indicator':
    '{indicator, select, none {Todos los sistemas operativos} minor {Interrupción leve de un servicio} major {Interrupción parcial del sistema} critical {Interrupción grave de un servicio} other {Servicio en mantenimiento}}',
  'status.incident':
    '{status, select, investigating {En investigación} serviceDegradation {Servicio degradado} serviceInterruption {Interrupción del servicio} restoringService {Restableciendo el servicio} extendedRecovery {Recuperación prolongada} verifyingService {Verificando el servicio} serviceRestored {Servicio restablecido} falsePositive {Falso positivo} postIncidentReviewPublished {Informe posterior al incidente publicado} other {Actualización}}',
  'status.maintenance':
    '{status, select, scheduled {Programado} in_progress {En curso} verifying {En verificación} completed {Finalizado} other {Programado}}',
  'status.severity': '{severity, select, major {Grave} minor {Leve} other {Gravedad desconocida}}',

  'page.lastChange': 'Último cambio: {time}. Las horas se indican en UTC.',
  'page.activeIncidents': 'Incidentes activos',
  'page.noIncidents': 'No hay incidentes en este momento.',
  'page.scheduledMaintenance': 'Mantenimiento programado',
  'page.noMaintenance': 'No hay ningún mantenimiento con impacto previsto programado.',
  'page.servicesByRegion': 'Servicios por región',
  'page.noServices': 'Todavía no hay servicios que mostrar.',
  'page.history': 'Historial ({days, plural, one {último día} other {últimos # días}})',
  'page.noHistory':
    '{days, plural, one {No hubo incidentes en el último día.} other {No hubo incidentes en los últimos # días.}}',
  'page.column.service': 'Servicio',
  'page.column.status': 'Estado',
  'page.column.lastDays': '{days, plural, one {Último día} other {Últimos # días}}',
  'page.column.uptime': 'Disponibilidad',
  'page.uptimeBars': 'Disponibilidad {days, plural, one {en el último día} other {en los últimos # días}}',
  'page.userExperience': 'Experiencia del usuario:',
  'page.workaround': 'Solución alternativa:',
  'page.since': 'desde el {time}',
  'page.reportPublished':
    'El {time} se publicó un informe posterior al incidente; los administradores lo encuentran en su panel de estado de los servicios.',
  'page.expectedImpact': 'impacto previsto: {impact}',
  'page.subscribe': 'Suscribirse a las novedades',
  'page.calendar': 'Calendario de mantenimiento (iCal)',
  'page.historyAtom': 'Historial de incidentes (Atom)',
  'page.historyRss': 'Historial de incidentes (RSS)',
  'embed.fullStatus': 'Estado completo e historial',

  'feed.title': '{pageName} — historial de incidentes',
  'feed.titleComponent': '{pageName} — {component} — historial de incidentes',
  'feed.word':
    '{word, select, investigating {En investigación} identified {Causa identificada} monitoring {En observación} resolved {Resuelto} postmortem {Informe posterior al incidente} other {Actualización}}',
  'feed.calendarName': '{pageName} — mantenimiento',
  'feed.calendarDescription': 'Impacto previsto: {impact}. Regiones: {regions}. Estado: {status}.',

  'subscribe.title': 'Suscribirse a las novedades',
  'subscribe.intro':
    'Reciba los incidentes públicos y el mantenimiento programado a medida que se crean, se actualizan y se resuelven. Primero confirma; cada mensaje incluye un enlace para cambiar su elección o cancelar la suscripción con un clic.',
  'subscribe.byEmail': 'Por correo electrónico',
  'subscribe.email': 'Dirección de correo electrónico',
  'subscribe.byWebhook': 'O por webhook, Slack o Microsoft Teams',
  'subscribe.url': 'URL del webhook (https)',
  'subscribe.format.standard': 'Webhook (Standard Webhooks)',
  'subscribe.format.slack': 'Webhook entrante de Slack',
  'subscribe.format.teams': 'Flujo de trabajo de Microsoft Teams',
  'subscribe.webhookHelp':
    'Un webhook se firma según Standard Webhooks y empieza cuando su punto de conexión responde con un 2xx al evento firmado subscription.verification, que contiene el secreto de firma. Slack y Teams reciben primero un mensaje «Suscrito»: la suscripción empieza cuando la URL lo acepta.',
  'subscribe.what': 'Sobre qué quiere recibir avisos',
  'subscribe.everything': 'Todo: cada incidente público y cada mantenimiento',
  'subscribe.only': 'O solo lo que afecte a estas regiones o servicios:',
  'subscribe.submit': 'Suscribirse',
  'subscribe.sendsTo': 'Las novedades se envían a {address}.',
  'subscribe.save': 'Guardar',
  'subscribe.unsubscribe': 'Cancelar la suscripción',
  'subscribe.answerTitle': 'Revise su bandeja de entrada',
  'subscribe.answer':
    'Gracias. Si esta dirección puede recibir novedades, hay un mensaje en camino: use su enlace para confirmar. Hasta entonces no se envía nada más.',
  'subscribe.confirmTitle': 'Confirme su suscripción',
  'subscribe.confirmQuestion': '¿Enviar las novedades a {address}?',
  'subscribe.confirmButton': 'Confirmar',
  'subscribe.confirmedTitle': 'Suscrito',
  'subscribe.confirmed': 'Su suscripción está confirmada.',
  'subscribe.manageTitle': 'Su suscripción',
  'subscribe.saved': 'Guardado.',
  'subscribe.unsubscribeTitle': '¿Cancelar la suscripción?',
  'subscribe.unsubscribeQuestion': '¿Dejar de enviar novedades a {address}?',
  'subscribe.unsubscribedTitle': 'Suscripción cancelada',
  'subscribe.unsubscribed': 'Esta dirección ya no recibe novedades.',
  'subscribe.linkUsed': 'Este enlace ya se ha utilizado',
  'subscribe.linkBroken': 'Este enlace no funciona',
  'subscribe.again': 'Volver a suscribirse',

  // server: translated posts (Message Center and incidents)

  // server: reports and subscribers

  // server: problem details and the CLI

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.opening': 'Abriendo Herald',
  'console.error.offline': 'No se puede contactar con Herald; compruebe la conexión.',
  'console.error.unavailable': 'Herald no pudo responder; inténtelo de nuevo en un momento.',
  'console.label.status':
    '{value, select, serviceOperational {En buen estado} investigating {En investigación} serviceDegradation {Servicio degradado} serviceInterruption {Interrupción del servicio} restoringService {Restableciendo el servicio} extendedRecovery {Recuperación prolongada} verifyingService {Verificando el servicio} serviceRestored {Servicio restablecido} falsePositive {Falso positivo} postIncidentReviewPublished {Informe posterior al incidente publicado} other {{value}}}',
  'console.label.category':
    '{value, select, incident {Incidentes} advisory {Avisos} planned_maintenance {Mantenimiento planificado} unplanned_maintenance {Mantenimiento no planificado} release {Actualizaciones y versiones} message_center {Centro de mensajes} lifecycle {Primeros pasos (primer año)} other {{value}}}',
  'console.label.messageCategory':
    '{value, select, preventOrFixIssue {Prevenir o corregir problemas} planForChange {Planificar el cambio} stayInformed {Mantenerse informado} other {{value}}}',
  'console.label.role':
    '{value, select, operator {Operador} org_admin {Administrador de la organización} system_admin {Administrador del sistema} additional_recipient {Destinatario adicional} member {Miembro} other {{value}}}',
  'console.label.origin':
    '{value, select, microsoft {Proveedor} thirdParty {Terceros} customer {Su organización} other {{value}}}',
  'console.label.symptom':
    '{value, select, pageNotFound {Página no encontrada (404)} cannotSignIn {No se puede iniciar sesión} slowPerformance {Rendimiento lento} errors {Errores} unavailable {No disponible} other {{value}}}',
  'console.label.postType':
    '{value, select, regular {Detalles adicionales} quick {Actualización rápida} strategic {Resumen} other {{value}}}',
  'console.label.eventType':
    '{value, select, incident_opened {Incidente abierto} incident_updated {Incidente actualizado} incident_scope_widened {El incidente llegó a más personas} incident_changed {Detalles del incidente cambiados} incident_restored {Incidente: servicio restablecido} incident_pir_published {Informe posterior al incidente publicado} incident_stale {Incidente sin actualización} incident_pir_due {Informe posterior al incidente pendiente} maintenance_scheduled {Mantenimiento programado} maintenance_updated {Mantenimiento modificado} maintenance_cancelled {Mantenimiento cancelado} maintenance_started {Mantenimiento iniciado} maintenance_completed {Mantenimiento completado} maintenance_overran {Mantenimiento prolongado} maintenance_failed {Mantenimiento fallido} maintenance_unplanned {Mantenimiento no planificado} release_region_scheduled {Versión programada en una región} release_wave_enabled {Oleada de versión habilitada} message_published {Publicación del Centro de mensajes} message_updated {Publicación del Centro de mensajes actualizada} message_action_due {Acción pendiente del Centro de mensajes} message_digest {Resumen del Centro de mensajes} message_shared {Publicación del Centro de mensajes compartida} lifecycle_due {Correo de primeros pasos} directory_admins_requested {Administradores solicitados} webhook_endpoint_paused {Webhook en pausa} sla_claim_decided {Reclamación de SLA resuelta} ticket_updated {Incidencia de soporte actualizada} ticket_replied {Respuesta en una incidencia de soporte} subscriber_mail {Correo a suscriptores de la página de estado} team_page_acknowledged {Aviso al equipo confirmado} team_page_resolved {Aviso al equipo resuelto} other {{value}}}',
  'console.label.value':
    '{value, select, pending {Pendiente} approved {Aprobada} rejected {Rechazada} active {Activo} paused {En pausa} sent {Enviado} failed {Error, se reintentará} dead {Error} suppressed {No enviado (suprimido)} email {Correo electrónico} webhook {Webhook} push {Notificación push} in_app {En la consola} draft {Borrador} published {Publicado} planned {Planificado} unplanned {No planificado} security {Seguridad} weekly {Semanal} wave {Oleada} minor {Menor} major {Mayor} incident {Incidente} advisory {Aviso} other {{value}}}',

  // console: account

  // console: logs

  // console: member

  // console: tickets

  // console: tenant
  'console.tenant.sla.title': 'SLA y créditos',
  'console.tenant.sla.intro':
    'Disponibilidad mensual de cada servicio que usan sus entornos, medida a partir de los incidentes que los afectaron. Por debajo del umbral de un nivel, el mes genera un crédito de servicio que puede solicitar.',
  'console.tenant.sla.claimSent': 'Solicitud enviada; un operador decidirá y se le informará',
  'console.tenant.sla.uptimeTitle': 'Disponibilidad, {months, plural, one {último mes} other {últimos # meses}}',
  'console.tenant.sla.measuring': 'Midiendo…',
  'console.tenant.sla.uptimeByMonth': 'Disponibilidad de {service} por mes',
  'console.tenant.sla.soFar': 'hasta ahora',
  'console.tenant.sla.provisionalIntro':
    'Este mes no ha terminado: la disponibilidad y los créditos son provisionales y podrán solicitarse cuando termine el mes.',
  'console.tenant.sla.service': 'Servicio',
  'console.tenant.sla.uptime': 'Disponibilidad',
  'console.tenant.sla.downDegraded': 'Caído / degradado',
  'console.tenant.sla.credit': 'Crédito',
  'console.tenant.sla.claim': 'Solicitud',
  'console.tenant.sla.uptimeSoFar': '{uptime} hasta ahora',
  'console.tenant.sla.minutes': '{down, number} min / {degraded, number} min',
  'console.tenant.sla.creditProvisional': '{credit} provisional',
  'console.tenant.sla.none': 'ninguno',
  'console.tenant.sla.claimButton': 'Solicitar crédito',
  'console.tenant.sla.claimed': 'solicitado',
  'console.tenant.sla.claims': 'Solicitudes',
  'console.tenant.sla.claimsEmpty': 'Aún no hay solicitudes.',
  'console.tenant.sla.metaUptime': 'disponibilidad {uptime}',
  'console.tenant.sla.metaCredit': 'crédito {credit}',
  'console.tenant.sla.metaClaimed': 'solicitado el {date}',
  'console.tenant.sla.metaReason': 'motivo: «{reason}»',
  'console.tenant.tickets.title': 'Incidencias de soporte',
  'console.tenant.tickets.intro':
    '¿Algo falla y el panel de estado de los servicios no lo muestra? Indíquelo aquí y siga la conversación con soporte en la incidencia.',
  'console.tenant.tickets.reported': 'Problemas notificados',
  'console.tenant.tickets.empty': 'Aún no hay incidencias. Los problemas que notifique aparecerán aquí con su estado.',
  'console.tenant.tickets.severityMeta': 'Gravedad {severity}',
  'console.tenant.tickets.about': 'sobre <link>{title}</link>',
  'console.tenant.tickets.filed': 'Incidencia registrada',
  'console.tenant.tickets.report': 'Notificar un problema',
  'console.tenant.tickets.whatIsWrong': 'Qué falla',
  'console.tenant.tickets.environment': 'Entorno',
  'console.tenant.tickets.notSpecific': 'No específico',
  'console.tenant.tickets.service': 'Servicio',
  'console.tenant.tickets.severity': 'Gravedad',
  'console.tenant.tickets.severityOption':
    '{level, select, A {A: impacto crítico en el negocio} B {B: impacto moderado} other {C: impacto mínimo}}',
  'console.tenant.tickets.alreadyReported': '¿Ya se notificó?',
  'console.tenant.tickets.similarNote':
    'Estas incidencias abiertas parecen ser el mismo problema; agregar información a una de ellas puede ser más rápido.',
  'console.tenant.tickets.details': 'Detalles',
  'console.tenant.tickets.detailsHint': 'Qué hizo, qué esperaba, qué ocurrió y desde cuándo.',
  'console.tenant.tickets.contactName': 'Nombre de contacto',
  'console.tenant.tickets.contactNameHint': 'Déjelo vacío para ser usted el contacto.',
  'console.tenant.tickets.contactEmail': 'Correo electrónico de contacto',
  'console.tenant.tickets.contactPhone': 'Teléfono de contacto',
  'console.tenant.tickets.file': 'Registrar incidencia',
  'console.tenant.webhooks.title': 'Webhooks',
  'console.tenant.webhooks.intro':
    'Herald envía los eventos de {tenant} a estas URL en cuanto ocurren: a sus sistemas, firmados con el secreto del punto de conexión (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature), o como mensaje en un canal de Slack o Microsoft Teams.',
  'console.tenant.webhooks.secretNote':
    'Secreto de firma de {url}: cópielo ahora, no se volverá a mostrar: <code>{secret}</code>',
  'console.tenant.webhooks.endpoints': 'Puntos de conexión',
  'console.tenant.webhooks.empty': 'No hay puntos de conexión.',
  'console.tenant.webhooks.changed': 'Punto de conexión cambiado',
  'console.tenant.webhooks.format':
    '{value, select, standard {Standard Webhooks (JSON firmado)} slack {Webhook entrante de Slack} teams {Flujo de trabajo de Microsoft Teams} other {{value}}}',
  'console.tenant.webhooks.formatHint':
    '{value, select, standard {Para sus propios sistemas: JSON firmado con el secreto del punto de conexión.} slack {Un mensaje en un canal de Slack: la URL que Slack proporciona para un webhook entrante (https://hooks.slack.com/services/…).} teams {Una tarjeta en un canal de Teams: la URL de un flujo de Workflows «Publicar en un canal cuando se reciba una solicitud de webhook».} other {}}',
  'console.tenant.webhooks.lastDelivered': 'última entrega {when}',
  'console.tenant.webhooks.neverDelivered': 'nunca entregado',
  'console.tenant.webhooks.lastFailure': 'último error {when}',
  'console.tenant.webhooks.pause': 'Pausar',
  'console.tenant.webhooks.resume': 'Reanudar',
  'console.tenant.webhooks.newSecret': 'Nuevo secreto',
  'console.tenant.webhooks.delete': 'Eliminar',
  'console.tenant.webhooks.added': 'Punto de conexión agregado',
  'console.tenant.webhooks.addTitle': 'Agregar un punto de conexión',
  'console.tenant.webhooks.sendsTo': 'Envía a',
  'console.tenant.webhooks.url': 'URL',
  'console.tenant.webhooks.urlHint': 'HTTPS, accesible desde Herald.',
  'console.tenant.webhooks.description': 'Descripción (opcional)',
  'console.tenant.webhooks.events': 'Eventos',
  'console.tenant.webhooks.eventOption': '{label} ({code})',
  'console.tenant.webhooks.add': 'Agregar punto de conexión',
  'console.tenant.recipients.title': 'Destinatarios de correo electrónico',
  'console.tenant.recipients.intro':
    'Además de los administradores, estas direcciones reciben el correo de {tenant} de las categorías elegidas. Aquí puede agregar a quien pida que se le informe.',
  'console.tenant.recipients.removed': 'Destinatario quitado',
  'console.tenant.recipients.heading': 'Destinatarios adicionales',
  'console.tenant.recipients.empty': 'Aún no hay destinatarios adicionales: solo los administradores reciben correo.',
  'console.tenant.recipients.recipient': 'Destinatario',
  'console.tenant.recipients.receives': 'Recibe',
  'console.tenant.recipients.added': 'Agregado',
  'console.tenant.recipients.actions': 'Acciones',
  'console.tenant.recipients.removeLabel': 'Quitar {email}',
  'console.tenant.recipients.remove': 'Quitar',
  'console.tenant.recipients.addedNote': 'Destinatario agregado',
  'console.tenant.recipients.addTitle': 'Agregar un destinatario',
  'console.tenant.recipients.email': 'Dirección de correo electrónico',
  'console.tenant.recipients.name': 'Nombre (opcional)',
  'console.tenant.recipients.receivesAbout': 'Recibe correo sobre',
  'console.tenant.recipients.categoriesError': 'Categorías: {problem}',
  'console.tenant.recipients.add': 'Agregar destinatario',
  'console.tenant.recipients.privacyChanged': 'Lectores de publicaciones de privacidad cambiados',
  'console.tenant.recipients.privacyTitle': 'Quién lee las publicaciones de privacidad de datos',
  'console.tenant.recipients.privacyIntro':
    'Las publicaciones con la etiqueta «Privacidad de datos» solo llegan a los administradores de la organización y a estas personas.',
  'console.tenant.recipients.privacyEmpty': 'Solo los administradores de la organización.',
  'console.tenant.recipients.privacyStop': 'Impedir que {email} lea las publicaciones de privacidad de datos',
  'console.tenant.recipients.addPerson': 'Agregar una persona',
  'console.tenant.recipients.choose': 'Elegir…',
  'console.tenant.recipients.privacyGrant': 'Permitir que lea las publicaciones de privacidad de datos',
  'console.tenant.sso.title': 'Inicio de sesión único y aprovisionamiento',
  'console.tenant.sso.intro':
    'Cómo inician sesión en Herald las personas de {tenant} y cómo su directorio las mantiene actualizadas.',
  'console.tenant.sso.providerAdded': 'Proveedor de identidades agregado',
  'console.tenant.sso.providerRemoved': 'Proveedor de identidades quitado',
  'console.tenant.sso.providers': 'Proveedores de identidades',
  'console.tenant.sso.providersEmpty':
    'No hay ningún proveedor de identidades: todos inician sesión con una contraseña de Herald.',
  'console.tenant.sso.joinPolicyBadge':
    '{value, select, join {se une en el primer inicio de sesión} other {requiere aprobación}}',
  'console.tenant.sso.passwordAllowed': 'también se permite la contraseña',
  'console.tenant.sso.client': 'cliente {clientId}',
  'console.tenant.sso.redirectUri': 'URI de redirección <code>{uri}</code>',
  'console.tenant.sso.backchannelLogout': 'Cierre de sesión por canal secundario <code>{uri}</code>',
  'console.tenant.sso.remove': 'Quitar',
  'console.tenant.sso.addProviderTitle': 'Agregar un proveedor de OpenID Connect',
  'console.tenant.sso.name': 'Nombre',
  'console.tenant.sso.issuer': 'Emisor',
  'console.tenant.sso.issuerHint': 'Herald lee su /.well-known/openid-configuration.',
  'console.tenant.sso.clientId': 'Id. de cliente',
  'console.tenant.sso.clientSecret': 'Secreto de cliente',
  'console.tenant.sso.clientSecretHint': 'Se almacena cifrado; no se vuelve a mostrar.',
  'console.tenant.sso.domains': 'Dominios de correo electrónico',
  'console.tenant.sso.domainsHint': 'Separados por comas, como contoso.com, contoso.co.uk',
  'console.tenant.sso.newcomers': 'Recién llegados',
  'console.tenant.sso.joinOption': 'se unen en su primer inicio de sesión',
  'console.tenant.sso.approvalOption': 'esperan la aprobación de un administrador de la organización',
  'console.tenant.sso.passwordFallback': 'Permitir también contraseñas de Herald',
  'console.tenant.sso.addProvider': 'Agregar proveedor',
  'console.tenant.sso.ruleAdded': 'Regla de grupo agregada',
  'console.tenant.sso.ruleRemoved': 'Regla de grupo quitada',
  'console.tenant.sso.groups': 'Grupos y roles',
  'console.tenant.sso.groupsHint':
    'Un grupo indicado en la notificación groups del token de id. o enviado por SCIM otorga este rol a sus miembros. Los cambios se aplican en el siguiente inicio de sesión o llamada de aprovisionamiento.',
  'console.tenant.sso.groupsEmpty': 'No hay reglas: quienes inician sesión no reciben ningún rol de administrador.',
  'console.tenant.sso.systemAdminOf': 'administrador del sistema de {environment}',
  'console.tenant.sso.addRuleLabel': 'Agregar una regla de grupo',
  'console.tenant.sso.group': 'Grupo',
  'console.tenant.sso.role': 'Rol',
  'console.tenant.sso.systemAdminOption': 'Administrador del sistema de un entorno',
  'console.tenant.sso.environment': 'Entorno',
  'console.tenant.sso.choose': 'Elegir…',
  'console.tenant.sso.addRule': 'Agregar regla',
  'console.tenant.sso.tokenIssued': 'Token de SCIM emitido',
  'console.tenant.sso.tokenRevoked': 'Token de SCIM revocado',
  'console.tenant.sso.scim': 'Aprovisionamiento SCIM',
  'console.tenant.sso.scimHint':
    'Configure su directorio (Entra ID, Okta…) para que apunte a <code>{url}</code> con uno de estos tokens.',
  'console.tenant.sso.copyToken': 'Copie el token ahora; no se volverá a mostrar: <code>{token}</code>',
  'console.tenant.sso.scimEmpty': 'No hay ningún token de SCIM.',
  'console.tenant.sso.revoked': 'revocado',
  'console.tenant.sso.lastUsed': 'último uso: {time}',
  'console.tenant.sso.neverUsed': 'nunca usado',
  'console.tenant.sso.revoke': 'Revocar',
  'console.tenant.sso.issueTokenLabel': 'Emitir un token de SCIM',
  'console.tenant.sso.tokenName': 'Nombre del token',
  'console.tenant.sso.issueToken': 'Emitir token',
  'console.tenant.sso.approved': 'Aprobado',
  'console.tenant.sso.waiting': 'Esperando aprobación',
  'console.tenant.sso.waitingEmpty': 'Nadie está esperando.',
  'console.tenant.sso.approve': 'Aprobar',
  'console.tenant.dashboard.updated': 'Panel actualizado',
  'console.tenant.dashboard.title': 'Estado de los servicios',
  'console.tenant.dashboard.intro':
    '{tenant}: el estado de los servicios que utiliza y lo que se está haciendo ante cualquier problema. Las horas se muestran en {zone}.',
  'console.tenant.dashboard.troubled':
    '{count, plural, one {# servicio con un problema} other {# servicios con problemas}}',
  'console.tenant.dashboard.allHealthy': 'Todos los servicios en buen estado',
  'console.tenant.dashboard.show': 'Mostrar en el panel',
  'console.tenant.dashboard.hideService': 'Ocultar {service} del panel',
  'console.tenant.dashboard.hide': 'Ocultar',
  'console.tenant.dashboard.leaveHiddenOut': 'No mostrar los servicios ocultos',
  'console.tenant.dashboard.showHidden':
    '{count, plural, one {Mostrar # servicio oculto} other {Mostrar # servicios ocultos}}',
  'console.tenant.dashboard.actOn': 'Problemas que requieren una acción de su organización',
  'console.tenant.dashboard.actOnEmpty': 'No hay nada que requiera su acción.',
  'console.tenant.dashboard.active': 'Problemas activos',
  'console.tenant.dashboard.activeEmpty': 'No hay problemas activos: todo funciona con normalidad.',
  'console.tenant.dashboard.history': 'Historial de problemas',
  'console.tenant.dashboard.historyPeriod': 'Período del historial',
  'console.tenant.dashboard.days': '{days, plural, one {# día} other {# días}}',
  'console.tenant.dashboard.historyEmpty':
    '{days, plural, one {Ningún problema finalizó en el último día.} other {Ningún problema finalizó en los últimos # días.}}',
  'console.tenant.dashboard.reports': 'Informes posteriores al incidente',
  'console.tenant.dashboard.reportsEmpty': 'No hay informes posteriores al incidente.',
  'console.tenant.dashboard.published': 'publicado el {date}',
  'console.tenant.issue.updates': 'Actualizaciones',
  'console.tenant.issue.report': 'Informe posterior al incidente',
  'console.tenant.issue.summary': 'Resumen',
  'console.tenant.issue.userExperience': 'Experiencia del usuario',
  'console.tenant.issue.start': 'Inicio',
  'console.tenant.issue.resolution': 'Resolución',
  'console.tenant.issue.rootCause': 'Causa raíz',
  'console.tenant.issue.nextSteps': 'Próximos pasos',
  'console.tenant.issue.downloadPdf': 'Descargar PDF',
  'console.tenant.issue.openAsPage': 'Abrir como página',
  'console.tenant.environments.title': 'Entornos',
  'console.tenant.environments.intro':
    'Los entornos de {tenant} y la versión de cada uno. Las actualizaciones llegan en la ventana de mantenimiento de cada región; cuando una termina a tiempo no se envía nada: cambia la versión que se muestra aquí.',
  'console.tenant.environments.empty': 'No hay entornos que pueda ver.',
  'console.tenant.environments.earlyAccessChanged': 'Acceso anticipado cambiado',
  'console.tenant.environments.featureSwitched': 'Función cambiada',
  'console.tenant.environments.type':
    '{value, select, production {Producción} sandbox {Espacio aislado} other {{value}}}',
  'console.tenant.environments.firstRelease': 'Primera versión',
  'console.tenant.environments.earlyAccess': 'Acceso anticipado',
  'console.tenant.environments.version': 'Versión',
  'console.tenant.environments.backgroundPending':
    'La parte de base de datos de la actualización se ejecuta aproximadamente un día después de la parte del servicio.',
  'console.tenant.environments.region': 'Región',
  'console.tenant.environments.window': 'Ventana',
  'console.tenant.environments.windowUtc': '{start}–{end} UTC',
  'console.tenant.environments.url': 'URL',
  'console.tenant.environments.updatesComing': 'Próximas actualizaciones',
  'console.tenant.environments.nonePlanned': 'No hay ninguna prevista.',
  'console.tenant.environments.updateState':
    '{value, select, pending {Pendiente} started {Iniciada} service_done {Parte del servicio completada} database_done {Completada} failed {Error} other {{value}}}',
  'console.tenant.environments.updateWindows': 'servicio {service} · base de datos {database}',
  'console.tenant.environments.earlyAccessSwitch': 'Acceso anticipado a la próxima oleada de versiones',
  'console.tenant.environments.disruptiveTitle': 'Funciones que cambian la forma de trabajar',
  'console.tenant.environments.disruptiveHint':
    'Desactivadas de forma predeterminada; active una cuando la haya probado.',
  'console.tenant.environments.notYetHere': 'aún no está en este entorno',

  // console: messages

  // console: maintenance

  // console: incidents

  // console: operator

  // console: directory

  // console: releases

  // console: posts
};

export default es;
