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

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.documentTitle': '{title} · Herald',
  'console.shell.error.unexpected': 'Algo deu errado no console; recarregue a página e tente novamente.',
  'console.shell.fieldProblem': '{label}: {message}',
  'console.shell.problem.notSaved': 'Nada foi salvo.',
  'console.shell.problem.notAllowed': 'Não permitido.',
  'console.shell.problem.notFound': 'Não encontrado.',
  'console.shell.problem.notChanged': 'Nada foi alterado.',
  'console.shell.problem.notSavedYet': 'Nada foi salvo ainda.',
  'console.shell.problem.failed': 'Não funcionou.',
  'console.shell.loading': 'Carregando…',
  'console.shell.waitingFor': '{what}…',
  'console.shell.pages': 'Paginação',
  'console.shell.newer': 'Mais recentes',
  'console.shell.older': 'Mais antigos',
  'console.shell.pageRange': '{first, number}–{last, number} de {total, number}',
  'console.shell.skipToContent': 'Ir para o conteúdo',
  'console.shell.menu': 'Menu de navegação',
  'console.shell.home': 'Herald, página inicial',
  'console.shell.roleChip':
    '{role, select, operator {Operador} tenantAdmin {Administrador do locatário} systemAdmin {Administrador do sistema} other {Membro}}',
  'console.shell.liveOn': 'As atualizações ao vivo estão ativadas',
  'console.shell.liveReconnecting': 'Reconectando as atualizações ao vivo',
  'console.shell.live': 'Ao vivo',
  'console.shell.offline': 'Desconectado',
  'console.shell.account': 'Sua conta e configurações',
  'console.shell.timesIn': 'Horários em {zone}',
  'console.shell.theme': 'Tema de cores',
  'console.shell.themeSystem': 'Igual ao dispositivo',
  'console.shell.themeLight': 'Claro',
  'console.shell.themeDark': 'Escuro',
  'console.shell.profileLink': 'Perfil, idioma e fuso horário',
  'console.shell.preferencesLink': 'Preferências de notificação',
  'console.shell.signOut': 'Sair',
  'console.shell.mainNav': 'Principal',
  'console.shell.organization': 'Organização',
  'console.shell.nav':
    '{screen, select, overview {Visão geral} incidents {Incidentes} incidentTemplates {Modelos de incidente} reports {Relatórios pós-incidente} maintenance {Manutenção} releases {Versões e implantações} messageCenter {Central de mensagens} rehearsal {Ensaio} tickets {Chamados de suporte} slaClaims {Solicitações de SLA} teamPages {Alertas da equipe} subscribers {Assinantes de status} branding {Identidade visual da página de status} tenants {Locatários} environments {Ambientes} people {Pessoas} regions {Regiões e estações} deliveryLog {Log de entregas} sentMail {E-mails enviados} auditLog {Log de auditoria} serviceHealth {Integridade do serviço} slaCredits {SLA e créditos} recipients {Destinatários de e-mail} singleSignOn {Logon único} webhooks {Webhooks} findAdmin {Encontrar seu administrador} yourEnvironments {Seus ambientes} whoIsMyAdmin {Quem é meu administrador?} other {{screen}}}',
  'console.shell.navGroup':
    '{group, select, serviceHealth {Integridade do serviço} changes {Mudanças} directory {Diretório} records {Registros} organization {Sua organização} other {{group}}}',
  'console.shell.notFound': 'Página não encontrada',
  'console.shell.notFoundHelp': 'Esta página não existe no console ou não é uma das suas. Escolha uma página no menu.',
  'console.shell.bellLabel':
    '{count, plural, =0 {Notificações} one {Notificações, # não lida} other {Notificações, # não lidas}}',
  'console.shell.bellOverflow': '{count, number}+',
  'console.shell.notifications': 'Notificações',
  'console.shell.markAllRead': 'Marcar tudo como lido',
  'console.shell.unreadMark': '(não lida)',
  'console.shell.noNotifications': 'Nada ainda.',
  'console.shell.incident.public': 'público',
  'console.shell.incident.endedUpdated': 'encerrado {ended} · atualizado {updated}',
  'console.shell.incident.startedUpdated': 'iniciado {started} · atualizado {updated}',
  'console.shell.incident.fact':
    '{fact, select, issueId {ID do problema} services {Serviços} regions {Regiões} origin {Origem} started {Início} ended {Término} impact {Impacto} userExperience {Experiência do usuário} workaround {Solução alternativa} symptoms {Sintomas} other {{fact}}}',
  'console.shell.incident.servicesFeature': '{services} · {feature}',
  'console.shell.incident.stillGoingOn': 'ainda em andamento',
  'console.shell.incident.timeline': 'Linha do tempo das atualizações, mais recentes primeiro',
  'console.shell.incident.opened': 'Abertura',
  'console.shell.incident.postedSilently': 'Publicado sem notificar',
  'console.shell.reason':
    '{value, select, org_admin {administrador da organização} system_admin {administrador do sistema} additional_recipient {destinatário adicional} operator {operador} member {membro} listed {leitor autorizado} told_before {avisado antes} owning_team {equipe responsável} subscribed {assinante} webhook_dead {webhook com falha} other {{value}}}',
  'console.shell.audience.title': 'Quem será avisado',
  'console.shell.audience.environments': '{count, plural, one {# ambiente} other {# ambientes}}',
  'console.shell.audience.tenants': '{count, plural, one {# locatário} other {# locatários}}',
  'console.shell.audience.orgAdmins':
    '{count, plural, one {# administrador da organização} other {# administradores da organização}}',
  'console.shell.audience.systemAdmins':
    '{count, plural, one {# administrador do sistema} other {# administradores do sistema}}',
  'console.shell.audience.people': '{count, plural, one {# pessoa} other {# pessoas}}',
  'console.shell.audience.andMore': '{names} e mais {count, plural, one {#} other {#}}',
  'console.shell.audience.morePeople': '{count, plural, one {e mais # pessoa} other {e mais # pessoas}}',
  'console.shell.uptime.summary': '{label}: {count, plural, one {# período medido} other {# períodos medidos}}',
  'console.shell.uptime.summaryLowest':
    '{label}: {count, plural, one {# período medido} other {# períodos medidos}}, mínimo {lowest}',
  'console.shell.uptime.periodUp': '{period}: {percent} disponível',
  'console.shell.uptime.periodNotMeasured': '{period}: não medido',
  'console.shell.uptime.below': 'abaixo de {value}',
  'console.shell.uptime.notMeasured': 'não medido',
  'console.shell.week.windowTitle': 'Janela de serviço de {region}: {start} – {end} ({zone})',
  'console.shell.week.workTitle': '{title} ({region}): {start} – {end}',
  'console.shell.week.caption': 'Semana de {date}, em {zone}.',
  'console.shell.week.serviceWindow': 'janela de serviço',
  'console.shell.week.yourRegions': 'suas regiões',
  'console.shell.week.plannedWork': 'trabalho planejado',
  'console.shell.markdown.hint': 'Markdown: **negrito**, _itálico_, - listas, [links](https://…)',
  'console.shell.markdown.previewOf': 'Visualização de {label}',
  'console.shell.markdown.empty': 'A visualização aparece aqui.',
  'console.shell.markdown.preview': 'Visualizar',
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
  'console.account.actions': 'Ações',
  'console.account.signIn.title': 'Entrar',
  'console.account.signIn.expired': 'Sua sessão terminou; entre novamente para continuar.',
  'console.account.signIn.email': 'E-mail',
  'console.account.signIn.continueWith': 'Continuar com {provider}',
  'console.account.signIn.password': 'Senha',
  'console.account.signIn.lookingUp': 'Procurando…',
  'console.account.signIn.continue': 'Continuar',
  'console.account.signIn.signingIn': 'Entrando…',
  'console.account.signIn.withPassword': 'Entrar com senha',
  'console.account.signIn.help':
    'Não é administrador? <find>Encontre o seu</find>. Procurando o estado do serviço? Veja a <status>página de status pública</status>.',
  'console.account.setPassword.title': 'Escolha sua senha',
  'console.account.setPassword.noToken':
    'Esta página precisa do link completo que você recebeu; abra-o novamente pela mensagem.',
  'console.account.setPassword.password': 'Nova senha',
  'console.account.setPassword.hint': 'Pelo menos 12 caracteres. Este link funciona uma única vez.',
  'console.account.setPassword.submit': 'Definir senha e entrar',
  'console.account.findAdmin.title': 'Encontrar seu administrador',
  'console.account.findAdmin.intro':
    'A quem perguntar sobre cada um dos seus ambientes: primeiro os administradores do sistema dele, depois os administradores da sua organização.',
  'console.account.findAdmin.none': 'Você não tem ambientes, então não há administrador para mostrar.',
  'console.account.findAdmin.systemAdmins': 'Administradores do sistema',
  'console.account.findAdmin.orgAdmins': 'Administradores da organização',
  'console.account.findAdmin.nobody': 'Nenhum',
  'console.account.findAdmin.byEmailIntro': 'Digite seu e-mail corporativo: enviaremos quem administra seus ambientes.',
  'console.account.findAdmin.workEmail': 'E-mail corporativo',
  'console.account.findAdmin.send': 'Enviar a lista para mim',
  'console.account.findAdmin.signInHelp': '<signin>Entre</signin> se você for administrador.',
  'console.account.profile.title': 'Perfil',
  'console.account.profile.you': 'Você',
  'console.account.profile.name': 'Nome',
  'console.account.profile.language': 'Idioma',
  'console.account.profile.regionalFormat': 'Formato regional',
  'console.account.profile.formatExample': 'Datas e números aparecem assim: {date}, {number}.',
  'console.account.profile.timeZone': 'Fuso horário',
  'console.account.profile.timeZoneHint': 'Todos os horários no Herald são mostrados nele; agora são {time} lá.',
  'console.account.profile.save': 'Salvar',
  'console.account.profile.saved': 'Perfil salvo',
  'console.account.profile.roles': 'Suas funções',
  'console.account.sessions.title': 'Onde você está conectado',
  'console.account.sessions.intro':
    '{hours, plural, one {As sessões duram # hora.} other {As sessões duram # horas.}} Encerre as que você não reconhecer; alterar sua senha encerra todas, exceto esta.',
  'console.account.sessions.browser': 'Navegador',
  'console.account.sessions.address': 'Endereço',
  'console.account.sessions.signedIn': 'Entrada',
  'console.account.sessions.lastSeen': 'Última atividade',
  'console.account.sessions.unknown': 'desconhecido',
  'console.account.sessions.thisBrowser': 'este navegador',
  'console.account.sessions.endFrom': 'Encerrar a sessão de {browser}',
  'console.account.sessions.endUnknown': 'Encerrar a sessão de um navegador desconhecido',
  'console.account.sessions.end': 'Encerrar',
  'console.account.sessions.endOthers': 'Encerrar todas as outras sessões',
  'console.account.sessions.ended': 'Sessão encerrada',
  'console.account.sessions.othersEnded': 'Outras sessões encerradas',
  'console.account.tokens.title': 'Tokens de API',
  'console.account.tokens.intro':
    'Para scripts e integrações: envie-o como <code>{header}</code>. Ele age como você, com suas permissões. Veja a <docs>documentação da API</docs>.',
  'console.account.tokens.name': 'Nome do token',
  'console.account.tokens.namePlaceholder': 'ex.: script de monitoramento',
  'console.account.tokens.create': 'Criar token ({days, plural, one {# dia} other {# dias}})',
  'console.account.tokens.copyNow': 'Copie-o agora; ele não será mostrado novamente: <code>{secret}</code>',
  'console.account.tokens.none': 'Nenhum token.',
  'console.account.tokens.lastUsed': 'Último uso',
  'console.account.tokens.expires': 'Expira em',
  'console.account.tokens.never': 'nunca',
  'console.account.tokens.revoke': 'Revogar',
  'console.account.tokens.revokeNamed': 'Revogar {name}',
  'console.account.tokens.revoked': 'Token revogado',
  'console.account.preferences.title': 'Preferências de notificação',
  'console.account.preferences.accountCategory': 'Sua conta e solicitações',
  'console.account.preferences.caption': 'Canais por categoria',
  'console.account.preferences.category': 'Categoria',
  'console.account.preferences.channel':
    '{channel, select, email {E-mail} push {Push} in_app {No console} other {{channel}}}',
  'console.account.preferences.cell':
    '{category} por {channel, select, email {e-mail} push {notificação push} in_app {no console} other {{channel}}}',
  'console.account.preferences.yourChoice': 'sua escolha',
  'console.account.preferences.defaultMajorOnly': 'padrão: somente mudanças importantes',
  'console.account.preferences.default': 'padrão',
  'console.account.preferences.save': 'Salvar preferências',
  'console.account.preferences.saved': 'Preferências salvas',
  'console.account.preferences.backToDefaults': 'Voltar ao padrão',
  'console.account.push.title': 'Push nos seus dispositivos',
  'console.account.push.intro':
    'Instale o Herald no seu telefone (Adicionar à Tela de Início) e ative o push nele para ser avisado onde estiver.',
  'console.account.push.subscribe': 'Receber push neste dispositivo',
  'console.account.push.unsupported':
    'Este navegador não pode receber push aqui (é preciso uma conexão segura e um navegador compatível).',
  'console.account.push.none': 'Nenhum dispositivo recebe push ainda.',
  'console.account.push.since': 'desde {since}',
  'console.account.push.sinceDelivered': 'desde {since} · última entrega {delivered}',
  'console.account.push.stop': 'Parar',
  'console.account.push.subscribed': 'Este dispositivo agora recebe notificações push',
  'console.account.push.stopped': 'Push interrompido para esse dispositivo',
  'console.account.push.blocked': 'As notificações estão bloqueadas para este site nas configurações do navegador.',

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
