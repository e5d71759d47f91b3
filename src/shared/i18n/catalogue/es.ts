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
  'problem.title.validation': 'La solicitud no es válida',
  'problem.title.notFound': 'No encontrado',
  'problem.title.conflict': 'Conflicto con el estado actual',
  'problem.title.unauthenticated': 'Es necesario iniciar sesión',
  'problem.title.forbidden': 'No permitido',
  'problem.title.csrf': 'Falta el token CSRF o no es válido',
  'problem.title.illegalTransition': 'Ese cambio de estado no está permitido',
  'problem.title.rateLimited': 'Demasiadas solicitudes',
  'problem.title.unsupportedMediaType': 'Tipo de contenido no admitido',
  'problem.title.payloadTooLarge': 'Cuerpo de la solicitud demasiado grande',
  'problem.title.unavailable': 'No disponible temporalmente',
  'problem.title.databaseUnavailable': 'La base de datos no está disponible',
  'problem.title.privateName': 'Un texto público nombra a un cliente o a una persona',
  'problem.title.lowContrast': 'Un color haría la página difícil de leer',
  'problem.title.needsConfirmation': 'Confirma para continuar',
  'problem.title.internal': 'Error interno',
  'problem.internal': 'Algo salió mal por nuestra parte; el id de la solicitud es {requestId}.',
  'problem.fieldIs': '{field}: {message}',
  'problem.fieldSentence': '{label}: {message}',
  'problem.fieldSentences': '{sentences}.',
  'problem.sentenceList': '{first}; {rest}',
  'problem.theRequest': 'La solicitud',
  'problem.listItem': '{list}, elemento {item}',
  'problem.fieldInListItem': '{field} ({list}, elemento {item})',
  'problem.fieldName':
    '{name, select, url {URL} durationMinutes {Duración estimada} serviceId {Servicio} serviceIds {Servicios} tenantId {Inquilino} tenantIds {Inquilinos} environmentId {Entorno} environmentIds {Entornos} startsAt {Inicio} endsAt {Fin} eventTypes {Eventos} confirmNoEnvironments {Confirmación} title {Título} name {Nombre} email {Correo electrónico} description {Descripción} status {Estado} severity {Gravedad} password {Contraseña} domain {Dominio} version {Versión} regions {Regiones} preferences {Preferencias} windows {Ventanas} impact {Impacto} channel {Canal} body {Texto} message {Mensaje} type {Tipo} scope {Alcance} other {{words}}}',
  'problem.required': 'es obligatorio',
  'problem.isEmpty': 'está vacío',
  'problem.notJson': 'no es JSON válido',
  'problem.schema.unknownField': 'no es un campo conocido',
  'problem.schema.oneOf': 'debe ser uno de estos valores: {choices}',
  'problem.schema.notAChoice': 'no es una de las opciones',
  'problem.schema.const': 'debe ser {value}',
  'problem.schema.minLength':
    '{limit, plural, one {debe tener al menos # carácter} other {debe tener al menos # caracteres}}',
  'problem.schema.maxLength':
    '{limit, plural, one {debe tener como máximo # carácter} other {debe tener como máximo # caracteres}}',
  'problem.schema.minItems':
    '{limit, plural, =0 {debe tener al menos un elemento} one {debe tener al menos un elemento} other {debe tener al menos # elementos}}',
  'problem.schema.maxItems':
    '{limit, plural, one {debe tener como máximo # elemento} other {debe tener como máximo # elementos}}',
  'problem.schema.minimum': 'debe ser como mínimo {limit}',
  'problem.schema.maximum': 'debe ser como máximo {limit}',
  'problem.schema.exclusiveMinimum': 'debe ser mayor que {limit}',
  'problem.schema.exclusiveMaximum': 'debe ser menor que {limit}',
  'problem.schema.type':
    'debe ser {type, select, string {texto} number {un número} integer {un número entero} boolean {true o false} array {una lista} object {un objeto} null {vacío} other {de otro tipo}}',
  'problem.schema.typeEither':
    'debe ser {first, select, string {texto} number {un número} integer {un número entero} boolean {true o false} array {una lista} object {un objeto} null {vacío} other {de otro tipo}} o {second, select, string {texto} number {un número} integer {un número entero} boolean {true o false} array {una lista} object {un objeto} null {vacío} other {de otro tipo}}',
  'problem.schema.format':
    'debe ser {format, select, dateTime {una fecha y hora como 2026-12-02T14:00:00Z} date {una fecha como 2026-12-02} email {una dirección de correo} uri {una dirección web como https://example.com/} uuid {un identificador} other {en el formato {name}}}',
  'problem.schema.pattern': 'no tiene la forma esperada',
  'problem.schema.uniqueItems': 'tiene el mismo elemento dos veces',
  'problem.schema.anyOf': 'no tiene ninguna de las formas aceptadas',
  'problem.schema.invalid': 'no es válido',
  'problem.passedOn': '{reason}',
  'problem.sendJson': 'Envía el cuerpo como application/json (o text/csv donde la ruta lo indique).',
  'problem.bodyTooLarge': 'El cuerpo es más grande de lo que acepta esta ruta.',
  'problem.bodyEmpty': 'El cuerpo está vacío; envía un objeto JSON.',
  'problem.bodyNotJson': 'El cuerpo no es JSON válido: {reason}',
  'problem.sendCsrf': 'Envía el token de GET /api/session en la cabecera x-csrf-token.',
  'problem.concurrentChange': 'Un cambio simultáneo creó lo mismo antes; vuelve a leerlo antes de reintentar.',
  'problem.tooManyRequests': 'Demasiadas solicitudes; espera un minuto y vuelve a intentarlo.',
  'problem.tooManyAttempts': 'Demasiados intentos; vuelve a intentarlo en {after}.',
  'problem.signIn': 'Inicia sesión o envía un token de API como «{header}».',
  'problem.noRoute': 'Aquí no hay {method} {path}; consulta /docs para la API.',
  'problem.notFound.id': '{thing} «{id}»: no existe o no lo puedes ver',
  'problem.notFound': '{thing}: no encontrado',
  'problem.notFound.field': 'no corresponde a nada que puedas ver ({thing})',
  'problem.thing':
    '{thing, select, apiToken {Token de API} attachment {Adjunto} calendar {Calendario} claim {Reclamación} dataPrivacyReader {Lector de datos personales} delivery {Entrega} environment {Entorno} environmentInRollout {Entorno de este despliegue} event {Evento} featureReachingEnvironment {Función de una versión que llega a este entorno} groupRule {Regla de grupo} identityProvider {Proveedor de identidad} incident {Incidente} incidentTemplate {Plantilla de incidente} issue {Problema} maintenance {Mantenimiento} member {Miembro} message {Mensaje} operator {Operador} page {Aviso de guardia} person {Persona} postIncidentReport {Informe posterior al incidente} pushSubscription {Suscripción push} recipient {Destinatario} region {Región} release {Versión} releaseTrain {Tren de versiones} roleAssignment {Asignación de rol} rollout {Despliegue} scimToken {Token SCIM} service {Servicio} serviceHealth {Estado del servicio} session {Sesión} station {Estación} subscriber {Suscriptor} subscription {Suscripción} team {Equipo} tenant {Inquilino} ticket {Ticket} webhookEndpoint {Endpoint de webhook} other {Elemento}}',
  'problem.thing.indefinite':
    '{thing, select, apiToken {Token de API} attachment {Adjunto} calendar {Calendario} claim {Reclamación} dataPrivacyReader {Lector de datos personales} delivery {Entrega} environment {Entorno} environmentInRollout {Entorno de este despliegue} event {Evento} featureReachingEnvironment {Función de una versión que llega a este entorno} groupRule {Regla de grupo} identityProvider {Proveedor de identidad} incident {Incidente} incidentTemplate {Plantilla de incidente} issue {Problema} maintenance {Mantenimiento} member {Miembro} message {Mensaje} operator {Operador} page {Aviso de guardia} person {Persona} postIncidentReport {Informe posterior al incidente} pushSubscription {Suscripción push} recipient {Destinatario} region {Región} release {Versión} releaseTrain {Tren de versiones} roleAssignment {Asignación de rol} rollout {Despliegue} scimToken {Token SCIM} service {Servicio} serviceHealth {Estado del servicio} session {Sesión} station {Estación} subscriber {Suscriptor} subscription {Suscripción} team {Equipo} tenant {Inquilino} ticket {Ticket} webhookEndpoint {Endpoint de webhook} other {Elemento}}',
  'problem.database.cannotWrite':
    'La base de datos no puede guardar cambios ahora: {why, select, full {su disco está lleno} readOnly {es de solo lectura} io {su disco informa de un error de E/S} other {se ha quedado sin recursos}} ({code}). No se guardó nada; vuelve a intentarlo más tarde.',
  'problem.database.unreachable':
    'La base de datos no responde ({code}). No se guardó nada; vuelve a intentarlo en unos segundos.',
  'problem.email.tooLong': 'tiene más de 320 caracteres',
  'problem.email.invalid': 'no es una dirección de correo (nombre@example.com)',
  'problem.timeZone.invalid': 'no es una zona horaria IANA (como Europe/Paris o UTC)',
  'problem.locale.invalid': 'no es una configuración regional BCP 47 (como en-US)',
  'problem.region.unknown': 'no es una región; usa una de {choices}',
  'problem.url.httpOnly': 'debe ser una URL http(s)',
  'problem.url.invalid': 'no es una URL (https://…)',
  'problem.date.invalid': 'no es una fecha (AAAA-MM-DD)',
  'problem.domain.invalid': 'no es un nombre de dominio (contoso.com)',
  'problem.version.invalid': 'no es una versión (9.2.24104.155)',
  'problem.categories.unknown': 'tiene categorías desconocidas {unknown}; usa {choices}',
  'problem.tags.unknown': 'tiene etiquetas desconocidas {unknown}; usa {choices}',
  'problem.dateTime.invalid': 'no es una fecha y hora ISO 8601 con zona (2026-05-01T00:00:00Z)',
  'problem.actionRequired.past': 'está en el pasado; una fecha de acción requerida debe estar en el futuro',
  'problem.actionRequired.tooSoon':
    'debe ser al menos {days, plural, one {# día} other {# días}} después de publicar en un cambio importante ({earliest} o más tarde)',
  'problem.utc.invalid': 'no es una hora UTC ISO 8601 (2026-11-25T18:00:00Z)',
  'problem.windows.none': 'necesita al menos una ventana (una región con su inicio y su fin)',
  'problem.windows.twice': '{region} tiene dos ventanas; da una a cada región',
  'problem.windows.endsBeforeStart': 'termina antes de empezar ({end} no es posterior a {start})',
  'problem.windows.tooLong': 'hace la ventana más larga de {days, plural, one {# día} other {# días}}',
  'problem.windows.startInPast':
    'está en el pasado; el trabajo {kind, select, planned {planificado} security {de seguridad} other {{kind}}} se anuncia con antelación (el mantenimiento no planificado puede haber empezado ya)',
  'problem.isInPast': 'está en el pasado',
  'problem.release.version': 'no es una versión de cuatro partes (mayor.menor.compilación.revisión, como 9.2.25111.10)',
  'problem.release.databaseVersion': 'no debe ser inferior a la versión del servicio {version}',
  'problem.sla.monthNotOver': '{month} aún no ha terminado; reclama cuando su disponibilidad sea definitiva',
  'problem.sla.claimsClosed':
    'las reclamaciones de {month} se cerraron el {date} ({days, plural, one {# día} other {# días}} después del mes)',
  'problem.pir.advisory': 'los avisos no tienen informe posterior; los informes son para incidentes graves',
  'problem.pir.minor':
    'los informes posteriores son para incidentes graves; este es leve (corrige primero su gravedad si es un error)',
  'problem.ticket.already':
    'El ticket ya está {status, select, open {abierto} inProgress {en curso} waitingOnCustomer {en espera del cliente} resolved {resuelto} other {cerrado}}.',
  'problem.ticket.closed': 'El ticket está cerrado; abre uno nuevo si el problema vuelve.',
  'problem.ticket.cannotMove':
    'Un ticket {from, select, open {abierto} inProgress {en curso} waitingOnCustomer {en espera del cliente} resolved {resuelto} other {cerrado}} no puede pasar a «{to, select, open {abierto} inProgress {en curso} waitingOnCustomer {en espera del cliente} resolved {resuelto} other {cerrado}}» por {side, select, operator {un operador} other {el cliente}}.',
  'problem.incident.pirStatus':
    'postIncidentReviewPublished se establece al publicar el informe posterior al incidente, no con una publicación',
  'problem.incident.closed': 'el incidente está cerrado y su informe posterior publicado; abre un incidente nuevo',
  'problem.incident.ended': 'el incidente ha terminado ({status}); abre uno nuevo si el problema vuelve',
  'problem.incident.realImpact':
    'un incidente en {status} tuvo impacto real y no puede pasar a falsePositive; publica serviceRestored',
  'problem.notEmpty': 'no debe estar vacío',
  'problem.password.short': 'debe tener al menos 12 caracteres',
  'problem.isoDateTime': 'no es una fecha y hora ISO 8601',
  'problem.isoDateTime.example': 'no es una fecha y hora ISO 8601 (2026-11-25T14:30:00Z)',
  'problem.inFuture':
    'está en el futuro; {what, select, start {el inicio} end {el fin} other {{what}}} indica cuándo ocurrió',
  'problem.symptoms.unknown': 'tiene síntomas desconocidos {unknown}; usa {choices}',
  'problem.rollout.startInPast': 'está en el pasado; un despliegue se planifica a partir de ahora',
  'problem.subscribe.chooseSomething': 'elige al menos una región o un servicio, o todo',
  'problem.regions.unknown': 'tiene regiones desconocidas: {unknown}',
  'problem.services.unknown': 'tiene servicios desconocidos: {unknown}',
  'cli.description':
    'Herald: estado de los servicios, mantenimiento, actualizaciones y centro de mensajes para una nube multiinquilino.\nLa configuración viene del entorno (PORT, HOST, DATABASE_URL, PUBLIC_URL, SMTP_URL, …; consulta el README).',
  'cli.help.title':
    '{title, select, usage {Uso:} options {Opciones:} commands {Comandos:} arguments {Argumentos:} other {{title}}}',
  'cli.help.option': 'mostrar la ayuda del comando',
  'cli.help.afterError': '(añade --help para más información)',
  'cli.serve.description':
    'Inicia el servidor web y, salvo con HERALD_WORKER=off, el proceso de entrega en el mismo proceso. Primero migra la base de datos. Con --demo (o HERALD_DEMO=on) carga los datos de demostración en una base vacía.',
  'cli.serve.demoOption':
    'carga los inquilinos, personas (con una contraseña publicada) y eventos de demostración en una base vacía',
  'cli.worker.description':
    'Ejecuta solo el proceso de entrega y las tareas periódicas (tantos como quieras, con PostgreSQL).',
  'cli.migrate.description': 'Actualiza el esquema de la base de datos y termina.',
  'cli.migrate.applied': 'Aplicadas: {migrations}.',
  'cli.migrate.upToDate': 'La base de datos está actualizada.',
  'cli.seed.description': 'Carga datos en una base vacía.',
  'cli.seed.demoOption': 'los inquilinos, personas, incidentes, mantenimientos y mensajes de demostración',
  'cli.seed.sayWhat': 'Indica qué cargar: --demo',
  'cli.seed.notEmpty': 'La base de datos ya tiene personas; los datos de demostración solo se cargan en una vacía.',
  'cli.seed.loaded':
    'Datos de demostración cargados. Cada persona de demostración inicia sesión con la contraseña {password}.',
  'cli.operator.description': 'Los operadores del proveedor: el primero de una instalación se crea aquí.',
  'cli.operator.add.description':
    'Convierte a una persona en operador (creándola si es nueva) e imprime un enlace de un solo uso para definir una contraseña e iniciar sesión.',
  'cli.operator.emailOption': 'su correo electrónico, con el que inicia sesión',
  'cli.operator.nameOption': 'su nombre (por defecto: la parte del correo antes de @)',
  'cli.operator.list.description': 'Lista los operadores.',
  'cli.operator.remove.description':
    'Quita el rol de operador a una persona y cierra sus sesiones (nunca al último operador).',
  'cli.operator.whoseRole': 'de quién es el rol',
  'cli.operator.link.description':
    'Imprime un nuevo enlace de inicio de sesión de un solo uso para un operador (enlace o contraseña perdidos).',
  'cli.operator.whoseLink': 'para quién',
  'cli.operator.added':
    '{email} es operador. Envíale este enlace para definir una contraseña e iniciar sesión; funciona una vez, hasta {expiresAt}:',
  'cli.operator.newLink': 'Un nuevo enlace de inicio de sesión para {email}; funciona una vez, hasta {expiresAt}:',
  'cli.operator.none': 'Aún no hay operadores: `herald operator add --email tu@example.com` crea el primero.',
  'cli.operator.line':
    '{email}  {name}  desde {since}  {password, select, set {contraseña definida} other {aún sin contraseña (enlace de inicio de sesión pendiente)}}',
  'cli.operator.removed': '{email} ya no es operador; sus sesiones han terminado.',
  'cli.token.description': 'Tokens de API personales, enviados como «{header}».',
  'cli.token.create.description':
    'Crea un token para una persona y lo imprime (se muestra una vez; solo se guarda su hash).',
  'cli.token.whose': 'de quién es el token',
  'cli.token.nameOption': 'para qué sirve',
  'cli.token.daysOption': 'caduca tras este número de días (por defecto: nunca)',
  'cli.token.list.description': 'Lista los tokens de una persona (nunca los secretos).',
  'cli.token.whoseTokens': 'de quién',
  'cli.token.revoke.description': 'Revoca un token por su id (de `token list`).',
  'cli.token.idArgument': 'el id del token',
  'cli.token.badDays': '--days debe ser un número entero de días, no «{days}»',
  'cli.token.none': '{email} no tiene tokens de API.',
  'cli.token.line':
    '{id}  {name}  creado {created}  último uso {used, select, never {nunca} other {{used}}}  {state, select, revoked {revocado {at}} expires {caduca {at}} other {no caduca}}',
  'cli.token.revoked': 'El token {id} está revocado.',
  'cli.import.description':
    'Importa en bloque inquilinos, entornos y personas desde JSON (un archivo) o CSV (tenants.csv, environments.csv, people.csv). Todo o nada; muestra el progreso y un resumen.',
  'cli.import.filesArgument': 'un archivo .json, o archivos .csv con el nombre de lo que contienen',
  'cli.import.notJson': '{file} no es JSON válido: {reason}',
  'cli.import.badName':
    '{file}: indica un archivo .json, o archivos .csv cuyo nombre empiece por lo que contienen: {names}',
  'cli.import.progress':
    '{step, select, checking {comprobados} other {escritos}} {what, select, tenants {inquilinos} environments {entornos} services {servicios de entornos} people {personas} other {roles}}: {done, number} de {total, number}',
  'cli.import.starting':
    'Importando {tenants, plural, one {# inquilino} other {# inquilinos}}, {environments, plural, one {# entorno} other {# entornos}} y {people, plural, one {# persona} other {# personas}} desde {sources}…',
  'cli.import.done':
    'Importados {tenants, plural, one {# inquilino} other {# inquilinos}}, {environments, plural, one {# entorno} other {# entornos}}, {people, plural, one {# persona} other {# personas}} y {roles, plural, one {# rol} other {# roles}} en {seconds, number, ::.0} s.',
  'cli.import.failed':
    'no se importó nada; corrige {count, plural, one {el problema} other {los problemas}} de arriba y vuelve a ejecutarlo',
  'cli.rehearse.description':
    'Reproduce un escenario de eventos con hora (JSON) en un reloj simulado sobre una copia del directorio (la del escenario o una instantánea del real) y escribe la cronología: a quién se avisaría de qué, por qué canal y con qué regla. No envía nada.',
  'cli.rehearse.scenarioArgument': 'el archivo del escenario (.json)',
  'cli.rehearse.outOption':
    'dónde escribir timeline.json, timeline.txt y timeline.html (por defecto: {default} junto al archivo)',
  'cli.rehearse.written': 'Cronología escrita en {dir} (timeline.json, timeline.txt, timeline.html).',
  'cli.exportSite.description':
    'Escribe el sitio de estado de respaldo estático (HTML y JSON) en una carpeta, para servirlo con cualquier servidor web mientras Herald está caído.',
  'cli.exportSite.dirArgument': 'la carpeta donde escribir',
  'cli.exportSite.written': 'Sitio de estado estático escrito en {dir}.',
  'cli.worker.started':
    'herald worker: entregando desde {database}; correo {smtp, select, yes {por SMTP} other {guardado en la base de datos (sin SMTP_URL)}}.',
  'cli.worker.stopping': 'herald worker: {signal}, terminando las entregas en curso',
  'cli.serve.running': 'Herald se está ejecutando en {url}',
  'cli.serve.label':
    '{label, select, console {consola} status {estado público} docs {documentación de la API} database {base de datos} mail {correo} other {{label}}}',
  'cli.serve.demoLoaded': '{database}  (datos de demostración cargados)',
  'cli.serve.mailKept': 'guardado en Herald: consulta «Correo enviado» en la consola',
  'cli.serve.demoAccounts': 'Inicia sesión con cualquier cuenta de demostración, contraseña {password}:',
  'cli.serve.demoRole':
    '{role, select, operator {operador} orgAdmin {administrador de la organización, {tenant}} systemAdmin {administrador del sistema, {tenant}} other {{tenant}}}',
  'cli.serve.noOperator':
    'Aún no hay operador: `herald operator add --email tu@example.com` imprime un enlace para definir una contraseña.',
  'problem.dateTime.example': 'no es una fecha y hora (2026-11-25T17:00:00Z)',
  'problem.range.afterFrom': 'debe ser posterior a query.from',
  'problem.range.tooLong': 'debe ser como máximo {days, plural, one {# día} other {# días}} después de query.from',
  'problem.audit.orgAdminsOnly':
    'Solo los administradores de la organización del inquilino leen su registro de auditoría.',
  'problem.auth.useProvider':
    'Tu organización inicia tu sesión a través de su proveedor de identidad; empieza por tu correo en la página de inicio de sesión.',
  'problem.auth.noMatch': 'Ese correo y esa contraseña no coinciden con ninguna cuenta.',
  'problem.auth.operatorsCreateLinks': 'Solo los operadores crean enlaces de inicio de sesión.',
  'problem.auth.whoseToken': 'indica de quién es este token',
  'problem.members.orgAdminsDecide': 'Los administradores de la organización deciden qué ven los miembros.',
  'problem.messages.operatorsWrite': 'Solo los operadores escriben publicaciones del centro de mensajes.',
  'problem.messages.tenantRequired': 'es obligatorio: lees las publicaciones de varias organizaciones ({tenants})',
  'problem.replay.operatorsOnly': 'Solo los operadores repiten entregas.',
  'problem.replay.notDead': 'Esta entrega está en estado {status}; solo se repiten las entregas muertas.',
  'problem.sentMail.operatorsOnly': 'Solo los operadores leen el correo que guardó Herald.',
  'problem.sentMail.orgAdminsOnly': 'Solo los administradores de la organización leen el correo enviado a su gente.',
  'problem.unsubscribe.badLink':
    'no es un enlace de baja válido; puede haberse cortado o modificado. Usa el enlace del correo o cambia tus preferencias tras iniciar sesión.',
  'problem.webhooks.orgAdminsOnly': 'Solo los administradores de la organización del inquilino gestionan sus webhooks.',
  'problem.services.unknownList': 'tiene servicios desconocidos {unknown}',
  'problem.incidents.operatorsOpen': 'Solo los operadores abren incidentes y avisos.',
  'problem.subscribers.operatorsOnly': 'Solo los operadores ven los suscriptores de la página de estado.',
  'problem.calendar.orgAdminsOnly':
    'Solo los administradores de la organización crean la URL del calendario de su inquilino.',
  'problem.calendar.signIn':
    'Envía un token de API o usa la URL del calendario (con su token) que creó un administrador de la organización.',
  'problem.maintenance.operatorsSchedule': 'Solo los operadores programan mantenimientos.',
  'problem.auth.badToken': 'El token de API es desconocido, ha caducado o se ha revocado.',
  'problem.widgets.noRegion': 'No hay ninguna región «{region}» en la página de estado.',
  'problem.widgets.regionField': 'no es una región de la página de estado (usa su código, p. ej. EUR)',
  'problem.widgets.noService':
    'No hay ningún servicio «{service}»{region, select, other { en la región {region}} none {}} en la página de estado.',
  'problem.widgets.serviceField': 'no es un servicio de la página de estado (usa su id, como en components.json)',
  'problem.live.signIn': 'Inicia sesión para seguir los cambios en directo.',
  'problem.metrics.token': 'GET /metrics necesita «{header}».',
  'problem.status.preparing': 'El estado se está preparando; vuelve a intentarlo en unos segundos.',
  'problem.status.noComponent': 'No hay ningún componente «{id}» en la página de estado.',
  'problem.status.componentField': 'no es un id de componente ni de grupo de regiones de components.json',
  'problem.finiteNumber': 'debe ser un número finito',
  'problem.nulCharacter': 'no debe contener un carácter NUL',
  'problem.environments.operatorsCreate': 'Solo los operadores crean entornos.',
  'problem.environments.urlTaken': 'Ya hay un entorno con la URL {url}.',
  'problem.environments.earlyAccessOrgAdmins':
    'Solo los administradores de la organización del inquilino cambian el acceso anticipado.',
  'problem.environments.operatorsChange':
    'Solo los operadores cambian un entorno; los administradores de la organización pueden cambiar el acceso anticipado.',
  'problem.operators.operatorsOnly': 'Solo los operadores gestionan operadores.',
  'problem.operators.already':
    '{email} ya es operador; `herald operator link --email {email}` le da un nuevo enlace de inicio de sesión.',
  'problem.operators.last': '{email} es el único operador; añade otro antes de quitarlo.',
  'problem.people.emailTaken': 'Ya existe una persona con el correo {email}.',
  'problem.people.operatorsCreate':
    'Solo los operadores crean personas; los administradores de la organización añaden destinatarios adicionales.',
  'problem.people.ownProfile': 'Cada persona cambia su propio perfil; los operadores, el de cualquiera.',
  'problem.people.environmentRequired':
    'es obligatorio para {role, select, member {un miembro} other {un administrador del sistema}}',
  'problem.people.tenantRequired': 'es obligatorio para {role}',
  'problem.people.roleTaken': 'Esa persona ya tiene el rol {role} ahí.',
  'problem.people.orgAdminsAdd':
    'Los administradores de la organización añaden destinatarios adicionales; los demás roles los asignan los operadores.',
  'problem.people.orgAdminsRemove':
    'Los administradores de la organización quitan destinatarios adicionales; los demás roles los quitan los operadores.',
  'problem.people.categoryRequired': 'debe indicar al menos una categoría',
  'problem.people.alreadyRecipient':
    '{email} ya recibe el correo de este inquilino; quítalo primero para cambiar sus categorías.',
  'problem.people.orgAdminsRecipients':
    'Solo los administradores de la organización gestionan quién más recibe correo.',
  'problem.regions.operatorsOnly': 'Solo los operadores cambian las regiones.',
  'problem.regions.unknownStation': 'no es una estación; usa una de {choices}',
  'problem.regions.operatorsStations': 'Solo los operadores cambian las estaciones.',
  'problem.regions.pauseHours': 'debe ser un número entero de horas de 0 a 336',
  'problem.services.operatorsAdd': 'Solo los operadores añaden servicios.',
  'problem.services.slug': 'debe tener minúsculas, dígitos y guiones (power-apps)',
  'problem.services.idTaken': 'Ya existe un servicio con el id {id}.',
  'problem.services.nameTaken': 'Ya hay un servicio llamado {name}.',
  'problem.services.operatorsAddFeatures': 'Solo los operadores añaden funciones.',
  'problem.services.featureSlug': 'debe ser «{prefix}» seguido de minúsculas, dígitos y guiones',
  'problem.services.featureIdTaken': 'Ya existe una función con el id {id}.',
  'problem.tenants.language': 'no es un idioma que hable Herald ({choices})',
  'problem.tenants.operatorsCreate': 'Solo los operadores crean inquilinos.',
  'problem.tenants.domainTaken': 'Ya existe un inquilino con el dominio {domain}.',
  'problem.tenants.operatorsChange': 'Solo los operadores cambian un inquilino.',
  'problem.identity.orgAdminsOnly':
    'Solo los administradores de la organización del inquilino gestionan su inicio de sesión y aprovisionamiento.',
  'problem.identity.domainRequired': 'debe indicar al menos un dominio',
  'problem.identity.joinMode': 'debe ser «join» o «approval»',
  'problem.identity.domainElsewhere': '{domain} pertenece a otra organización.',
  'problem.identity.groupRole': 'debe ser «org_admin» o «system_admin»',
  'problem.identity.onlySystemAdmin': 'solo es para system_admin',
  'problem.identity.ruleTaken': 'Ese grupo ya da ese rol.',
  'problem.identity.notPending': 'Esa persona no está esperando aprobación.',
  'problem.teams.operatorsOnly': 'Solo los operadores gestionan los equipos de producto y sus avisos.',
  'problem.teams.routingKey': 'es obligatorio con un webhook (la clave de integración de PagerDuty)',
  'problem.teams.route': 'o un webhookUrl es necesario: un equipo sin ruta de guardia no puede recibir avisos',
  'problem.teams.nameTaken': 'Ya hay un equipo con ese nombre.',
  'problem.teams.acknowledged': 'Este aviso se confirmó el {at}.',
  'problem.import.operatorsOnly': 'Solo los operadores importan el directorio.',
  'problem.import.more':
    'y {count, plural, one {# problema más sin listar} other {# problemas más sin listar}}; no se importó nada',
  'problem.import.repeats': 'repite {first}',
  'problem.import.categoriesOnlyRecipient': 'solo son para additional_recipient',
  'problem.import.notForOperator': 'no se usa para un operador',
  'problem.import.tenantRequired': 'es obligatorio para {role} (el dominio del inquilino)',
  'problem.import.environmentOnly': 'solo es para system_admin y member',
  'problem.import.environmentRequired': 'es obligatorio para {role} (la URL del entorno)',
  'problem.import.tenantExists': 'ya existe un inquilino con el dominio {domain}',
  'problem.import.noTenant': 'ningún inquilino tiene el dominio {domain}, ni en esta importación ni antes',
  'problem.import.urlTaken': 'ya hay un entorno con la URL {url}',
  'problem.import.noEnvironment': 'ningún entorno tiene la URL {url}, ni en esta importación ni antes',
  'problem.import.otherTenant': 'pertenece a otro inquilino distinto de {domain}',
  'problem.import.personExists': 'ya existe una persona con el correo {email}',
  'problem.import.unknownField': 'no es un campo conocido; usa {choices}',
  'problem.import.text': 'debe ser texto',
  'problem.import.boolean': 'debe ser true o false',
  'problem.import.textList': 'debe ser una lista de textos',
  'problem.import.document': 'debe ser un objeto con las listas tenants, environments y people',
  'problem.import.unknownList': 'no es una lista conocida; usa {choices}',
  'problem.import.list': 'debe ser una lista',
  'problem.import.object': 'debe ser un objeto',
  'problem.import.csv': 'no es CSV válido: {reason}',
  'problem.import.noHeader': 'está vacío; la primera línea nombra las columnas',
  'problem.import.unknownColumn': 'no es una columna conocida; usa {choices}',
  'problem.import.missingColumn': 'es una columna obligatoria y falta',
  'problem.import.valueCount':
    'tiene {values, plural, one {# valor} other {# valores}}; la cabecera tiene {columns, number}',
  'problem.import.differs': 'difiere de {first} para el mismo correo',
  'problem.templates.operatorsOnly': 'Solo los operadores mantienen plantillas de incidente.',
  'problem.templates.nameTaken': 'Ya hay una plantilla llamada «{name}».',
  'problem.incidents.openingStatus':
    'un incidente se abre en {choices}; publica los estados posteriores como actualizaciones',
  'problem.incidents.noEnvironment':
    'no afecta a ningún entorno: ningún entorno de estos inquilinos ejecuta los servicios',
  'problem.incidents.operatorsOnly':
    'Solo los operadores {what, select, open {abren incidentes y avisos} post {publican actualizaciones de incidentes} change {cambian incidentes} other {corrigen la gravedad}}.',
  'problem.incidents.cannotMove': '{id} no puede pasar de {from} a {to}: {reason}.',
  'problem.incidents.endOnlyWhenEnded': 'solo se indica con serviceRestored o falsePositive',
  'problem.incidents.beforeStart': 'es anterior al inicio del incidente ({start})',
  'problem.incidents.afterEnd': 'es posterior al fin del incidente ({end})',
  'problem.reports.operatorsOnly': 'Solo los operadores escriben y publican informes posteriores a incidentes.',
  'problem.reports.refused': '{id} no puede tener un informe posterior: {reason}.',
  'problem.reports.falsePositive': '{id} fue un falso positivo: no hubo impacto que informar.',
  'problem.reports.ongoing': '{id} sigue en curso; su informe posterior llega tras restablecer el servicio.',
  'problem.beforeStart': 'es anterior al inicio',
  'problem.reports.noDraft': '{id} aún no tiene informe posterior; escríbelo (PUT …/report) antes de publicar.',
  'problem.reports.published': 'El informe posterior de {id} ya se publicó el {at}.',
  'problem.reports.listScope':
    'Los operadores listan todos los informes; los administradores, los de su inquilino en {path}.',
  'problem.scope.service': 'indica al menos un servicio',
  'problem.scope.target': 'indica las regiones, inquilinos o entornos que afecta el incidente',
  'problem.tenants.unknown': 'tiene inquilinos desconocidos: {unknown}',
  'problem.environments.unknown': 'tiene entornos desconocidos: {unknown}',
  'problem.month.invalid': 'no es un mes (AAAA-MM)',
  'problem.sla.orgAdminsClaim':
    'Solo los administradores de la organización del inquilino reclaman créditos de servicio.',
  'problem.services.notKnown': 'no es un servicio conocido',
  'problem.sla.alreadyClaimed': '{service} de {month} ya se reclamó (reclamación {id}, {status}).',
  'problem.sla.noIncident':
    'Ningún incidente afectó a {service} para tu organización en {month}: la disponibilidad fue del 100 %, así que no hay nada que reclamar.',
  'problem.sla.aboveThreshold':
    '{service} estuvo disponible el {percent} % de {month}, no por debajo del {threshold} %: no se aplica ningún nivel de crédito.',
  'problem.sla.operatorsDecide': 'Solo los operadores deciden sobre las reclamaciones de créditos de servicio.',
  'problem.sla.decided': 'La reclamación {id} ya se resolvió ({status}) el {at}.',
  'problem.sla.listScope':
    'Solo los operadores ven las reclamaciones de todos los inquilinos; los administradores ven las suyas en {path}.',
  'problem.tooLong200': 'tiene más de 200 caracteres',
  'problem.email.notAddress': 'no es una dirección de correo',
  'problem.phone.invalid': 'no es un número de teléfono (dígitos, espacios, + ( ) - .)',
  'problem.tickets.environment': 'indica el entorno en el que está el problema',
  'problem.tickets.twin':
    'Abriste este ticket hace un momento ({id}); añade información allí en lugar de abrirlo otra vez.',
  'problem.tickets.listScope':
    'Solo los operadores ven los tickets de todos los inquilinos; los administradores ven los suyos en {path}.',
  'problem.tickets.movedMeanwhile':
    'El ticket pasó mientras tanto a «{status, select, open {abierto} inProgress {en curso} waitingOnCustomer {en espera del cliente} resolved {resuelto} other {cerrado}}»; revísalo antes de cambiarlo.',
  'problem.tickets.fileEmpty': '{name} está vacío',
  'problem.tickets.fileTooLarge': '{name} ocupa {size, number, ::.0} MB; los adjuntos tienen como máximo 5 MB.',
  'problem.tickets.fileOver5': '{name} ocupa más de 5 MB',
  'problem.tickets.fileKind':
    '{name} no es uno de los archivos que acepta un ticket (PNG, JPEG, PDF, texto o registro).',
  'problem.tickets.fileKindField': '{name} no es un archivo PNG, JPEG, PDF, de texto o de registro',
  'problem.tickets.operatorsLink': 'Solo los operadores vinculan tickets con incidentes.',
  'problem.incidents.notKnown': 'no es un incidente conocido',
  'problem.tickets.incidentElsewhere':
    '{id} no afecta a los entornos de este inquilino, así que sus administradores no podrían verlo; añádelos antes al alcance del incidente.',
  'problem.features.orgAdminsOnly':
    'Solo los administradores de la organización del inquilino activan o desactivan funciones.',
  'problem.features.notDisruptive':
    '{feature} no es un cambio disruptivo: está activa dondequiera que haya llegado su versión.',
  'problem.features.notYet': '{release} aún no ha llegado a {environment}; prueba la función cuando llegue.',
  'problem.maintenance.duration': 'debe ser un número entero de minutos de 1 a {max}',
  'problem.maintenance.longerThanWindow':
    'es más largo que la ventana más larga ({minutes, plural, one {# minuto} other {# minutos}})',
  'problem.environments.unknownList': 'tiene entornos desconocidos {unknown}',
  'problem.maintenance.outsideWindows': 'tiene entornos en regiones sin ventana: {environments}',
  'problem.maintenance.nobody':
    'Ningún entorno se ejecuta en estas regiones con estos servicios, así que no se avisaría a nadie. Revisa las regiones y los servicios, o confirma para programarlo de todos modos.',
  'problem.maintenance.operatorsChange': 'Solo los operadores cambian mantenimientos.',
  'problem.maintenance.frozen': 'Un mantenimiento en estado {state} no puede cambiar.',
  'problem.maintenance.keepRegion': 'debe mantener {region}: su ventana ya empezó',
  'problem.maintenance.started': '{region} empezó a las {at}; solo puede moverse su fin',
  'problem.maintenance.operatorsCancel': 'Solo los operadores cancelan mantenimientos.',
  'problem.maintenance.cannotCancel':
    'Un mantenimiento en estado {state} no se puede cancelar; informa de cómo terminó.',
  'problem.maintenance.listScope': 'Solo los operadores listan todos los mantenimientos; los inquilinos leen {path}.',
  'problem.maintenance.operatorsReport': 'Solo los operadores informan de cómo va un mantenimiento.',
  'problem.reportPast': 'está en el futuro; informa de lo que ha pasado',
  'problem.maintenance.cancelled': 'Este mantenimiento se canceló.',
  'problem.maintenance.regionsWithoutWindow': 'tiene regiones sin ventana en este mantenimiento: {regions}',
  'problem.maintenance.allEnded': 'Todas las ventanas de este mantenimiento ya han terminado.',
  'problem.maintenance.windowMove': '{region} está en estado {state}; no puede pasar a {to}.',
  'problem.rollouts.stationHeld':
    'La estación {station} de {region} está en estado {state}; reanuda primero el despliegue.',
  'problem.rollouts.held': 'El despliegue está en estado {state}; reanúdalo primero.',
  'problem.rollouts.windowOpens':
    'La ventana {part, select, database {de base de datos} other {de servicio}} de {region} para este entorno se abre a las {at}.',
  'problem.rollouts.operatorsReport': 'Solo los operadores y su automatización informan del progreso del despliegue.',
  'problem.trains.operatorsSetUp': 'Solo los operadores configuran trenes de versiones.',
  'problem.regions.unknownList': 'tiene regiones desconocidas {unknown}',
  'problem.regions.atLeastOne': 'debe indicar al menos una región (u omitirse para todas)',
  'problem.trains.exists': 'La línea de productos {line} ya tiene un tren de versiones.',
  'problem.trains.operatorsFollow': 'Solo los operadores siguen los trenes de versiones.',
  'problem.trains.operatorsWeeks': 'Solo los operadores retienen, saltan o mueven semanas de un tren de versiones.',
  'problem.trains.monday': 'debe ser el lunes de la semana, AAAA-MM-DD',
  'problem.trains.moveTo': 'es obligatorio para mover una semana: una hora UTC ISO 8601 (2027-04-06T18:00:00Z)',
  'problem.trains.moveLater': 'está en el pasado; una semana se mueve a un momento posterior',
  'problem.trains.begun': 'La semana del {week} ya ha empezado.',
  'problem.listedTwice': 'aparece dos veces',
  'problem.releases.operatorsOnly': 'Solo los operadores publican versiones.',
  'problem.releases.unknownServices': 'nombran servicios desconocidos {unknown}',
  'problem.releases.exists': 'Ya existe una versión {version}.',
  'problem.rollouts.pauseHours': 'debe ser un número entero de horas de 0 a {max}',
  'problem.regions.unknownUse': 'tiene regiones desconocidas {unknown}; usa {choices}',
  'problem.regions.twice': 'incluye una región dos veces',
  'problem.rollouts.operatorsOnly': 'Solo los operadores despliegan versiones.',
  'problem.rollouts.exists': 'La versión {version} ya tiene un despliegue; retén, reanuda o detén ese.',
  'problem.rollouts.wave':
    'no está en abril ni en octubre; las grandes oleadas de versiones se despliegan desde abril (oleada 1) y octubre (oleada 2)',
  'problem.rollouts.operatorsFollowTenants':
    'Solo los operadores siguen los despliegues; los inquilinos los ven en el centro de mensajes y en cada entorno.',
  'problem.rollouts.operatorsFollow': 'Solo los operadores siguen los despliegues.',
  'problem.rollouts.operatorsControl': 'Solo los operadores retienen, reanudan o detienen despliegues.',
  'problem.rollouts.cannot':
    'Un despliegue en estado {state} no se puede {action, select, hold {retener} resume {reanudar} other {detener}}.',
  'problem.messages.unknownIds':
    'tiene {what, select, services {servicios desconocidos} tenants {inquilinos desconocidos} other {entornos desconocidos}} {ids}',
  'problem.auth.linkRefused':
    '{state, select, used {ya se ha usado} expired {ha caducado} other {no es un enlace de inicio de sesión válido}}; pide uno nuevo a un operador (herald operator add, o un restablecimiento de contraseña).',
  'problem.messages.fileName': 'debe ser un nombre de archivo de 1 a 200 caracteres sin barras',
  'problem.messages.mediaType': 'no es un tipo de medio (application/pdf)',
  'problem.messages.base64': 'no está en base64',
  'problem.messages.fileTooLarge': 'ocupa más de {kib} KiB',
  'problem.tooLong300': 'tiene más de 300 caracteres',
  'problem.tooLong100k': 'tiene más de 100.000 caracteres',
  'problem.messages.endAfterStart': 'debe ser posterior a startDateTime',
  'problem.messages.audienceEmpty':
    'no nombra a nadie; indica allTenants, tenantIds, environmentIds, regionCodes o serviceIds',
  'problem.messages.tooManyFiles': 'tiene más de {max, plural, one {# archivo} other {# archivos}}',
  'problem.messages.operatorsManage':
    'Solo los operadores escriben publicaciones del centro de mensajes; los lectores usan {path}.',
  'problem.messages.publishedDelete':
    'Una publicación publicada no se puede eliminar; ponle una fecha de fin y caducará.',
  'problem.messages.maxAttachments':
    'Una publicación tiene como máximo {max, plural, one {# adjunto} other {# adjuntos}}; quita uno primero.',
  'problem.privacy.orgAdminsOnly':
    'Solo los administradores de la organización eligen quién lee las publicaciones de privacidad de datos.',
  'problem.privacy.notMember': 'no es una persona de esta organización',
  'problem.releaseStatus.operatorsOnly': 'Solo los operadores definen el estado de la versión.',
  'problem.releaseStatus.draft': 'la publicación es un borrador: publícala primero, su audiencia se elige entonces',
  'problem.releaseStatus.outside': 'no están en la audiencia de la publicación: {ids}',
  'problem.schedule.published': 'Esta publicación ya está publicada; solo se puede programar un borrador.',
  'problem.schedule.past': 'está en el pasado; indica una hora posterior (UTC) o publica ahora',
  'problem.share.nobody': 'no nombra a nadie',
  'problem.share.tooMany': 'tiene más de {max, plural, one {# dirección} other {# direcciones}}',
  'problem.share.noteTooLong': 'tiene más de {max, plural, one {# carácter} other {# caracteres}}',
  'problem.share.notMember': '{email} no es una persona de tu organización',
  'problem.share.notPrivacyReader':
    '{email} no puede leer publicaciones de privacidad de datos; un administrador de la organización puede hacerlo lector de datos personales',
  'problem.publicText.names':
    'nombra {names} del directorio; el texto de la página de estado pública no debe nombrar a un inquilino, entorno o persona',
  'problem.rehearsal.operatorsOnly': 'Solo los operadores ensayan escenarios.',
  'problem.rehearsal.running': 'Ya hay un ensayo en curso; vuelve a intentarlo cuando termine.',
  'problem.subscribe.emailRequired': 'escribe el correo al que enviar las actualizaciones (o una URL de webhook)',
  'problem.subscribe.notBoth': 'indica un correo o una URL de webhook, no ambos',
  'problem.subscribe.slackUrl': 'es necesaria para Slack: la URL del webhook entrante, no un correo',
  'problem.subscribe.teamsUrl': 'es necesaria para Teams: la URL del flujo de trabajo, no un correo',
  'problem.subscribe.badLink':
    'no es un enlace enviado por Herald; puede haberse cortado o modificado. Usa el enlace del correo.',
  'problem.subscribe.alreadyConfirmed':
    'Este enlace de confirmación ya se usó: la suscripción está confirmada. No se cambió nada.',
  'problem.trains.prefix': 'debe ser mayor.menor, como 9.2',
  'problem.trains.link': 'debe ser un enlace https (puede contener {version} y {week})',
  'problem.trains.weekday': 'debe ser de 0 (domingo) a 6 (sábado)',
  'problem.trains.hour': 'debe ser una hora entera de 0 a 23 (UTC)',
  'problem.trains.leadDays': 'debe ser un número entero de días de 1 a 28',
  'problem.branding.operatorsOnly': 'Solo los operadores gestionan la imagen de marca de la página de estado.',
  'problem.branding.notColour': '«{value}» no es un color; indícalo como #rrggbb',
  'problem.branding.contrast':
    '{value} tiene una relación de contraste de {ratio}:1 como {use, select, primaryColor {fondo de texto blanco} other {texto sobre el fondo de la página}}; se necesita al menos {min}:1 para que sea legible',
  'problem.branding.scheme': 'debe ser una dirección {schemes, select, https {https} other {https o mailto}}',
  'problem.subscribe.format': 'es standard (Standard Webhooks), slack (Slack) o teams (Microsoft Teams)',
  'problem.import.kindRequired': 'es obligatorio con un cuerpo CSV: uno de {choices}',
  'problem.target.httpsOnly': 'debe ser una URL https',
  'problem.target.credentials': 'no debe contener un nombre de usuario ni una contraseña',
  'problem.target.unresolved': 'tiene un nombre de host ({host}) que no se resuelve',
  'problem.target.special':
    'apunta a {address}, una dirección privada, de bucle local, de enlace local o especial a la que Herald no envía',
  'problem.rehearsal.tooLong':
    'end: un ensayo desde la consola abarca como máximo {days, plural, one {# día} other {# días}}; ejecuta uno más largo con herald rehearse',

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
