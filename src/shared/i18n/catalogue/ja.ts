import type { Catalogue } from './en.js';

const ja: Catalogue = {
  'language.name': '日本語',
  'language.switch': '言語',
  'common.labelValue': '{label}: {value}',
  'common.headline': '{heading}: {title}',
  'common.range': '{start}～{end}',
  'common.contactSupport': 'サポートに問い合わせる',

  'notice.heading.plannedMaintenance': '計画メンテナンス',
  'notice.heading.maintenanceUpdated': '計画メンテナンスの変更',
  'notice.heading.maintenanceCancelled': 'メンテナンスの中止',
  'notice.heading.unplannedMaintenance': '臨時メンテナンス',
  'notice.heading.incident': '{classification, select, advisory {サービスに関するお知らせ} other {サービス障害}}',
  'notice.heading.incidentUpdate': '障害の続報',
  'notice.heading.serviceRestored': 'サービス復旧',
  'notice.heading.postIncidentReport': '障害事後レポート',
  'notice.heading.actionNeeded': '対応が必要です',
  'notice.heading.messageCenter': 'メッセージ センター',
  'notice.heading.messageUpdated': 'メッセージの更新',
  'notice.heading.actionRequiredBy': '期限までに対応が必要です',
  'notice.heading.digest': 'メッセージ センターのダイジェスト',
  'notice.heading.sharedWithYou': 'あなたと共有されました',
  'notice.heading.yourAdmins': 'あなたの管理者',
  'notice.heading.webhookPaused': 'Webhook エンドポイントを一時停止しました',
  'notice.heading.slaClaim': 'サービス クレジットの申請',
  'notice.heading.ticketUpdated': 'サポート チケットの更新',
  'notice.heading.ticketReply': 'サポート チケットへの新しい返信',
  'notice.subject.organization': '[{organization}] {headline}',
  'notice.hello': '{name} 様',
  'notice.yourOrganization': 'あなたの組織',
  'notice.affectedEnvironments': '{count, plural, other {影響を受ける環境 ({count, number} 件)}}',
  'notice.field.status': '状態',
  'notice.field.severity': '重大度',
  'notice.field.services': 'サービス',
  'notice.field.regions': 'リージョン',
  'notice.field.impact': '想定される影響',
  'notice.field.durationMinutes': '影響の推定時間',
  'notice.field.userExperience': 'ユーザーへの影響',
  'notice.field.startsAt': '開始',
  'notice.field.endsAt': '終了',
  'notice.field.workaround': '回避策',
  'notice.field.rootCause': '根本原因',
  'notice.field.nextSteps': '今後の対応',
  'notice.field.actionRequiredBy': '対応期限',
  'notice.field.releaseNotesUrl': 'リリース ノート',
  'notice.field.note': 'メモ',
  'notice.minutes': '{minutes, plural, other {# 分}}',
  'notice.actBy': '対応期限: {time}',
  'notice.open': 'Herald で開く',
  'notice.why': '通知ルール「{rule}」に基づいてお送りしています。',
  'notice.unsubscribe': '配信停止',
  'notice.preferences': '通知の設定',

  'subscriber.headline.incidentOpened': '調査中',
  'subscriber.headline.incidentUpdated': '続報',
  'subscriber.headline.incidentRestored': '解決済み',
  'subscriber.headline.maintenanceScheduled': '予定されたメンテナンス',
  'subscriber.headline.maintenanceUnplanned': 'メンテナンス',
  'subscriber.headline.maintenanceUpdated': 'メンテナンスの変更',
  'subscriber.headline.maintenanceCancelled': 'メンテナンスの中止',
  'subscriber.headline.maintenanceStarted': 'メンテナンス開始',
  'subscriber.headline.maintenanceCompleted': 'メンテナンス完了',
  'subscriber.headline.other': '続報',
  'subscriber.services': 'サービス',
  'subscriber.regions': 'リージョン',
  'subscriber.when': '日時',
  'subscriber.expectedImpact': '想定される影響',
  'subscriber.statusPage': 'ステータス ページ',
  'subscriber.seeStatusPage': 'ステータス ページを見る',
  'subscriber.why': 'このアドレスが {pageName} の更新情報を購読しているため、お送りしています。',
  'subscriber.manage': '購読の管理',
  'subscriber.unsubscribe': '配信停止',
  'subscriber.support': 'サポート',
  'subscriber.subscribed': '購読を開始しました',
  'subscriber.welcome':
    'このチャネルでは今後、{pageName} の公開障害と予定されたメンテナンスを、作成・更新・解決のたびに受け取ります。',
  'subscriber.changeOrUnsubscribe': '変更または配信停止',
  'subscriber.chatContext': '{pageName} · 変更または配信停止: {url}',
  'subscriber.confirm.subject': '[{pageName}] 購読の確認',
  'subscriber.confirm.body': 'このアドレスで {pageName} の更新情報を受け取るよう申し込みがありました。',
  'subscriber.confirm.link': '購読を確認する',
  'subscriber.confirm.ignore': 'お心当たりがない場合は、このメールを無視してください。これ以上は送信されません。',
  'subscriber.already.subject': '[{pageName}] すでに購読しています',
  'subscriber.already.body': 'このアドレスで {pageName} の購読の申し込みがありましたが、すでに購読済みです。',
  'subscriber.already.link': '受け取る内容を変更する',

  'status.component':
    '{status, select, operational {正常} under_maintenance {メンテナンス中} degraded_performance {パフォーマンス低下} partial_outage {部分的な停止} other {大規模な停止}}',
  'status.badge':
    '{status, select, operational {正常} under_maintenance {メンテナンス中} degraded_performance {低下} partial_outage {部分停止} other {大規模停止}}',
  'status.indicator':
    '{indicator, select, none {すべてのシステムが正常に稼働しています} minor {軽微なサービス障害} major {システムの部分的な停止} critical {大規模なサービス停止} other {サービスはメンテナンス中です}}',
  'status.incident':
    '{status, select, investigating {調査中} serviceDegradation {サービス低下} serviceInterruption {サービス中断} restoringService {復旧作業中} extendedRecovery {復旧に時間がかかっています} verifyingService {サービスの確認中} serviceRestored {サービス復旧} falsePositive {誤検知} postIncidentReviewPublished {障害事後レポート公開} other {続報}}',
  'status.maintenance':
    '{status, select, scheduled {予定} in_progress {実施中} verifying {確認中} completed {完了} other {予定}}',
  'status.severity': '{severity, select, major {重大} minor {軽微} other {重大度不明}}',

  'page.lastChange': '最終更新: {time}。時刻はすべて UTC です。',
  'page.activeIncidents': '発生中の障害',
  'page.noIncidents': '現在、障害は発生していません。',
  'page.scheduledMaintenance': '予定されたメンテナンス',
  'page.noMaintenance': '影響が想定されるメンテナンスの予定はありません。',
  'page.servicesByRegion': 'リージョン別のサービス',
  'page.noServices': '表示するサービスはまだありません。',
  'page.history': '履歴 (過去 {days, plural, other {# 日間}})',
  'page.noHistory': '{days, plural, other {過去 # 日間に障害はありません。}}',
  'page.column.service': 'サービス',
  'page.column.status': '状態',
  'page.column.lastDays': '{days, plural, other {過去 # 日間}}',
  'page.column.uptime': '稼働率',
  'page.uptimeBars': '{days, plural, other {過去 # 日間の稼働率}}',
  'page.userExperience': 'ユーザーへの影響:',
  'page.workaround': '回避策:',
  'page.since': '{time} から',
  'page.reportPublished':
    '{time} に障害事後レポートが公開されました。管理者はサービス正常性ダッシュボードで確認できます。',
  'page.expectedImpact': '想定される影響: {impact}',
  'page.subscribe': '更新情報を購読する',
  'page.calendar': 'メンテナンス カレンダー (iCal)',
  'page.historyAtom': '障害履歴 (Atom)',
  'page.historyRss': '障害履歴 (RSS)',
  'embed.fullStatus': '詳しい状況と履歴',

  'feed.title': '{pageName} — 障害履歴',
  'feed.titleComponent': '{pageName} — {component} — 障害履歴',
  'feed.word':
    '{word, select, investigating {調査中} identified {原因を特定} monitoring {経過観察中} resolved {解決済み} postmortem {障害事後レポート} other {続報}}',
  'feed.calendarName': '{pageName} — メンテナンス',
  'feed.calendarDescription': '想定される影響: {impact}。リージョン: {regions}。状態: {status}。',

  'subscribe.title': '更新情報を購読する',
  'subscribe.intro':
    '公開障害と予定されたメンテナンスを、作成・更新・解決のたびに受け取れます。最初に確認が必要です。すべてのメッセージに、選択内容の変更やワンクリックでの配信停止のためのリンクがあります。',
  'subscribe.byEmail': 'メールで受け取る',
  'subscribe.email': 'メール アドレス',
  'subscribe.byWebhook': 'または Webhook、Slack、Microsoft Teams で受け取る',
  'subscribe.url': 'Webhook の URL (https)',
  'subscribe.format.standard': 'Webhook (Standard Webhooks)',
  'subscribe.format.slack': 'Slack 受信 Webhook',
  'subscribe.format.teams': 'Microsoft Teams ワークフロー',
  'subscribe.webhookHelp':
    'Webhook は Standard Webhooks に従って署名され、署名付きの subscription.verification イベントにエンドポイントが 2xx で応答すると開始します。このイベントには署名用のシークレットが含まれます。Slack と Teams には最初に「購読を開始しました」というメッセージが届き、URL がそれを受け付けると購読が始まります。',
  'subscribe.what': '受け取る内容',
  'subscribe.everything': 'すべて: 公開障害とメンテナンスのすべて',
  'subscribe.only': 'または、次のリージョンやサービスに関係するものだけ:',
  'subscribe.submit': '購読する',
  'subscribe.sendsTo': '更新情報の送信先: {address}',
  'subscribe.save': '保存',
  'subscribe.unsubscribe': '配信停止',
  'subscribe.answerTitle': '受信トレイをご確認ください',
  'subscribe.answer':
    'ありがとうございます。このアドレスで更新情報を受け取れる場合は、確認メールをお送りしました。メール内のリンクから確認してください。確認されるまでは何も送信されません。',
  'subscribe.confirmTitle': '購読の確認',
  'subscribe.confirmQuestion': '{address} に更新情報を送信しますか?',
  'subscribe.confirmButton': '確認する',
  'subscribe.confirmedTitle': '購読を開始しました',
  'subscribe.confirmed': '購読が確認されました。',
  'subscribe.manageTitle': 'あなたの購読',
  'subscribe.saved': '保存しました。',
  'subscribe.unsubscribeTitle': '配信を停止しますか?',
  'subscribe.unsubscribeQuestion': '{address} への更新情報の送信を停止しますか?',
  'subscribe.unsubscribedTitle': '配信を停止しました',
  'subscribe.unsubscribed': 'このアドレスには今後、更新情報は送信されません。',
  'subscribe.linkUsed': 'このリンクはすでに使用されています',
  'subscribe.linkBroken': 'このリンクは無効です',
  'subscribe.again': 'もう一度購読する',

  // server: translated posts (Message Center and incidents)

  // server: reports and subscribers
  'report.title': 'インシデント事後レポート {id}: {title}',
  'report.status': '{published, select, yes {{time} に公開} other {下書き（未公開）}} · 重大度: {severity}',
  'report.section.summary': '概要',
  'report.section.userExperience': 'ユーザーへの影響',
  'report.section.startDateTime': '開始日時',
  'report.section.resolutionDateTime': '解決日時',
  'report.section.rootCause': '根本原因',
  'report.section.nextSteps': '今後の対応',
  'subscriber.language': 'メールの言語',

  // server: problem details and the CLI

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.opening': 'Herald を開いています',
  'console.error.offline': 'Herald に接続できません。接続を確認してください。',
  'console.error.unavailable': 'Herald から応答がありませんでした。しばらくしてからもう一度お試しください。',
  'console.label.status':
    '{value, select, serviceOperational {正常} investigating {調査中} serviceDegradation {サービスの低下} serviceInterruption {サービスの中断} restoringService {サービスを復旧中} extendedRecovery {復旧に時間を要しています} verifyingService {サービスを確認中} serviceRestored {サービス復旧済み} falsePositive {誤検知} postIncidentReviewPublished {インシデント事後レポート公開済み} other {{value}}}',
  'console.label.category':
    '{value, select, incident {インシデント} advisory {アドバイザリ} planned_maintenance {計画メンテナンス} unplanned_maintenance {計画外メンテナンス} release {更新とリリース} message_center {メッセージ センター} lifecycle {はじめに (最初の 1 年)} other {{value}}}',
  'console.label.messageCategory':
    '{value, select, preventOrFixIssue {問題の防止または修正} planForChange {変更に備える} stayInformed {最新情報を確認} other {{value}}}',
  'console.label.role':
    '{value, select, operator {オペレーター} org_admin {組織管理者} system_admin {システム管理者} additional_recipient {追加の受信者} member {メンバー} other {{value}}}',
  'console.label.origin':
    '{value, select, microsoft {プロバイダー} thirdParty {サード パーティ} customer {貴組織} other {{value}}}',
  'console.label.symptom':
    '{value, select, pageNotFound {ページが見つからない (404)} cannotSignIn {サインインできない} slowPerformance {動作が遅い} errors {エラー} unavailable {利用できない} other {{value}}}',
  'console.label.postType': '{value, select, regular {追加の詳細} quick {簡易更新} strategic {概要} other {{value}}}',
  'console.label.eventType':
    '{value, select, incident_opened {インシデント発生} incident_updated {インシデント更新} incident_scope_widened {インシデントの対象者が拡大} incident_changed {インシデントの詳細を変更} incident_restored {インシデント: サービス復旧} incident_pir_published {インシデント事後レポート公開} incident_stale {更新のないインシデント} incident_pir_due {インシデント事後レポートの期限} maintenance_scheduled {メンテナンス予定} maintenance_updated {メンテナンス変更} maintenance_cancelled {メンテナンス中止} maintenance_started {メンテナンス開始} maintenance_completed {メンテナンス完了} maintenance_overran {メンテナンス時間超過} maintenance_failed {メンテナンス失敗} maintenance_unplanned {計画外メンテナンス} release_region_scheduled {リージョンでのリリース予定} release_wave_enabled {リリース ウェーブ有効化} message_published {メッセージ センターの投稿公開} message_updated {メッセージ センターの投稿更新} message_action_due {メッセージ センターの対応期限} message_digest {メッセージ センターのダイジェスト} message_shared {メッセージ センターの投稿共有} lifecycle_due {はじめにのメール} directory_admins_requested {管理者の問い合わせ} webhook_endpoint_paused {Webhook 一時停止} sla_claim_decided {SLA 請求の判定} ticket_updated {サポート チケット更新} ticket_replied {サポート チケットへの返信} subscriber_mail {状態ページ購読者へのメール} team_page_acknowledged {チーム呼び出し応答済み} team_page_resolved {チーム呼び出し解決済み} other {{value}}}',
  'console.label.value':
    '{value, select, pending {保留中} approved {承認済み} rejected {却下} active {有効} paused {一時停止中} sent {送信済み} failed {失敗 (再試行予定)} dead {失敗} suppressed {未送信 (抑止)} email {メール} webhook {Webhook} push {プッシュ通知} in_app {コンソール内} draft {下書き} published {公開済み} planned {計画済み} unplanned {計画外} security {セキュリティ} weekly {毎週} wave {ウェーブ} minor {軽度} major {重大} incident {インシデント} advisory {アドバイザリ} other {{value}}}',

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

export default ja;
