import type { Catalogue } from './en.js';

const ptBR: Catalogue = {
  'language.name': 'Português (Brasil)',
  'language.switch': 'Idioma',
  'common.labelValue': '{label}: {value}',
  'common.headline': '{heading}: {title}',
  'common.range': '{start} – {end}',
  'common.contactSupport': 'Falar com o suporte',

  'notice.heading.plannedMaintenance': 'Manutenção programada',
  'notice.heading.maintenanceUpdated': 'Manutenção programada alterada',
  'notice.heading.maintenanceCancelled': 'Manutenção cancelada',
  'notice.heading.unplannedMaintenance': 'Manutenção não programada',
  'notice.heading.incident': '{classification, select, advisory {Aviso de serviço} other {Incidente de serviço}}',
  'notice.heading.incidentUpdate': 'Atualização do incidente',
  'notice.heading.serviceRestored': 'Serviço restabelecido',
  'notice.heading.postIncidentReport': 'Relatório pós-incidente',
  'notice.heading.actionNeeded': 'Ação necessária',
  'notice.heading.messageCenter': 'Central de mensagens',
  'notice.heading.messageUpdated': 'Mensagem alterada',
  'notice.heading.actionRequiredBy': 'Ação necessária até um prazo',
  'notice.heading.digest': 'Seu resumo da Central de mensagens',
  'notice.heading.sharedWithYou': 'Compartilhado com você',
  'notice.heading.yourAdmins': 'Seus administradores',
  'notice.heading.webhookPaused': 'Endpoint de webhook pausado',
  'notice.heading.slaClaim': 'Solicitação de crédito de serviço',
  'notice.heading.ticketUpdated': 'Chamado de suporte atualizado',
  'notice.heading.ticketReply': 'Nova resposta em um chamado de suporte',
  'notice.subject.organization': '[{organization}] {headline}',
  'notice.hello': 'Olá, {name},',
  'notice.yourOrganization': 'Sua organização',
  'notice.affectedEnvironments': '{count, plural, one {Ambiente afetado} other {Ambientes afetados ({count, number})}}',
  'notice.field.status': 'Status',
  'notice.field.severity': 'Gravidade',
  'notice.field.services': 'Serviços',
  'notice.field.regions': 'Regiões',
  'notice.field.impact': 'Impacto esperado',
  'notice.field.durationMinutes': 'Duração estimada do impacto',
  'notice.field.userExperience': 'Experiência do usuário',
  'notice.field.startsAt': 'Início',
  'notice.field.endsAt': 'Término',
  'notice.field.workaround': 'Solução alternativa',
  'notice.field.rootCause': 'Causa raiz',
  'notice.field.nextSteps': 'Próximas etapas',
  'notice.field.actionRequiredBy': 'Prazo',
  'notice.field.releaseNotesUrl': 'Notas da versão',
  'notice.field.note': 'Observação',
  'notice.minutes': '{minutes, plural, one {# minuto} other {# minutos}}',
  'notice.actBy': 'prazo: {time}',
  'notice.open': 'Abrir no Herald',
  'notice.why': 'Você recebe esta mensagem por causa da regra de notificação “{rule}”.',
  'notice.unsubscribe': 'Cancelar inscrição',
  'notice.preferences': 'Preferências de notificação',

  'subscriber.headline.incidentOpened': 'Em investigação',
  'subscriber.headline.incidentUpdated': 'Atualização',
  'subscriber.headline.incidentRestored': 'Resolvido',
  'subscriber.headline.maintenanceScheduled': 'Manutenção programada',
  'subscriber.headline.maintenanceUnplanned': 'Manutenção',
  'subscriber.headline.maintenanceUpdated': 'Manutenção alterada',
  'subscriber.headline.maintenanceCancelled': 'Manutenção cancelada',
  'subscriber.headline.maintenanceStarted': 'Manutenção iniciada',
  'subscriber.headline.maintenanceCompleted': 'Manutenção concluída',
  'subscriber.headline.other': 'Atualização',
  'subscriber.services': 'Serviços',
  'subscriber.regions': 'Regiões',
  'subscriber.when': 'Quando',
  'subscriber.expectedImpact': 'Impacto esperado',
  'subscriber.statusPage': 'Página de status',
  'subscriber.seeStatusPage': 'Ver a página de status',
  'subscriber.why': 'Você recebe esta mensagem porque este endereço assinou {pageName}.',
  'subscriber.manage': 'Gerenciar sua inscrição',
  'subscriber.unsubscribe': 'Cancelar inscrição',
  'subscriber.support': 'Suporte',
  'subscriber.subscribed': 'Inscrito',
  'subscriber.welcome':
    'Este canal agora recebe os incidentes públicos e as manutenções programadas de {pageName} à medida que são criados, atualizados e resolvidos.',
  'subscriber.changeOrUnsubscribe': 'Alterar ou cancelar inscrição',
  'subscriber.chatContext': '{pageName} · alterar ou cancelar inscrição: {url}',
  'subscriber.confirm.subject': '[{pageName}] Confirme sua inscrição',
  'subscriber.confirm.body':
    'Alguém, provavelmente você, pediu para receber as novidades de {pageName} neste endereço.',
  'subscriber.confirm.link': 'Confirmar a inscrição',
  'subscriber.confirm.ignore': 'Se não foi você, ignore esta mensagem: nada mais será enviado.',
  'subscriber.already.subject': '[{pageName}] Você já está inscrito',
  'subscriber.already.body': 'Alguém pediu para inscrever este endereço em {pageName}; ele já está inscrito.',
  'subscriber.already.link': 'Alterar o que você recebe',

  'status.component':
    '{status, select, operational {Operacional} under_maintenance {Em manutenção} degraded_performance {Desempenho degradado} partial_outage {Interrupção parcial} other {Interrupção grave}}',
  'status.badge':
    '{status, select, operational {operacional} under_maintenance {manutenção} degraded_performance {degradado} partial_outage {interrupção parcial} other {interrupção grave}}',
  'status.indicator':
    '{indicator, select, none {Todos os sistemas operacionais} minor {Interrupção leve de serviço} major {Interrupção parcial do sistema} critical {Interrupção grave de serviço} other {Serviço em manutenção}}',
  'status.incident':
    '{status, select, investigating {Em investigação} serviceDegradation {Serviço degradado} serviceInterruption {Interrupção do serviço} restoringService {Restabelecendo o serviço} extendedRecovery {Recuperação prolongada} verifyingService {Verificando o serviço} serviceRestored {Serviço restabelecido} falsePositive {Falso positivo} postIncidentReviewPublished {Relatório pós-incidente publicado} other {Atualização}}',
  'status.maintenance':
    '{status, select, scheduled {Programada} in_progress {Em andamento} verifying {Em verificação} completed {Concluída} other {Programada}}',
  'status.severity': '{severity, select, major {Grave} minor {Leve} other {Gravidade desconhecida}}',

  'page.lastChange': 'Última alteração: {time}. Os horários estão em UTC.',
  'page.activeIncidents': 'Incidentes ativos',
  'page.noIncidents': 'Nenhum incidente no momento.',
  'page.scheduledMaintenance': 'Manutenção programada',
  'page.noMaintenance': 'Nenhuma manutenção com impacto esperado está programada.',
  'page.servicesByRegion': 'Serviços por região',
  'page.noServices': 'Ainda não há serviços para mostrar.',
  'page.history': 'Histórico ({days, plural, one {último dia} other {últimos # dias}})',
  'page.noHistory':
    '{days, plural, one {Nenhum incidente no último dia.} other {Nenhum incidente nos últimos # dias.}}',
  'page.column.service': 'Serviço',
  'page.column.status': 'Status',
  'page.column.lastDays': '{days, plural, one {Último dia} other {Últimos # dias}}',
  'page.column.uptime': 'Disponibilidade',
  'page.uptimeBars': 'Disponibilidade {days, plural, one {no último dia} other {nos últimos # dias}}',
  'page.userExperience': 'Experiência do usuário:',
  'page.workaround': 'Solução alternativa:',
  'page.since': 'desde {time}',
  'page.reportPublished':
    'Um relatório pós-incidente foi publicado em {time}; os administradores o encontram no painel de integridade dos serviços.',
  'page.expectedImpact': 'impacto esperado: {impact}',
  'page.subscribe': 'Receber atualizações',
  'page.calendar': 'Calendário de manutenções (iCal)',
  'page.historyAtom': 'Histórico de incidentes (Atom)',
  'page.historyRss': 'Histórico de incidentes (RSS)',
  'embed.fullStatus': 'Status completo e histórico',

  'feed.title': '{pageName} — histórico de incidentes',
  'feed.titleComponent': '{pageName} — {component} — histórico de incidentes',
  'feed.word':
    '{word, select, investigating {Em investigação} identified {Causa identificada} monitoring {Em monitoramento} resolved {Resolvido} postmortem {Relatório pós-incidente} other {Atualização}}',
  'feed.calendarName': '{pageName} — manutenções',
  'feed.calendarDescription': 'Impacto esperado: {impact}. Regiões: {regions}. Status: {status}.',

  'subscribe.title': 'Receber atualizações',
  'subscribe.intro':
    'Receba incidentes públicos e manutenções programadas à medida que são criados, atualizados e resolvidos. Primeiro você confirma; cada mensagem traz um link para alterar sua escolha ou cancelar a inscrição com um clique.',
  'subscribe.byEmail': 'Por e-mail',
  'subscribe.email': 'Endereço de e-mail',
  'subscribe.byWebhook': 'Ou por webhook, Slack ou Microsoft Teams',
  'subscribe.url': 'URL do webhook (https)',
  'subscribe.format.standard': 'Webhook (Standard Webhooks)',
  'subscribe.format.slack': 'Webhook de entrada do Slack',
  'subscribe.format.teams': 'Fluxo de trabalho do Microsoft Teams',
  'subscribe.webhookHelp':
    'Um webhook é assinado conforme o Standard Webhooks e começa quando seu endpoint responde com um 2xx ao evento assinado subscription.verification, que traz o segredo de assinatura. Slack e Teams recebem primeiro uma mensagem “Inscrito”: a inscrição começa quando a URL a aceita.',
  'subscribe.what': 'Sobre o que você quer ser avisado',
  'subscribe.everything': 'Tudo: cada incidente público e cada manutenção',
  'subscribe.only': 'Ou apenas o que afetar estas regiões ou serviços:',
  'subscribe.submit': 'Inscrever-se',
  'subscribe.sendsTo': 'As atualizações vão para {address}.',
  'subscribe.save': 'Salvar',
  'subscribe.unsubscribe': 'Cancelar inscrição',
  'subscribe.answerTitle': 'Confira sua caixa de entrada',
  'subscribe.answer':
    'Obrigado. Se este endereço puder receber atualizações, uma mensagem está a caminho: use o link dela para confirmar. Nada mais é enviado até lá.',
  'subscribe.confirmTitle': 'Confirme sua inscrição',
  'subscribe.confirmQuestion': 'Enviar atualizações para {address}?',
  'subscribe.confirmButton': 'Confirmar',
  'subscribe.confirmedTitle': 'Inscrito',
  'subscribe.confirmed': 'Sua inscrição está confirmada.',
  'subscribe.manageTitle': 'Sua inscrição',
  'subscribe.saved': 'Salvo.',
  'subscribe.unsubscribeTitle': 'Cancelar inscrição?',
  'subscribe.unsubscribeQuestion': 'Parar de enviar atualizações para {address}?',
  'subscribe.unsubscribedTitle': 'Inscrição cancelada',
  'subscribe.unsubscribed': 'Este endereço não recebe mais atualizações.',
  'subscribe.linkUsed': 'Este link já foi usado',
  'subscribe.linkBroken': 'Este link não funciona',
  'subscribe.again': 'Inscrever-se novamente',

  // server: translated posts (Message Center and incidents)

  // server: reports and subscribers

  // server: problem details and the CLI
  'problem.title.validation': 'A solicitação não é válida',
  'problem.title.notFound': 'Não encontrado',
  'problem.title.conflict': 'Conflito com o estado atual',
  'problem.title.unauthenticated': 'É preciso entrar',
  'problem.title.forbidden': 'Não permitido',
  'problem.title.csrf': 'Token CSRF ausente ou inválido',
  'problem.title.illegalTransition': 'Essa mudança de estado não é permitida',
  'problem.title.rateLimited': 'Solicitações demais',
  'problem.title.unsupportedMediaType': 'Tipo de conteúdo não suportado',
  'problem.title.payloadTooLarge': 'Corpo da solicitação grande demais',
  'problem.title.unavailable': 'Temporariamente indisponível',
  'problem.title.databaseUnavailable': 'O banco de dados está indisponível',
  'problem.title.privateName': 'Um texto público cita um cliente ou uma pessoa',
  'problem.title.lowContrast': 'Uma cor deixaria a página difícil de ler',
  'problem.title.needsConfirmation': 'Confirme para continuar',
  'problem.title.internal': 'Erro interno',
  'problem.internal': 'Algo deu errado do nosso lado; o id da solicitação é {requestId}.',
  'problem.fieldIs': '{field}: {message}',
  'problem.fieldSentence': '{label}: {message}',
  'problem.fieldSentences': '{sentences}.',
  'problem.sentenceList': '{first}; {rest}',
  'problem.theRequest': 'A solicitação',
  'problem.listItem': '{list}, item {item}',
  'problem.fieldInListItem': '{field} ({list}, item {item})',
  'problem.fieldName':
    '{name, select, url {URL} durationMinutes {Duração estimada} serviceId {Serviço} serviceIds {Serviços} tenantId {Locatário} tenantIds {Locatários} environmentId {Ambiente} environmentIds {Ambientes} startsAt {Início} endsAt {Fim} eventTypes {Eventos} confirmNoEnvironments {Confirmação} title {Título} name {Nome} email {E-mail} description {Descrição} status {Status} severity {Gravidade} password {Senha} domain {Domínio} version {Versão} regions {Regiões} preferences {Preferências} windows {Janelas} impact {Impacto} channel {Canal} body {Texto} message {Mensagem} type {Tipo} scope {Escopo} other {{words}}}',
  'problem.required': 'é obrigatório',
  'problem.isEmpty': 'está vazio',
  'problem.notJson': 'não é um JSON válido',
  'problem.schema.unknownField': 'não é um campo conhecido',
  'problem.schema.oneOf': 'deve ser um destes valores: {choices}',
  'problem.schema.notAChoice': 'não é uma das opções',
  'problem.schema.const': 'deve ser {value}',
  'problem.schema.minLength':
    '{limit, plural, one {deve ter pelo menos # caractere} other {deve ter pelo menos # caracteres}}',
  'problem.schema.maxLength':
    '{limit, plural, one {deve ter no máximo # caractere} other {deve ter no máximo # caracteres}}',
  'problem.schema.minItems':
    '{limit, plural, =0 {deve ter pelo menos um item} one {deve ter pelo menos um item} other {deve ter pelo menos # itens}}',
  'problem.schema.maxItems': '{limit, plural, one {deve ter no máximo # item} other {deve ter no máximo # itens}}',
  'problem.schema.minimum': 'deve ser no mínimo {limit}',
  'problem.schema.maximum': 'deve ser no máximo {limit}',
  'problem.schema.exclusiveMinimum': 'deve ser maior que {limit}',
  'problem.schema.exclusiveMaximum': 'deve ser menor que {limit}',
  'problem.schema.type':
    'deve ser {type, select, string {texto} number {um número} integer {um número inteiro} boolean {true ou false} array {uma lista} object {um objeto} null {vazio} other {de outro tipo}}',
  'problem.schema.typeEither':
    'deve ser {first, select, string {texto} number {um número} integer {um número inteiro} boolean {true ou false} array {uma lista} object {um objeto} null {vazio} other {de outro tipo}} ou {second, select, string {texto} number {um número} integer {um número inteiro} boolean {true ou false} array {uma lista} object {um objeto} null {vazio} other {de outro tipo}}',
  'problem.schema.format':
    'deve ser {format, select, dateTime {uma data e hora como 2026-12-02T14:00:00Z} date {uma data como 2026-12-02} email {um endereço de e-mail} uri {um endereço web como https://example.com/} uuid {um identificador} other {no formato {name}}}',
  'problem.schema.pattern': 'não está no formato esperado',
  'problem.schema.uniqueItems': 'tem o mesmo item duas vezes',
  'problem.schema.anyOf': 'não está em nenhum formato aceito',
  'problem.schema.invalid': 'não é válido',
  'problem.passedOn': '{reason}',
  'problem.sendJson': 'Envie o corpo como application/json (ou text/csv onde a rota indicar).',
  'problem.bodyTooLarge': 'O corpo é maior do que esta rota aceita.',
  'problem.bodyEmpty': 'O corpo está vazio; envie um objeto JSON.',
  'problem.bodyNotJson': 'O corpo não é um JSON válido: {reason}',
  'problem.sendCsrf': 'Envie o token de GET /api/session no cabeçalho x-csrf-token.',
  'problem.concurrentChange':
    'Uma alteração simultânea criou a mesma coisa antes; leia de novo antes de tentar outra vez.',
  'problem.tooManyRequests': 'Solicitações demais; aguarde um minuto e tente de novo.',
  'problem.tooManyAttempts': 'Tentativas demais; tente de novo em {after}.',
  'problem.signIn': 'Entre ou envie um token de API como “{header}”.',
  'problem.noRoute': 'Não existe {method} {path} aqui; veja /docs para a API.',
  'problem.notFound.id': '{thing} “{id}”: não existe ou não está visível para você',
  'problem.notFound': '{thing}: não encontrado',
  'problem.notFound.field': 'não corresponde a nada visível para você ({thing})',
  'problem.thing':
    '{thing, select, apiToken {Token de API} attachment {Anexo} calendar {Calendário} claim {Solicitação} dataPrivacyReader {Leitor de dados pessoais} delivery {Entrega} environment {Ambiente} environmentInRollout {Ambiente desta implantação} event {Evento} featureReachingEnvironment {Recurso de uma versão que chega a este ambiente} groupRule {Regra de grupo} identityProvider {Provedor de identidade} incident {Incidente} incidentTemplate {Modelo de incidente} issue {Problema} maintenance {Manutenção} member {Membro} message {Mensagem} operator {Operador} page {Acionamento} person {Pessoa} postIncidentReport {Relatório pós-incidente} pushSubscription {Assinatura push} recipient {Destinatário} region {Região} release {Versão} releaseTrain {Trem de versões} roleAssignment {Atribuição de função} rollout {Implantação} scimToken {Token SCIM} service {Serviço} serviceHealth {Status do serviço} session {Sessão} station {Estação} subscriber {Assinante} subscription {Assinatura} team {Equipe} tenant {Locatário} ticket {Chamado} webhookEndpoint {Endpoint de webhook} other {Item}}',
  'problem.thing.indefinite':
    '{thing, select, apiToken {Token de API} attachment {Anexo} calendar {Calendário} claim {Solicitação} dataPrivacyReader {Leitor de dados pessoais} delivery {Entrega} environment {Ambiente} environmentInRollout {Ambiente desta implantação} event {Evento} featureReachingEnvironment {Recurso de uma versão que chega a este ambiente} groupRule {Regra de grupo} identityProvider {Provedor de identidade} incident {Incidente} incidentTemplate {Modelo de incidente} issue {Problema} maintenance {Manutenção} member {Membro} message {Mensagem} operator {Operador} page {Acionamento} person {Pessoa} postIncidentReport {Relatório pós-incidente} pushSubscription {Assinatura push} recipient {Destinatário} region {Região} release {Versão} releaseTrain {Trem de versões} roleAssignment {Atribuição de função} rollout {Implantação} scimToken {Token SCIM} service {Serviço} serviceHealth {Status do serviço} session {Sessão} station {Estação} subscriber {Assinante} subscription {Assinatura} team {Equipe} tenant {Locatário} ticket {Chamado} webhookEndpoint {Endpoint de webhook} other {Item}}',
  'problem.database.cannotWrite':
    'O banco de dados não consegue gravar alterações agora: {why, select, full {o disco está cheio} readOnly {está somente leitura} io {o disco relata um erro de E/S} other {está sem recursos}} ({code}). Nada foi salvo; tente de novo mais tarde.',
  'problem.database.unreachable':
    'O banco de dados não está respondendo ({code}). Nada foi salvo; tente de novo em alguns segundos.',
  'problem.email.tooLong': 'tem mais de 320 caracteres',
  'problem.email.invalid': 'não é um endereço de e-mail (nome@example.com)',
  'problem.timeZone.invalid': 'não é um fuso horário IANA (como Europe/Paris ou UTC)',
  'problem.locale.invalid': 'não é uma localidade BCP 47 (como en-US)',
  'problem.region.unknown': 'não é uma região; use uma de {choices}',
  'problem.url.httpOnly': 'deve ser uma URL http(s)',
  'problem.url.invalid': 'não é uma URL (https://…)',
  'problem.date.invalid': 'não é uma data (AAAA-MM-DD)',
  'problem.domain.invalid': 'não é um nome de domínio (contoso.com)',
  'problem.version.invalid': 'não é uma versão (9.2.24104.155)',
  'problem.categories.unknown': 'tem categorias desconhecidas {unknown}; use {choices}',
  'problem.tags.unknown': 'tem tags desconhecidas {unknown}; use {choices}',
  'problem.dateTime.invalid': 'não é uma data e hora ISO 8601 com fuso (2026-05-01T00:00:00Z)',
  'problem.actionRequired.past': 'está no passado; uma data de ação necessária deve estar no futuro',
  'problem.actionRequired.tooSoon':
    'deve ser pelo menos {days, plural, one {# dia} other {# dias}} após a publicação em uma mudança importante ({earliest} ou depois)',
  'problem.utc.invalid': 'não é um horário UTC ISO 8601 (2026-11-25T18:00:00Z)',
  'problem.windows.none': 'precisa de pelo menos uma janela (uma região com início e fim)',
  'problem.windows.twice': '{region} tem duas janelas; dê uma a cada região',
  'problem.windows.endsBeforeStart': 'termina antes de começar ({end} não é depois de {start})',
  'problem.windows.tooLong': 'deixa a janela mais longa que {days, plural, one {# dia} other {# dias}}',
  'problem.windows.startInPast':
    'está no passado; o trabalho {kind, select, planned {planejado} security {de segurança} other {{kind}}} é anunciado com antecedência (a manutenção não planejada pode já ter começado)',
  'problem.isInPast': 'está no passado',
  'problem.release.version': 'não é uma versão de quatro partes (maior.menor.build.revisão, como 9.2.25111.10)',
  'problem.release.databaseVersion': 'não deve ser inferior à versão do serviço {version}',
  'problem.sla.monthNotOver': '{month} ainda não terminou; solicite quando a disponibilidade for definitiva',
  'problem.sla.claimsClosed':
    'as solicitações de {month} foram encerradas em {date} ({days, plural, one {# dia} other {# dias}} após o mês)',
  'problem.pir.advisory': 'avisos não têm relatório pós-incidente; os relatórios são para incidentes graves',
  'problem.pir.minor':
    'relatórios pós-incidente são para incidentes graves; este é leve (corrija antes a gravidade se estiver errada)',
  'problem.ticket.already':
    'O chamado já está {status, select, open {aberto} inProgress {em andamento} waitingOnCustomer {aguardando o cliente} resolved {resolvido} other {fechado}}.',
  'problem.ticket.closed': 'O chamado está fechado; abra um novo se o problema voltar.',
  'problem.ticket.cannotMove':
    'Um chamado {from, select, open {aberto} inProgress {em andamento} waitingOnCustomer {aguardando o cliente} resolved {resolvido} other {fechado}} não pode passar para “{to, select, open {aberto} inProgress {em andamento} waitingOnCustomer {aguardando o cliente} resolved {resolvido} other {fechado}}” por {side, select, operator {um operador} other {o cliente}}.',
  'problem.incident.pirStatus':
    'postIncidentReviewPublished é definido ao publicar o relatório pós-incidente, não por uma publicação',
  'problem.incident.closed':
    'o incidente está encerrado e seu relatório pós-incidente foi publicado; abra um novo incidente',
  'problem.incident.ended': 'o incidente terminou ({status}); abra um novo se o problema voltar',
  'problem.incident.realImpact':
    'um incidente em {status} teve impacto real e não pode virar falsePositive; publique serviceRestored',
  'problem.notEmpty': 'não pode estar vazio',
  'problem.password.short': 'deve ter pelo menos 12 caracteres',
  'problem.isoDateTime': 'não é uma data e hora ISO 8601',
  'problem.isoDateTime.example': 'não é uma data e hora ISO 8601 (2026-11-25T14:30:00Z)',
  'problem.inFuture':
    'está no futuro; {what, select, start {o início} end {o fim} other {{what}}} diz quando aconteceu',
  'problem.symptoms.unknown': 'tem sintomas desconhecidos {unknown}; use {choices}',
  'problem.rollout.startInPast': 'está no passado; uma implantação é planejada a partir de agora',
  'problem.subscribe.chooseSomething': 'escolha pelo menos uma região ou um serviço, ou tudo',
  'problem.regions.unknown': 'tem regiões desconhecidas: {unknown}',
  'problem.services.unknown': 'tem serviços desconhecidos: {unknown}',
  'cli.description':
    'Herald: status dos serviços, manutenção, atualizações e central de mensagens para uma nuvem multilocatário.\nA configuração vem do ambiente (PORT, HOST, DATABASE_URL, PUBLIC_URL, SMTP_URL, …; veja o README).',
  'cli.help.title':
    '{title, select, usage {Uso:} options {Opções:} commands {Comandos:} arguments {Argumentos:} other {{title}}}',
  'cli.help.option': 'mostrar a ajuda do comando',
  'cli.help.afterError': '(adicione --help para mais informações)',
  'cli.serve.description':
    'Inicia o servidor web e, a menos que HERALD_WORKER=off, o processo de entrega no mesmo processo. Migra o banco de dados primeiro. Com --demo (ou HERALD_DEMO=on) carrega os dados de demonstração em um banco vazio.',
  'cli.serve.demoOption':
    'carrega os locatários, pessoas (com uma senha publicada) e eventos de demonstração em um banco vazio',
  'cli.worker.description':
    'Executa apenas o processo de entrega e as tarefas periódicas (quantos quiser, com PostgreSQL).',
  'cli.migrate.description': 'Atualiza o esquema do banco de dados e encerra.',
  'cli.migrate.applied': 'Aplicadas: {migrations}.',
  'cli.migrate.upToDate': 'O banco de dados está atualizado.',
  'cli.seed.description': 'Carrega dados em um banco vazio.',
  'cli.seed.demoOption': 'os locatários, pessoas, incidentes, manutenções e mensagens de demonstração',
  'cli.seed.sayWhat': 'Diga o que carregar: --demo',
  'cli.seed.notEmpty': 'O banco de dados já tem pessoas; os dados de demonstração só são carregados em um vazio.',
  'cli.seed.loaded': 'Dados de demonstração carregados. Cada pessoa de demonstração entra com a senha {password}.',
  'cli.operator.description': 'Os operadores do provedor: o primeiro de uma instalação é criado aqui.',
  'cli.operator.add.description':
    'Torna uma pessoa operadora (criando-a se for nova) e imprime um link de uso único para definir a senha e entrar.',
  'cli.operator.emailOption': 'o e-mail da pessoa, usado para entrar',
  'cli.operator.nameOption': 'o nome (padrão: a parte do e-mail antes de @)',
  'cli.operator.list.description': 'Lista os operadores.',
  'cli.operator.remove.description':
    'Remove a função de operador de uma pessoa e encerra suas sessões (nunca do último operador).',
  'cli.operator.whoseRole': 'de quem é a função',
  'cli.operator.link.description':
    'Imprime um novo link de entrada de uso único para um operador (link ou senha perdidos).',
  'cli.operator.whoseLink': 'para quem',
  'cli.operator.added':
    '{email} é operador. Envie este link para definir a senha e entrar; funciona uma vez, até {expiresAt}:',
  'cli.operator.newLink': 'Um novo link de entrada para {email}; funciona uma vez, até {expiresAt}:',
  'cli.operator.none': 'Ainda não há operadores: `herald operator add --email voce@example.com` cria o primeiro.',
  'cli.operator.line':
    '{email}  {name}  desde {since}  {password, select, set {senha definida} other {ainda sem senha (link de entrada pendente)}}',
  'cli.operator.removed': '{email} não é mais operador; as sessões foram encerradas.',
  'cli.token.description': 'Tokens de API pessoais, enviados como “{header}”.',
  'cli.token.create.description': 'Cria um token para uma pessoa e o imprime (mostrado uma vez; só o hash é guardado).',
  'cli.token.whose': 'de quem é o token',
  'cli.token.nameOption': 'para que serve',
  'cli.token.daysOption': 'expira após este número de dias (padrão: nunca)',
  'cli.token.list.description': 'Lista os tokens de uma pessoa (nunca os segredos).',
  'cli.token.whoseTokens': 'de quem',
  'cli.token.revoke.description': 'Revoga um token pelo id (de `token list`).',
  'cli.token.idArgument': 'o id do token',
  'cli.token.badDays': '--days deve ser um número inteiro de dias, não “{days}”',
  'cli.token.none': '{email} não tem tokens de API.',
  'cli.token.line':
    '{id}  {name}  criado {created}  último uso {used, select, never {nunca} other {{used}}}  {state, select, revoked {revogado {at}} expires {expira {at}} other {não expira}}',
  'cli.token.revoked': 'O token {id} foi revogado.',
  'cli.import.description':
    'Importa em massa locatários, ambientes e pessoas de JSON (um arquivo) ou CSV (tenants.csv, environments.csv, people.csv). Tudo ou nada; mostra o progresso e um resumo.',
  'cli.import.filesArgument': 'um arquivo .json, ou arquivos .csv nomeados pelo que contêm',
  'cli.import.notJson': '{file} não é um JSON válido: {reason}',
  'cli.import.badName': '{file}: informe um arquivo .json, ou arquivos .csv cujo nome comece pelo que contêm: {names}',
  'cli.import.progress':
    '{step, select, checking {verificados} other {gravados}} {what, select, tenants {locatários} environments {ambientes} services {serviços dos ambientes} people {pessoas} other {funções}}: {done, number} de {total, number}',
  'cli.import.starting':
    'Importando {tenants, plural, one {# locatário} other {# locatários}}, {environments, plural, one {# ambiente} other {# ambientes}} e {people, plural, one {# pessoa} other {# pessoas}} de {sources}…',
  'cli.import.done':
    'Importados {tenants, plural, one {# locatário} other {# locatários}}, {environments, plural, one {# ambiente} other {# ambientes}}, {people, plural, one {# pessoa} other {# pessoas}} e {roles, plural, one {# função} other {# funções}} em {seconds, number, ::.0} s.',
  'cli.import.failed':
    'nada foi importado; corrija {count, plural, one {o problema} other {os problemas}} acima e execute de novo',
  'cli.rehearse.description':
    'Reproduz um cenário de eventos com horário (JSON) em um relógio simulado sobre uma cópia do diretório (a do cenário ou um instantâneo do real) e grava a linha do tempo: quem seria avisado do quê, por qual canal e por qual regra. Não envia nada.',
  'cli.rehearse.scenarioArgument': 'o arquivo do cenário (.json)',
  'cli.rehearse.outOption':
    'onde gravar timeline.json, timeline.txt e timeline.html (padrão: {default} ao lado do arquivo)',
  'cli.rehearse.written': 'Linha do tempo gravada em {dir} (timeline.json, timeline.txt, timeline.html).',
  'cli.exportSite.description':
    'Grava o site de status de reserva estático (HTML e JSON) em uma pasta, para ser servido por qualquer servidor web enquanto o Herald estiver fora do ar.',
  'cli.exportSite.dirArgument': 'a pasta a gravar',
  'cli.exportSite.written': 'Site de status estático gravado em {dir}.',
  'cli.worker.started':
    'herald worker: entregando a partir de {database}; e-mail {smtp, select, yes {por SMTP} other {mantido no banco de dados (sem SMTP_URL)}}.',
  'cli.worker.stopping': 'herald worker: {signal}, concluindo as entregas em andamento',
  'cli.serve.running': 'O Herald está em execução em {url}',
  'cli.serve.label':
    '{label, select, console {console} status {status público} docs {documentação da API} database {banco de dados} mail {e-mail} other {{label}}}',
  'cli.serve.demoLoaded': '{database}  (dados de demonstração carregados)',
  'cli.serve.mailKept': 'mantido no Herald: veja “E-mails enviados” no console',
  'cli.serve.demoAccounts': 'Entre com qualquer conta de demonstração, senha {password}:',
  'cli.serve.demoRole':
    '{role, select, operator {operador} orgAdmin {administrador da organização, {tenant}} systemAdmin {administrador do sistema, {tenant}} other {{tenant}}}',
  'cli.serve.noOperator':
    'Ainda não há operador: `herald operator add --email voce@example.com` imprime um link para definir a senha.',
  'problem.dateTime.example': 'não é uma data e hora (2026-11-25T17:00:00Z)',
  'problem.range.afterFrom': 'deve ser posterior a query.from',
  'problem.range.tooLong': 'deve ser no máximo {days, plural, one {# dia} other {# dias}} após query.from',
  'problem.audit.orgAdminsOnly': 'Somente os administradores da organização do locatário leem o log de auditoria.',
  'problem.auth.useProvider':
    'Sua organização faz sua entrada pelo provedor de identidade dela; comece pelo seu e-mail na página de entrada.',
  'problem.auth.noMatch': 'Esse e-mail e essa senha não correspondem a uma conta.',
  'problem.auth.operatorsCreateLinks': 'Somente operadores criam links de entrada.',
  'problem.auth.whoseToken': 'diga de quem é este token',
  'problem.members.orgAdminsDecide': 'Os administradores da organização decidem o que os membros veem.',
  'problem.messages.operatorsWrite': 'Somente operadores escrevem publicações da central de mensagens.',
  'problem.messages.tenantRequired': 'é obrigatório: você lê as publicações de várias organizações ({tenants})',
  'problem.replay.operatorsOnly': 'Somente operadores reenviam entregas.',
  'problem.replay.notDead': 'Esta entrega está {status}; só entregas mortas são reenviadas.',
  'problem.sentMail.operatorsOnly': 'Somente operadores leem os e-mails guardados pelo Herald.',
  'problem.sentMail.orgAdminsOnly':
    'Somente os administradores da organização leem os e-mails enviados às pessoas dela.',
  'problem.unsubscribe.badLink':
    'não é um link de cancelamento válido; pode ter sido cortado ou alterado. Use o link do e-mail ou altere suas preferências depois de entrar.',
  'problem.webhooks.orgAdminsOnly': 'Somente os administradores da organização do locatário gerenciam os webhooks.',
  'problem.services.unknownList': 'tem serviços desconhecidos {unknown}',
  'problem.incidents.operatorsOpen': 'Somente operadores abrem incidentes e avisos.',
  'problem.subscribers.operatorsOnly': 'Somente operadores veem os assinantes da página de status.',
  'problem.calendar.orgAdminsOnly': 'Somente administradores da organização criam a URL do calendário do locatário.',
  'problem.calendar.signIn':
    'Envie um token de API ou use a URL do calendário (com o token) criada por um administrador da organização.',
  'problem.maintenance.operatorsSchedule': 'Somente operadores agendam manutenções.',
  'problem.auth.badToken': 'O token de API é desconhecido, expirou ou foi revogado.',
  'problem.widgets.noRegion': 'Não há região “{region}” na página de status.',
  'problem.widgets.regionField': 'não é uma região da página de status (use o código, por ex. EUR)',
  'problem.widgets.noService':
    'Não há serviço “{service}”{region, select, other { na região {region}} none {}} na página de status.',
  'problem.widgets.serviceField': 'não é um serviço da página de status (use o id, como em components.json)',
  'problem.live.signIn': 'Entre para acompanhar as mudanças ao vivo.',
  'problem.metrics.token': 'GET /metrics precisa de “{header}”.',
  'problem.status.preparing': 'O status está sendo preparado; tente de novo em alguns segundos.',
  'problem.status.noComponent': 'Não há componente “{id}” na página de status.',
  'problem.status.componentField': 'não é um id de componente ou de grupo de regiões de components.json',
  'problem.finiteNumber': 'deve ser um número finito',
  'problem.nulCharacter': 'não pode conter um caractere NUL',
  'problem.environments.operatorsCreate': 'Somente operadores criam ambientes.',
  'problem.environments.urlTaken': 'Já existe um ambiente com a URL {url}.',
  'problem.environments.earlyAccessOrgAdmins':
    'Somente os administradores da organização do locatário alteram o acesso antecipado.',
  'problem.environments.operatorsChange':
    'Somente operadores alteram um ambiente; administradores da organização podem alterar o acesso antecipado.',
  'problem.operators.operatorsOnly': 'Somente operadores gerenciam operadores.',
  'problem.operators.already':
    '{email} já é operador; `herald operator link --email {email}` gera um novo link de entrada.',
  'problem.operators.last': '{email} é o único operador; adicione outro antes de removê-lo.',
  'problem.people.emailTaken': 'Já existe uma pessoa com o e-mail {email}.',
  'problem.people.operatorsCreate':
    'Somente operadores criam pessoas; administradores da organização adicionam destinatários extras.',
  'problem.people.ownProfile': 'Cada pessoa altera o próprio perfil; operadores alteram o de qualquer um.',
  'problem.people.environmentRequired':
    'é obrigatório para {role, select, member {um membro} other {um administrador do sistema}}',
  'problem.people.tenantRequired': 'é obrigatório para {role}',
  'problem.people.roleTaken': 'Essa pessoa já tem a função {role} ali.',
  'problem.people.orgAdminsAdd':
    'Administradores da organização adicionam destinatários extras; as outras funções são atribuídas por operadores.',
  'problem.people.orgAdminsRemove':
    'Administradores da organização removem destinatários extras; as outras funções são removidas por operadores.',
  'problem.people.categoryRequired': 'deve indicar pelo menos uma categoria',
  'problem.people.alreadyRecipient':
    '{email} já recebe os e-mails deste locatário; remova-o antes para mudar as categorias.',
  'problem.people.orgAdminsRecipients': 'Somente administradores da organização gerenciam quem mais recebe e-mails.',
  'problem.regions.operatorsOnly': 'Somente operadores alteram regiões.',
  'problem.regions.unknownStation': 'não é uma estação; use uma de {choices}',
  'problem.regions.operatorsStations': 'Somente operadores alteram estações.',
  'problem.regions.pauseHours': 'deve ser um número inteiro de horas de 0 a 336',
  'problem.services.operatorsAdd': 'Somente operadores adicionam serviços.',
  'problem.services.slug': 'deve ter letras minúsculas, dígitos e hifens (power-apps)',
  'problem.services.idTaken': 'Já existe um serviço com o id {id}.',
  'problem.services.nameTaken': 'Já existe um serviço chamado {name}.',
  'problem.services.operatorsAddFeatures': 'Somente operadores adicionam recursos.',
  'problem.services.featureSlug': 'deve ser “{prefix}” seguido de letras minúsculas, dígitos e hifens',
  'problem.services.featureIdTaken': 'Já existe um recurso com o id {id}.',
  'problem.tenants.language': 'não é um idioma que o Herald fala ({choices})',
  'problem.tenants.operatorsCreate': 'Somente operadores criam locatários.',
  'problem.tenants.domainTaken': 'Já existe um locatário com o domínio {domain}.',
  'problem.tenants.operatorsChange': 'Somente operadores alteram um locatário.',
  'problem.identity.orgAdminsOnly':
    'Somente os administradores da organização do locatário gerenciam a entrada e o provisionamento.',
  'problem.identity.domainRequired': 'deve indicar pelo menos um domínio',
  'problem.identity.joinMode': 'deve ser “join” ou “approval”',
  'problem.identity.domainElsewhere': '{domain} pertence a outra organização.',
  'problem.identity.groupRole': 'deve ser “org_admin” ou “system_admin”',
  'problem.identity.onlySystemAdmin': 'é só para system_admin',
  'problem.identity.ruleTaken': 'Esse grupo já concede essa função.',
  'problem.identity.notPending': 'Essa pessoa não está aguardando aprovação.',
  'problem.teams.operatorsOnly': 'Somente operadores gerenciam as equipes de produto e seus acionamentos.',
  'problem.teams.routingKey': 'é obrigatório com um webhook (a chave de integração do PagerDuty)',
  'problem.teams.route': 'ou um webhookUrl é necessário: uma equipe sem rota de plantão não pode ser acionada',
  'problem.teams.nameTaken': 'Já existe uma equipe com esse nome.',
  'problem.teams.acknowledged': 'Este acionamento foi confirmado em {at}.',
  'problem.import.operatorsOnly': 'Somente operadores importam o diretório.',
  'problem.import.more':
    'e mais {count, plural, one {# problema não listado} other {# problemas não listados}}; nada foi importado',
  'problem.import.repeats': 'repete {first}',
  'problem.import.categoriesOnlyRecipient': 'são só para additional_recipient',
  'problem.import.notForOperator': 'não é usado para um operador',
  'problem.import.tenantRequired': 'é obrigatório para {role} (o domínio do locatário)',
  'problem.import.environmentOnly': 'é só para system_admin e member',
  'problem.import.environmentRequired': 'é obrigatório para {role} (a URL do ambiente)',
  'problem.import.tenantExists': 'já existe um locatário com o domínio {domain}',
  'problem.import.noTenant': 'nenhum locatário tem o domínio {domain}, nesta importação ou já existente',
  'problem.import.urlTaken': 'já existe um ambiente com a URL {url}',
  'problem.import.noEnvironment': 'nenhum ambiente tem a URL {url}, nesta importação ou já existente',
  'problem.import.otherTenant': 'pertence a outro locatário que não {domain}',
  'problem.import.personExists': 'já existe uma pessoa com o e-mail {email}',
  'problem.import.unknownField': 'não é um campo conhecido; use {choices}',
  'problem.import.text': 'deve ser texto',
  'problem.import.boolean': 'deve ser true ou false',
  'problem.import.textList': 'deve ser uma lista de textos',
  'problem.import.document': 'deve ser um objeto com as listas tenants, environments e people',
  'problem.import.unknownList': 'não é uma lista conhecida; use {choices}',
  'problem.import.list': 'deve ser uma lista',
  'problem.import.object': 'deve ser um objeto',
  'problem.import.csv': 'não é um CSV válido: {reason}',
  'problem.import.noHeader': 'está vazio; a primeira linha nomeia as colunas',
  'problem.import.unknownColumn': 'não é uma coluna conhecida; use {choices}',
  'problem.import.missingColumn': 'é uma coluna obrigatória e está faltando',
  'problem.import.valueCount':
    'tem {values, plural, one {# valor} other {# valores}}; o cabeçalho tem {columns, number}',
  'problem.import.differs': 'difere de {first} para o mesmo e-mail',
  'problem.templates.operatorsOnly': 'Somente operadores mantêm modelos de incidente.',
  'problem.templates.nameTaken': 'Já existe um modelo chamado “{name}”.',
  'problem.incidents.openingStatus': 'um incidente abre em {choices}; publique os status seguintes como atualizações',
  'problem.incidents.noEnvironment': 'não afeta nenhum ambiente: nenhum ambiente desses locatários executa os serviços',
  'problem.incidents.operatorsOnly':
    'Somente operadores {what, select, open {abrem incidentes e avisos} post {publicam atualizações de incidentes} change {alteram incidentes} other {corrigem a gravidade}}.',
  'problem.incidents.cannotMove': '{id} não pode passar de {from} para {to}: {reason}.',
  'problem.incidents.endOnlyWhenEnded': 'só é informado com serviceRestored ou falsePositive',
  'problem.incidents.beforeStart': 'é anterior ao início do incidente ({start})',
  'problem.incidents.afterEnd': 'é posterior ao fim do incidente ({end})',
  'problem.reports.operatorsOnly': 'Somente operadores escrevem e publicam relatórios pós-incidente.',
  'problem.reports.refused': '{id} não pode ter relatório pós-incidente: {reason}.',
  'problem.reports.falsePositive': '{id} foi um falso positivo: não houve impacto a relatar.',
  'problem.reports.ongoing':
    '{id} ainda está em andamento; o relatório pós-incidente vem depois da restauração do serviço.',
  'problem.beforeStart': 'é anterior ao início',
  'problem.reports.noDraft': '{id} ainda não tem relatório pós-incidente; escreva-o (PUT …/report) antes de publicar.',
  'problem.reports.published': 'O relatório pós-incidente de {id} já foi publicado em {at}.',
  'problem.reports.listScope': 'Operadores listam todos os relatórios; administradores, os do seu locatário em {path}.',
  'problem.scope.service': 'indique pelo menos um serviço',
  'problem.scope.target': 'indique as regiões, locatários ou ambientes afetados pelo incidente',
  'problem.tenants.unknown': 'tem locatários desconhecidos: {unknown}',
  'problem.environments.unknown': 'tem ambientes desconhecidos: {unknown}',
  'problem.month.invalid': 'não é um mês (AAAA-MM)',
  'problem.sla.orgAdminsClaim': 'Somente os administradores da organização do locatário solicitam créditos de serviço.',
  'problem.services.notKnown': 'não é um serviço conhecido',
  'problem.sla.alreadyClaimed': '{service} de {month} já foi solicitado (solicitação {id}, {status}).',
  'problem.sla.noIncident':
    'Nenhum incidente afetou {service} para sua organização em {month}: a disponibilidade foi de 100%, então não há nada a solicitar.',
  'problem.sla.aboveThreshold':
    '{service} ficou disponível {percent}% de {month}, não abaixo de {threshold}%: nenhuma faixa de crédito se aplica.',
  'problem.sla.operatorsDecide': 'Somente operadores decidem sobre solicitações de crédito de serviço.',
  'problem.sla.decided': 'A solicitação {id} já foi decidida ({status}) em {at}.',
  'problem.sla.listScope':
    'Somente operadores veem as solicitações de todos os locatários; administradores veem as suas em {path}.',
  'problem.tooLong200': 'tem mais de 200 caracteres',
  'problem.email.notAddress': 'não é um endereço de e-mail',
  'problem.phone.invalid': 'não é um número de telefone (dígitos, espaços, + ( ) - .)',
  'problem.tickets.environment': 'indique o ambiente em que está o problema',
  'problem.tickets.twin': 'Você abriu este chamado há pouco ({id}); complemente-o em vez de abrir outro.',
  'problem.tickets.listScope':
    'Somente operadores veem os chamados de todos os locatários; administradores veem os seus em {path}.',
  'problem.tickets.movedMeanwhile':
    'O chamado passou nesse meio-tempo para “{status, select, open {aberto} inProgress {em andamento} waitingOnCustomer {aguardando o cliente} resolved {resolvido} other {fechado}}”; confira de novo antes de alterá-lo.',
  'problem.tickets.fileEmpty': '{name} está vazio',
  'problem.tickets.fileTooLarge': '{name} tem {size, number, ::.0} MB; anexos têm no máximo 5 MB.',
  'problem.tickets.fileOver5': '{name} tem mais de 5 MB',
  'problem.tickets.fileKind': '{name} não é um dos arquivos que um chamado aceita (PNG, JPEG, PDF, texto ou log).',
  'problem.tickets.fileKindField': '{name} não é um arquivo PNG, JPEG, PDF, de texto ou de log',
  'problem.tickets.operatorsLink': 'Somente operadores vinculam chamados a incidentes.',
  'problem.incidents.notKnown': 'não é um incidente conhecido',
  'problem.tickets.incidentElsewhere':
    '{id} não afeta os ambientes deste locatário, então os administradores não poderiam vê-lo; adicione-os antes ao escopo do incidente.',
  'problem.features.orgAdminsOnly':
    'Somente os administradores da organização do locatário ativam ou desativam recursos.',
  'problem.features.notDisruptive':
    '{feature} não é uma mudança disruptiva: está ativa onde quer que sua versão tenha chegado.',
  'problem.features.notYet': '{release} ainda não chegou a {environment}; teste o recurso quando chegar.',
  'problem.maintenance.duration': 'deve ser um número inteiro de minutos de 1 a {max}',
  'problem.maintenance.longerThanWindow':
    'é mais longo que a janela mais longa ({minutes, plural, one {# minuto} other {# minutos}})',
  'problem.environments.unknownList': 'tem ambientes desconhecidos {unknown}',
  'problem.maintenance.outsideWindows': 'tem ambientes em regiões sem janela: {environments}',
  'problem.maintenance.nobody':
    'Nenhum ambiente roda nessas regiões com esses serviços, então ninguém seria avisado. Verifique as regiões e os serviços, ou confirme para agendar mesmo assim.',
  'problem.maintenance.operatorsChange': 'Somente operadores alteram manutenções.',
  'problem.maintenance.frozen': 'Uma manutenção no estado {state} não pode mudar.',
  'problem.maintenance.keepRegion': 'deve manter {region}: a janela já começou',
  'problem.maintenance.started': '{region} começou em {at}; só o fim pode mudar',
  'problem.maintenance.operatorsCancel': 'Somente operadores cancelam manutenções.',
  'problem.maintenance.cannotCancel': 'Uma manutenção no estado {state} não pode ser cancelada; informe como terminou.',
  'problem.maintenance.listScope': 'Somente operadores listam todas as manutenções; locatários leem {path}.',
  'problem.maintenance.operatorsReport': 'Somente operadores informam como vai a manutenção.',
  'problem.reportPast': 'está no futuro; informe o que aconteceu',
  'problem.maintenance.cancelled': 'Esta manutenção foi cancelada.',
  'problem.maintenance.regionsWithoutWindow': 'tem regiões sem janela nesta manutenção: {regions}',
  'problem.maintenance.allEnded': 'Todas as janelas desta manutenção já terminaram.',
  'problem.maintenance.windowMove': '{region} está em {state}; não pode passar para {to}.',
  'problem.rollouts.stationHeld': 'A estação {station} em {region} está em {state}; retome a implantação primeiro.',
  'problem.rollouts.held': 'A implantação está em {state}; retome-a primeiro.',
  'problem.rollouts.windowOpens':
    'A janela {part, select, database {de banco de dados} other {de serviço}} de {region} para este ambiente abre em {at}.',
  'problem.rollouts.operatorsReport': 'Somente operadores e sua automação informam o progresso da implantação.',
  'problem.trains.operatorsSetUp': 'Somente operadores configuram trens de versões.',
  'problem.regions.unknownList': 'tem regiões desconhecidas {unknown}',
  'problem.regions.atLeastOne': 'deve indicar pelo menos uma região (ou ser omitido para todas)',
  'problem.trains.exists': 'A linha de produtos {line} já tem um trem de versões.',
  'problem.trains.operatorsFollow': 'Somente operadores acompanham trens de versões.',
  'problem.trains.operatorsWeeks': 'Somente operadores retêm, pulam ou movem semanas de um trem de versões.',
  'problem.trains.monday': 'deve ser a segunda-feira da semana, AAAA-MM-DD',
  'problem.trains.moveTo': 'é obrigatório para mover uma semana: um horário UTC ISO 8601 (2027-04-06T18:00:00Z)',
  'problem.trains.moveLater': 'está no passado; uma semana só pode ir para depois',
  'problem.trains.begun': 'A semana de {week} já começou.',
  'problem.listedTwice': 'aparece duas vezes',
  'problem.releases.operatorsOnly': 'Somente operadores publicam versões.',
  'problem.releases.unknownServices': 'citam serviços desconhecidos {unknown}',
  'problem.releases.exists': 'Já existe uma versão {version}.',
  'problem.rollouts.pauseHours': 'deve ser um número inteiro de horas de 0 a {max}',
  'problem.regions.unknownUse': 'tem regiões desconhecidas {unknown}; use {choices}',
  'problem.regions.twice': 'lista uma região duas vezes',
  'problem.rollouts.operatorsOnly': 'Somente operadores implantam versões.',
  'problem.rollouts.exists': 'A versão {version} já tem uma implantação; pause, retome ou pare essa.',
  'problem.rollouts.wave':
    'não está em abril nem em outubro; as grandes ondas de versões começam em abril (onda 1) e outubro (onda 2)',
  'problem.rollouts.operatorsFollowTenants':
    'Somente operadores acompanham implantações; locatários as veem na central de mensagens e em cada ambiente.',
  'problem.rollouts.operatorsFollow': 'Somente operadores acompanham implantações.',
  'problem.rollouts.operatorsControl': 'Somente operadores pausam, retomam ou param implantações.',
  'problem.rollouts.cannot':
    'Uma implantação em {state} não pode ser {action, select, hold {pausada} resume {retomada} other {parada}}.',
  'problem.messages.unknownIds':
    'tem {what, select, services {serviços desconhecidos} tenants {locatários desconhecidos} other {ambientes desconhecidos}} {ids}',
  'problem.auth.linkRefused':
    '{state, select, used {já foi usado} expired {expirou} other {não é um link de entrada válido}}; peça um novo a um operador (herald operator add, ou uma redefinição de senha).',
  'problem.messages.fileName': 'deve ser um nome de arquivo de 1 a 200 caracteres sem barras',
  'problem.messages.mediaType': 'não é um tipo de mídia (application/pdf)',
  'problem.messages.base64': 'não está em base64',
  'problem.messages.fileTooLarge': 'tem mais de {kib} KiB',
  'problem.tooLong300': 'tem mais de 300 caracteres',
  'problem.tooLong100k': 'tem mais de 100.000 caracteres',
  'problem.messages.endAfterStart': 'deve ser posterior a startDateTime',
  'problem.messages.audienceEmpty':
    'não indica ninguém; defina allTenants, tenantIds, environmentIds, regionCodes ou serviceIds',
  'problem.messages.tooManyFiles': 'tem mais de {max, plural, one {# arquivo} other {# arquivos}}',
  'problem.messages.operatorsManage':
    'Somente operadores escrevem publicações da central de mensagens; leitores usam {path}.',
  'problem.messages.publishedDelete':
    'Uma publicação publicada não pode ser excluída; dê a ela uma data de fim e ela expira.',
  'problem.messages.maxAttachments':
    'Uma publicação tem no máximo {max, plural, one {# anexo} other {# anexos}}; remova um antes.',
  'problem.privacy.orgAdminsOnly':
    'Somente os administradores da organização escolhem quem lê as publicações de privacidade de dados.',
  'problem.privacy.notMember': 'não é uma pessoa desta organização',
  'problem.releaseStatus.operatorsOnly': 'Somente operadores definem o status da versão.',
  'problem.releaseStatus.draft': 'a publicação é um rascunho: publique-a antes, o público é escolhido nesse momento',
  'problem.releaseStatus.outside': 'não estão no público da publicação: {ids}',
  'problem.schedule.published': 'Esta publicação já está publicada; só um rascunho pode ser agendado.',
  'problem.schedule.past': 'está no passado; informe um horário futuro (UTC) ou publique agora',
  'problem.share.nobody': 'não indica ninguém',
  'problem.share.tooMany': 'tem mais de {max, plural, one {# endereço} other {# endereços}}',
  'problem.share.noteTooLong': 'tem mais de {max, plural, one {# caractere} other {# caracteres}}',
  'problem.share.notMember': '{email} não é uma pessoa da sua organização',
  'problem.share.notPrivacyReader':
    '{email} não pode ler publicações de privacidade de dados; um administrador da organização pode torná-lo leitor de dados pessoais',
  'problem.publicText.names':
    'cita {names} do diretório; o texto da página de status pública não pode citar um locatário, ambiente ou pessoa',
  'problem.rehearsal.operatorsOnly': 'Somente operadores ensaiam cenários.',
  'problem.rehearsal.running': 'Já há um ensaio em andamento; tente de novo quando terminar.',
  'problem.subscribe.emailRequired': 'informe o e-mail para receber as atualizações (ou uma URL de webhook)',
  'problem.subscribe.notBoth': 'informe um e-mail ou uma URL de webhook, não os dois',
  'problem.subscribe.slackUrl': 'é necessária para o Slack: a URL do webhook de entrada, não um e-mail',
  'problem.subscribe.teamsUrl': 'é necessária para o Teams: a URL do fluxo de trabalho, não um e-mail',
  'problem.subscribe.badLink':
    'não é um link enviado pelo Herald; pode ter sido cortado ou alterado. Use o link do e-mail.',
  'problem.subscribe.alreadyConfirmed':
    'Este link de confirmação já foi usado: a assinatura está confirmada. Nada foi alterado.',
  'problem.trains.prefix': 'deve ser maior.menor, como 9.2',
  'problem.trains.link': 'deve ser um link https (pode conter {version} e {week})',
  'problem.trains.weekday': 'deve ser de 0 (domingo) a 6 (sábado)',
  'problem.trains.hour': 'deve ser uma hora inteira de 0 a 23 (UTC)',
  'problem.trains.leadDays': 'deve ser um número inteiro de dias de 1 a 28',
  'problem.branding.operatorsOnly': 'Somente operadores gerenciam a identidade visual da página de status.',
  'problem.branding.notColour': '“{value}” não é uma cor; informe-a como #rrggbb',
  'problem.branding.contrast':
    '{value} tem uma razão de contraste de {ratio}:1 como {use, select, primaryColor {fundo de texto branco} other {texto sobre o fundo da página}}; é preciso pelo menos {min}:1 para ser legível',
  'problem.branding.scheme': 'deve ser um endereço {schemes, select, https {https} other {https ou mailto}}',
  'problem.subscribe.format': 'é standard (Standard Webhooks), slack (Slack) ou teams (Microsoft Teams)',
  'problem.import.kindRequired': 'é obrigatório com um corpo CSV: um de {choices}',
  'problem.target.httpsOnly': 'deve ser uma URL https',
  'problem.target.credentials': 'não pode conter nome de usuário nem senha',
  'problem.target.unresolved': 'tem um nome de host ({host}) que não se resolve',
  'problem.target.special':
    'aponta para {address}, um endereço privado, de loopback, link-local ou especial para o qual o Herald não envia',
  'problem.rehearsal.tooLong':
    'end: um ensaio pelo console cobre no máximo {days, plural, one {# dia} other {# dias}}; execute um mais longo com herald rehearse',

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.opening': 'Abrindo o Herald',
  'console.error.offline': 'Não foi possível acessar o Herald; verifique a conexão.',
  'console.error.unavailable': 'O Herald não conseguiu responder; tente novamente em instantes.',
  'console.label.status':
    '{value, select, serviceOperational {Íntegro} investigating {Em investigação} serviceDegradation {Serviço degradado} serviceInterruption {Interrupção do serviço} restoringService {Restaurando o serviço} extendedRecovery {Recuperação estendida} verifyingService {Verificando o serviço} serviceRestored {Serviço restaurado} falsePositive {Falso positivo} postIncidentReviewPublished {Relatório pós-incidente publicado} other {{value}}}',
  'console.label.category':
    '{value, select, incident {Incidentes} advisory {Avisos} planned_maintenance {Manutenção planejada} unplanned_maintenance {Manutenção não planejada} release {Atualizações e versões} message_center {Central de mensagens} lifecycle {Primeiros passos (primeiro ano)} other {{value}}}',
  'console.label.messageCategory':
    '{value, select, preventOrFixIssue {Prevenir ou corrigir problemas} planForChange {Planejar mudanças} stayInformed {Manter-se informado} other {{value}}}',
  'console.label.role':
    '{value, select, operator {Operador} org_admin {Administrador da organização} system_admin {Administrador do sistema} additional_recipient {Destinatário adicional} member {Membro} other {{value}}}',
  'console.label.origin':
    '{value, select, microsoft {Provedor} thirdParty {Terceiros} customer {Sua organização} other {{value}}}',
  'console.label.symptom':
    '{value, select, pageNotFound {Página não encontrada (404)} cannotSignIn {Não é possível entrar} slowPerformance {Desempenho lento} errors {Erros} unavailable {Indisponível} other {{value}}}',
  'console.label.postType':
    '{value, select, regular {Detalhes adicionais} quick {Atualização rápida} strategic {Resumo} other {{value}}}',
  'console.label.eventType':
    '{value, select, incident_opened {Incidente aberto} incident_updated {Incidente atualizado} incident_scope_widened {Incidente alcançou mais pessoas} incident_changed {Detalhes do incidente alterados} incident_restored {Incidente: serviço restaurado} incident_pir_published {Relatório pós-incidente publicado} incident_stale {Incidente sem atualização} incident_pir_due {Relatório pós-incidente pendente} maintenance_scheduled {Manutenção agendada} maintenance_updated {Manutenção alterada} maintenance_cancelled {Manutenção cancelada} maintenance_started {Manutenção iniciada} maintenance_completed {Manutenção concluída} maintenance_overran {Manutenção excedeu o prazo} maintenance_failed {Manutenção com falha} maintenance_unplanned {Manutenção não planejada} release_region_scheduled {Versão agendada em uma região} release_wave_enabled {Onda de versão habilitada} message_published {Publicação da Central de mensagens} message_updated {Publicação da Central de mensagens atualizada} message_action_due {Ação pendente da Central de mensagens} message_digest {Resumo da Central de mensagens} message_shared {Publicação da Central de mensagens compartilhada} lifecycle_due {E-mail de primeiros passos} directory_admins_requested {Administradores solicitados} webhook_endpoint_paused {Webhook pausado} sla_claim_decided {Solicitação de SLA decidida} ticket_updated {Chamado de suporte atualizado} ticket_replied {Resposta em um chamado de suporte} subscriber_mail {E-mail para assinantes da página de status} team_page_acknowledged {Alerta da equipe reconhecido} team_page_resolved {Alerta da equipe resolvido} other {{value}}}',
  'console.label.value':
    '{value, select, pending {Pendente} approved {Aprovada} rejected {Rejeitada} active {Ativo} paused {Pausado} sent {Enviado} failed {Falhou, nova tentativa} dead {Falhou} suppressed {Não enviado (suprimido)} email {E-mail} webhook {Webhook} push {Notificação push} in_app {No console} draft {Rascunho} published {Publicado} planned {Planejada} unplanned {Não planejada} security {Segurança} weekly {Semanal} wave {Onda} minor {Menor} major {Maior} incident {Incidente} advisory {Aviso} other {{value}}}',

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

export default ptBR;
