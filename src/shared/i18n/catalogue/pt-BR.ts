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
  'report.title': 'Relatório pós-incidente {id}: {title}',
  'report.status':
    '{published, select, yes {Publicado em {time}} other {Rascunho — não publicado}} · Gravidade: {severity}',
  'report.section.summary': 'Resumo',
  'report.section.userExperience': 'Experiência do usuário',
  'report.section.startDateTime': 'Data e hora de início',
  'report.section.resolutionDateTime': 'Data e hora da resolução',
  'report.section.rootCause': 'Causa raiz',
  'report.section.nextSteps': 'Próximas etapas',
  'subscriber.language': 'Idioma dos e-mails',

  // server: problem details and the CLI

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
