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
  'report.title': 'Informe posterior al incidente {id}: {title}',
  'report.status':
    '{published, select, yes {Publicado el {time}} other {Borrador — sin publicar}} · Gravedad: {severity}',
  'report.section.summary': 'Resumen',
  'report.section.userExperience': 'Experiencia del usuario',
  'report.section.startDateTime': 'Fecha y hora de inicio',
  'report.section.resolutionDateTime': 'Fecha y hora de resolución',
  'report.section.rootCause': 'Causa raíz',
  'report.section.nextSteps': 'Próximos pasos',
  'subscriber.language': 'Idioma de los correos',

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

  // console: messages

  // console: maintenance

  // console: incidents

  // console: operator

  // console: directory

  // console: releases

  // console: posts
};

export default es;
