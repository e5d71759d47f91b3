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
  'console.shell.documentTitle': '{title} · Herald',
  'console.shell.error.unexpected':
    'Se produjo un error en la consola; vuelva a cargar la página e inténtelo de nuevo.',
  'console.shell.fieldProblem': '{label}: {message}',
  'console.shell.problem.notSaved': 'No se guardó nada.',
  'console.shell.problem.notAllowed': 'No permitido.',
  'console.shell.problem.notFound': 'No encontrado.',
  'console.shell.problem.notChanged': 'No se cambió nada.',
  'console.shell.problem.notSavedYet': 'Todavía no se guardó nada.',
  'console.shell.problem.failed': 'No se pudo completar.',
  'console.shell.loading': 'Cargando…',
  'console.shell.waitingFor': '{what}…',
  'console.shell.pages': 'Paginación',
  'console.shell.newer': 'Más recientes',
  'console.shell.older': 'Más antiguos',
  'console.shell.pageRange': '{first, number}–{last, number} de {total, number}',
  'console.shell.skipToContent': 'Ir al contenido',
  'console.shell.menu': 'Menú',
  'console.shell.home': 'Herald, inicio',
  'console.shell.roleChip':
    '{role, select, operator {Operador} tenantAdmin {Administrador del inquilino} systemAdmin {Administrador del sistema} other {Miembro}}',
  'console.shell.liveOn': 'Las actualizaciones en directo están activadas',
  'console.shell.liveReconnecting': 'Reconectando las actualizaciones en directo',
  'console.shell.live': 'En directo',
  'console.shell.offline': 'Sin conexión',
  'console.shell.account': 'Su cuenta y configuración',
  'console.shell.timesIn': 'Horas en {zone}',
  'console.shell.theme': 'Tema de color',
  'console.shell.themeSystem': 'Como el dispositivo',
  'console.shell.themeLight': 'Claro',
  'console.shell.themeDark': 'Oscuro',
  'console.shell.profileLink': 'Perfil, idioma y zona horaria',
  'console.shell.preferencesLink': 'Preferencias de notificación',
  'console.shell.signOut': 'Cerrar sesión',
  'console.shell.mainNav': 'Principal',
  'console.shell.organization': 'Organización',
  'console.shell.nav':
    '{screen, select, overview {Información general} incidents {Incidentes} incidentTemplates {Plantillas de incidentes} reports {Informes posteriores a incidentes} maintenance {Mantenimiento} releases {Versiones e implementaciones} messageCenter {Centro de mensajes} rehearsal {Ensayo} tickets {Incidencias de soporte} slaClaims {Reclamaciones de SLA} teamPages {Avisos al equipo} subscribers {Suscriptores de estado} branding {Personalización de la página de estado} tenants {Inquilinos} environments {Entornos} people {Personas} regions {Regiones y estaciones} deliveryLog {Registro de entregas} sentMail {Correo enviado} auditLog {Registro de auditoría} serviceHealth {Estado del servicio} slaCredits {SLA y créditos} recipients {Destinatarios de correo} singleSignOn {Inicio de sesión único} webhooks {Webhooks} findAdmin {Buscar a su administrador} yourEnvironments {Sus entornos} whoIsMyAdmin {¿Quién es mi administrador?} other {{screen}}}',
  'console.shell.navGroup':
    '{group, select, serviceHealth {Estado del servicio} changes {Cambios} directory {Directorio} records {Registros} organization {Su organización} other {{group}}}',
  'console.shell.notFound': 'Página no encontrada',
  'console.shell.notFoundHelp':
    'Esta página no existe en la consola o no es una de las suyas. Elija una página del menú.',
  'console.shell.bellLabel':
    '{count, plural, =0 {Notificaciones} one {Notificaciones, # sin leer} other {Notificaciones, # sin leer}}',
  'console.shell.bellOverflow': '{count, number}+',
  'console.shell.notifications': 'Notificaciones',
  'console.shell.markAllRead': 'Marcar todo como leído',
  'console.shell.unreadMark': '(sin leer)',
  'console.shell.noNotifications': 'Nada todavía.',
  'console.shell.incident.public': 'público',
  'console.shell.incident.endedUpdated': 'finalizado {ended} · actualizado {updated}',
  'console.shell.incident.startedUpdated': 'iniciado {started} · actualizado {updated}',
  'console.shell.incident.fact':
    '{fact, select, issueId {Id. del problema} services {Servicios} regions {Regiones} origin {Origen} started {Inicio} ended {Fin} impact {Impacto} userExperience {Experiencia del usuario} workaround {Solución alternativa} symptoms {Síntomas} other {{fact}}}',
  'console.shell.incident.servicesFeature': '{services} · {feature}',
  'console.shell.incident.stillGoingOn': 'todavía en curso',
  'console.shell.incident.timeline': 'Cronología de actualizaciones, las más recientes primero',
  'console.shell.incident.opened': 'Apertura',
  'console.shell.incident.postedSilently': 'Publicado sin notificar',
  'console.shell.reason':
    '{value, select, org_admin {administrador de la organización} system_admin {administrador del sistema} additional_recipient {destinatario adicional} operator {operador} member {miembro} listed {lector autorizado} told_before {informado antes} owning_team {equipo responsable} subscribed {suscrito} webhook_dead {webhook con errores} other {{value}}}',
  'console.shell.audience.title': 'Quién recibirá el aviso',
  'console.shell.audience.environments': '{count, plural, one {# entorno} other {# entornos}}',
  'console.shell.audience.tenants': '{count, plural, one {# inquilino} other {# inquilinos}}',
  'console.shell.audience.orgAdmins':
    '{count, plural, one {# administrador de la organización} other {# administradores de la organización}}',
  'console.shell.audience.systemAdmins':
    '{count, plural, one {# administrador del sistema} other {# administradores del sistema}}',
  'console.shell.audience.people': '{count, plural, one {# persona} other {# personas}}',
  'console.shell.audience.andMore': '{names} y {count, plural, one {# más} other {# más}}',
  'console.shell.audience.morePeople': '{count, plural, one {y # persona más} other {y # personas más}}',
  'console.shell.uptime.summary': '{label}: {count, plural, one {# período medido} other {# períodos medidos}}',
  'console.shell.uptime.summaryLowest':
    '{label}: {count, plural, one {# período medido} other {# períodos medidos}}, mínimo {lowest}',
  'console.shell.uptime.periodUp': '{period}: {percent} disponible',
  'console.shell.uptime.periodNotMeasured': '{period}: no medido',
  'console.shell.uptime.below': 'por debajo del {value}',
  'console.shell.uptime.notMeasured': 'no medido',
  'console.shell.week.windowTitle': 'Ventana de servicio de {region}: {start} – {end} ({zone})',
  'console.shell.week.workTitle': '{title} ({region}): {start} – {end}',
  'console.shell.week.caption': 'Semana del {date}, en {zone}.',
  'console.shell.week.serviceWindow': 'ventana de servicio',
  'console.shell.week.yourRegions': 'sus regiones',
  'console.shell.week.plannedWork': 'trabajo planificado',
  'console.shell.markdown.hint': 'Markdown: **negrita**, _cursiva_, - listas, [vínculos](https://…)',
  'console.shell.markdown.previewOf': 'Vista previa de {label}',
  'console.shell.markdown.empty': 'La vista previa aparece aquí.',
  'console.shell.markdown.preview': 'Vista previa',
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
  'console.account.actions': 'Acciones',
  'console.account.signIn.title': 'Iniciar sesión',
  'console.account.signIn.expired': 'Su sesión finalizó; vuelva a iniciar sesión para continuar.',
  'console.account.signIn.email': 'Correo electrónico',
  'console.account.signIn.continueWith': 'Continuar con {provider}',
  'console.account.signIn.password': 'Contraseña',
  'console.account.signIn.lookingUp': 'Buscando…',
  'console.account.signIn.continue': 'Continuar',
  'console.account.signIn.signingIn': 'Iniciando sesión…',
  'console.account.signIn.withPassword': 'Iniciar sesión con contraseña',
  'console.account.signIn.help':
    '¿No es administrador? <find>Busque el suyo</find>. ¿Quiere conocer el estado del servicio? Consulte la <status>página de estado pública</status>.',
  'console.account.setPassword.title': 'Elija su contraseña',
  'console.account.setPassword.noToken':
    'Esta página necesita el vínculo completo que recibió; ábralo de nuevo desde el mensaje.',
  'console.account.setPassword.password': 'Nueva contraseña',
  'console.account.setPassword.hint': 'Al menos 12 caracteres. Este vínculo funciona una sola vez.',
  'console.account.setPassword.submit': 'Establecer contraseña e iniciar sesión',
  'console.account.findAdmin.title': 'Buscar a su administrador',
  'console.account.findAdmin.intro':
    'A quién preguntar por cada uno de sus entornos: primero a sus administradores del sistema y después a los administradores de su organización.',
  'console.account.findAdmin.none': 'No tiene entornos, así que no hay ningún administrador que mostrar.',
  'console.account.findAdmin.systemAdmins': 'Administradores del sistema',
  'console.account.findAdmin.orgAdmins': 'Administradores de la organización',
  'console.account.findAdmin.nobody': 'Ninguno',
  'console.account.findAdmin.byEmailIntro':
    'Escriba su correo electrónico del trabajo: le enviaremos quién administra sus entornos.',
  'console.account.findAdmin.workEmail': 'Correo electrónico del trabajo',
  'console.account.findAdmin.send': 'Enviarme la lista',
  'console.account.findAdmin.signInHelp': '<signin>Inicie sesión</signin> si es administrador.',
  'console.account.profile.title': 'Perfil',
  'console.account.profile.you': 'Usted',
  'console.account.profile.name': 'Nombre',
  'console.account.profile.language': 'Idioma',
  'console.account.profile.regionalFormat': 'Formato regional',
  'console.account.profile.formatExample': 'Las fechas y los números se ven así: {date}, {number}.',
  'console.account.profile.timeZone': 'Zona horaria',
  'console.account.profile.timeZoneHint': 'Todas las horas de Herald se muestran en ella; ahora son las {time} allí.',
  'console.account.profile.save': 'Guardar',
  'console.account.profile.saved': 'Perfil guardado',
  'console.account.profile.roles': 'Sus roles',
  'console.account.sessions.title': 'Dónde ha iniciado sesión',
  'console.account.sessions.intro':
    '{hours, plural, one {Las sesiones duran # hora.} other {Las sesiones duran # horas.}} Cierre las que no reconozca; cambiar la contraseña cierra todas excepto esta.',
  'console.account.sessions.browser': 'Explorador',
  'console.account.sessions.address': 'Dirección',
  'console.account.sessions.signedIn': 'Inicio de sesión',
  'console.account.sessions.lastSeen': 'Última actividad',
  'console.account.sessions.unknown': 'desconocido',
  'console.account.sessions.thisBrowser': 'este explorador',
  'console.account.sessions.endFrom': 'Cerrar la sesión de {browser}',
  'console.account.sessions.endUnknown': 'Cerrar la sesión de un explorador desconocido',
  'console.account.sessions.end': 'Cerrar',
  'console.account.sessions.endOthers': 'Cerrar todas las demás sesiones',
  'console.account.sessions.ended': 'Sesión cerrada',
  'console.account.sessions.othersEnded': 'Otras sesiones cerradas',
  'console.account.tokens.title': 'Tokens de API',
  'console.account.tokens.intro':
    'Para scripts e integraciones: envíelo como <code>{header}</code>. Actúa en su nombre, con sus permisos. Consulte la <docs>documentación de la API</docs>.',
  'console.account.tokens.name': 'Nombre del token',
  'console.account.tokens.namePlaceholder': 'p. ej., script de supervisión',
  'console.account.tokens.create': 'Crear token ({days, plural, one {# día} other {# días}})',
  'console.account.tokens.copyNow': 'Cópielo ahora; no se volverá a mostrar: <code>{secret}</code>',
  'console.account.tokens.none': 'No hay tokens.',
  'console.account.tokens.lastUsed': 'Último uso',
  'console.account.tokens.expires': 'Expira',
  'console.account.tokens.never': 'nunca',
  'console.account.tokens.revoke': 'Revocar',
  'console.account.tokens.revokeNamed': 'Revocar {name}',
  'console.account.tokens.revoked': 'Token revocado',
  'console.account.preferences.title': 'Preferencias de notificación',
  'console.account.preferences.accountCategory': 'Su cuenta y solicitudes',
  'console.account.preferences.caption': 'Canales por categoría',
  'console.account.preferences.category': 'Categoría',
  'console.account.preferences.channel':
    '{channel, select, email {Correo electrónico} push {Push} in_app {En la consola} other {{channel}}}',
  'console.account.preferences.cell':
    '{category} por {channel, select, email {correo electrónico} push {notificación push} in_app {en la consola} other {{channel}}}',
  'console.account.preferences.yourChoice': 'su elección',
  'console.account.preferences.defaultMajorOnly': 'predeterminado: solo cambios importantes',
  'console.account.preferences.default': 'predeterminado',
  'console.account.preferences.save': 'Guardar preferencias',
  'console.account.preferences.saved': 'Preferencias guardadas',
  'console.account.preferences.backToDefaults': 'Volver a los valores predeterminados',
  'console.account.push.title': 'Push en sus dispositivos',
  'console.account.push.intro':
    'Instale Herald en su teléfono (Agregar a la pantalla de inicio) y active allí las notificaciones push para recibir avisos dondequiera que esté.',
  'console.account.push.subscribe': 'Recibir notificaciones push en este dispositivo',
  'console.account.push.unsupported':
    'Este explorador no puede recibir notificaciones push aquí (se necesita una conexión segura y un explorador compatible).',
  'console.account.push.none': 'Todavía ningún dispositivo recibe notificaciones push.',
  'console.account.push.since': 'desde el {since}',
  'console.account.push.sinceDelivered': 'desde el {since} · última entrega {delivered}',
  'console.account.push.stop': 'Detener',
  'console.account.push.subscribed': 'Este dispositivo ahora recibe notificaciones push',
  'console.account.push.stopped': 'Notificaciones push detenidas para ese dispositivo',
  'console.account.push.blocked':
    'Las notificaciones están bloqueadas para este sitio en la configuración del explorador.',

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
