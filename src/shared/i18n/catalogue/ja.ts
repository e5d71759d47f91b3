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

  // server: problem details and the CLI

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.documentTitle': '{title} · Herald',
  'console.shell.error.unexpected':
    'コンソールでエラーが発生しました。ページを再読み込みして、もう一度お試しください。',
  'console.shell.fieldProblem': '{label}：{message}',
  'console.shell.problem.notSaved': '何も保存されていません。',
  'console.shell.problem.notAllowed': '許可されていません。',
  'console.shell.problem.notFound': '見つかりません。',
  'console.shell.problem.notChanged': '何も変更されていません。',
  'console.shell.problem.notSavedYet': 'まだ何も保存されていません。',
  'console.shell.problem.failed': '処理できませんでした。',
  'console.shell.loading': '読み込んでいます…',
  'console.shell.waitingFor': '{what}…',
  'console.shell.pages': 'ページ移動',
  'console.shell.newer': '新しいもの',
  'console.shell.older': '古いもの',
  'console.shell.pageRange': '全 {total, number} 件中 {first, number}–{last, number} 件',
  'console.shell.skipToContent': 'コンテンツにスキップ',
  'console.shell.menu': 'メニュー',
  'console.shell.home': 'Herald、ホーム',
  'console.shell.roleChip':
    '{role, select, operator {オペレーター} tenantAdmin {テナント管理者} systemAdmin {システム管理者} other {メンバー}}',
  'console.shell.liveOn': 'ライブ更新はオンです',
  'console.shell.liveReconnecting': 'ライブ更新を再接続しています',
  'console.shell.live': 'ライブ',
  'console.shell.offline': 'オフライン',
  'console.shell.account': 'アカウントと設定',
  'console.shell.timesIn': '時刻は {zone} で表示',
  'console.shell.theme': 'カラー テーマ',
  'console.shell.themeSystem': 'デバイスの設定に合わせる',
  'console.shell.themeLight': 'ライト',
  'console.shell.themeDark': 'ダーク',
  'console.shell.profileLink': 'プロファイル、言語、タイム ゾーン',
  'console.shell.preferencesLink': '通知設定',
  'console.shell.signOut': 'サインアウト',
  'console.shell.mainNav': 'メイン',
  'console.shell.organization': '組織',
  'console.shell.nav':
    '{screen, select, overview {概要} incidents {インシデント} incidentTemplates {インシデント テンプレート} reports {インシデント事後レポート} maintenance {メンテナンス} releases {リリースとロールアウト} messageCenter {メッセージ センター} rehearsal {リハーサル} tickets {サポート チケット} slaClaims {SLA 請求} teamPages {チーム呼び出し} subscribers {状態ページの購読者} branding {状態ページのブランド設定} tenants {テナント} environments {環境} people {ユーザー} regions {リージョンとステーション} deliveryLog {配信ログ} sentMail {送信済みメール} auditLog {監査ログ} serviceHealth {サービス正常性} slaCredits {SLA とクレジット} recipients {メールの受信者} singleSignOn {シングル サインオン} webhooks {Webhook} findAdmin {管理者を探す} yourEnvironments {ご利用の環境} whoIsMyAdmin {管理者は誰ですか?} other {{screen}}}',
  'console.shell.navGroup':
    '{group, select, serviceHealth {サービス正常性} changes {変更} directory {ディレクトリ} records {記録} organization {貴組織} other {{group}}}',
  'console.shell.notFound': 'ページが見つかりません',
  'console.shell.notFoundHelp':
    'このページはコンソールに存在しないか、ご利用いただけないページです。メニューからページを選択してください。',
  'console.shell.bellLabel': '{count, plural, =0 {通知} other {通知、未読 # 件}}',
  'console.shell.bellOverflow': '{count, number}+',
  'console.shell.notifications': '通知',
  'console.shell.markAllRead': 'すべて既読にする',
  'console.shell.unreadMark': '(未読)',
  'console.shell.noNotifications': 'まだ通知はありません。',
  'console.shell.incident.public': '公開',
  'console.shell.incident.endedUpdated': '終了: {ended} · 更新: {updated}',
  'console.shell.incident.startedUpdated': '開始: {started} · 更新: {updated}',
  'console.shell.incident.fact':
    '{fact, select, issueId {問題 ID} services {サービス} regions {リージョン} origin {発生元} started {開始} ended {終了} impact {影響} userExperience {ユーザー エクスペリエンス} workaround {回避策} symptoms {症状} other {{fact}}}',
  'console.shell.incident.servicesFeature': '{services} · {feature}',
  'console.shell.incident.stillGoingOn': '継続中',
  'console.shell.incident.timeline': '更新のタイムライン (新しい順)',
  'console.shell.incident.opened': '発生',
  'console.shell.incident.postedSilently': '通知せずに投稿',
  'console.shell.reason':
    '{value, select, org_admin {組織管理者} system_admin {システム管理者} additional_recipient {追加の受信者} operator {オペレーター} member {メンバー} listed {許可された閲覧者} told_before {通知済み} owning_team {担当チーム} subscribed {購読者} webhook_dead {Webhook の失敗} other {{value}}}',
  'console.shell.audience.title': '通知先',
  'console.shell.audience.environments': '{count, plural, other {# 個の環境}}',
  'console.shell.audience.tenants': '{count, plural, other {# テナント}}',
  'console.shell.audience.orgAdmins': '{count, plural, other {組織管理者 # 人}}',
  'console.shell.audience.systemAdmins': '{count, plural, other {システム管理者 # 人}}',
  'console.shell.audience.people': '{count, plural, other {# 人}}',
  'console.shell.audience.andMore': '{names} ほか {count, plural, other {# 件}}',
  'console.shell.audience.morePeople': '{count, plural, other {ほか # 人}}',
  'console.shell.uptime.summary': '{label}: {count, plural, other {測定済み # 期間}}',
  'console.shell.uptime.summaryLowest': '{label}: {count, plural, other {測定済み # 期間}}、最低 {lowest}',
  'console.shell.uptime.periodUp': '{period}: 稼働率 {percent}',
  'console.shell.uptime.periodNotMeasured': '{period}: 未測定',
  'console.shell.uptime.below': '{value} 未満',
  'console.shell.uptime.notMeasured': '未測定',
  'console.shell.week.windowTitle': '{region} のサービス時間枠: {start} – {end} ({zone})',
  'console.shell.week.workTitle': '{title} ({region}): {start} – {end}',
  'console.shell.week.caption': '{date} の週 ({zone})。',
  'console.shell.week.serviceWindow': 'サービス時間枠',
  'console.shell.week.yourRegions': 'ご利用のリージョン',
  'console.shell.week.plannedWork': '予定された作業',
  'console.shell.markdown.hint': 'Markdown: **太字**、_斜体_、- 箇条書き、[リンク](https://…)',
  'console.shell.markdown.previewOf': '{label} のプレビュー',
  'console.shell.markdown.empty': 'ここにプレビューが表示されます。',
  'console.shell.markdown.preview': 'プレビュー',
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
  'console.account.actions': '操作',
  'console.account.signIn.title': 'サインイン',
  'console.account.signIn.expired': 'セッションが終了しました。続行するにはもう一度サインインしてください。',
  'console.account.signIn.email': 'メール アドレス',
  'console.account.signIn.continueWith': '{provider} で続行',
  'console.account.signIn.password': 'パスワード',
  'console.account.signIn.lookingUp': '確認しています…',
  'console.account.signIn.continue': '続行',
  'console.account.signIn.signingIn': 'サインインしています…',
  'console.account.signIn.withPassword': 'パスワードでサインイン',
  'console.account.signIn.help':
    '管理者ではありませんか? <find>管理者を探す</find>。サービスの状態を確認するには、<status>公開状態ページ</status>をご覧ください。',
  'console.account.setPassword.title': 'パスワードの設定',
  'console.account.setPassword.noToken':
    'このページには送信されたリンク全体が必要です。メッセージからもう一度開いてください。',
  'console.account.setPassword.password': '新しいパスワード',
  'console.account.setPassword.hint': '12 文字以上。このリンクは 1 回だけ使用できます。',
  'console.account.setPassword.submit': 'パスワードを設定してサインイン',
  'console.account.findAdmin.title': '管理者を探す',
  'console.account.findAdmin.intro':
    '各環境について問い合わせる相手: まずその環境のシステム管理者、次に組織の管理者です。',
  'console.account.findAdmin.none': '環境がないため、表示する管理者はいません。',
  'console.account.findAdmin.systemAdmins': 'システム管理者',
  'console.account.findAdmin.orgAdmins': '組織管理者',
  'console.account.findAdmin.nobody': 'なし',
  'console.account.findAdmin.byEmailIntro':
    '勤務先のメール アドレスを入力してください。ご利用の環境の管理者をお送りします。',
  'console.account.findAdmin.workEmail': '勤務先のメール アドレス',
  'console.account.findAdmin.send': '一覧を送信',
  'console.account.findAdmin.signInHelp': '管理者の方は<signin>サインイン</signin>してください。',
  'console.account.profile.title': 'プロファイル',
  'console.account.profile.you': 'あなた',
  'console.account.profile.name': '名前',
  'console.account.profile.language': '言語',
  'console.account.profile.regionalFormat': '地域の書式',
  'console.account.profile.formatExample': '日付と数値の表示例: {date}、{number}',
  'console.account.profile.timeZone': 'タイム ゾーン',
  'console.account.profile.timeZoneHint':
    'Herald のすべての時刻はこのタイム ゾーンで表示されます。現在の時刻は {time} です。',
  'console.account.profile.save': '保存',
  'console.account.profile.saved': 'プロファイルを保存しました',
  'console.account.profile.roles': 'あなたのロール',
  'console.account.sessions.title': 'サインインしている場所',
  'console.account.sessions.intro':
    '{hours, plural, other {セッションの有効期間は # 時間です。}}見覚えのないセッションは終了してください。パスワードを変更すると、このセッション以外はすべて終了します。',
  'console.account.sessions.browser': 'ブラウザー',
  'console.account.sessions.address': 'アドレス',
  'console.account.sessions.signedIn': 'サインイン日時',
  'console.account.sessions.lastSeen': '最終アクティビティ',
  'console.account.sessions.unknown': '不明',
  'console.account.sessions.thisBrowser': 'このブラウザー',
  'console.account.sessions.endFrom': '{browser} のセッションを終了',
  'console.account.sessions.endUnknown': '不明なブラウザーのセッションを終了',
  'console.account.sessions.end': '終了',
  'console.account.sessions.endOthers': '他のセッションをすべて終了',
  'console.account.sessions.ended': 'セッションを終了しました',
  'console.account.sessions.othersEnded': '他のセッションを終了しました',
  'console.account.tokens.title': 'API トークン',
  'console.account.tokens.intro':
    'スクリプトや統合用: <code>{header}</code> として送信します。あなたの権限で、あなたとして動作します。<docs>API ドキュメント</docs>を参照してください。',
  'console.account.tokens.name': 'トークン名',
  'console.account.tokens.namePlaceholder': '例: 監視スクリプト',
  'console.account.tokens.create': 'トークンを作成 ({days, plural, other {# 日間}})',
  'console.account.tokens.copyNow': '今すぐコピーしてください。再表示されません: <code>{secret}</code>',
  'console.account.tokens.none': 'トークンはありません。',
  'console.account.tokens.lastUsed': '最終使用',
  'console.account.tokens.expires': '有効期限',
  'console.account.tokens.never': 'なし',
  'console.account.tokens.revoke': '取り消す',
  'console.account.tokens.revokeNamed': '{name} を取り消す',
  'console.account.tokens.revoked': 'トークンを取り消しました',
  'console.account.preferences.title': '通知設定',
  'console.account.preferences.accountCategory': 'アカウントと要求',
  'console.account.preferences.caption': 'カテゴリ別のチャネル',
  'console.account.preferences.category': 'カテゴリ',
  'console.account.preferences.channel':
    '{channel, select, email {メール} push {プッシュ} in_app {コンソール内} other {{channel}}}',
  'console.account.preferences.cell':
    '{category} ({channel, select, email {メール} push {プッシュ} in_app {コンソール内} other {{channel}}})',
  'console.account.preferences.yourChoice': '選択済み',
  'console.account.preferences.defaultMajorOnly': '既定: 重要な変更のみ',
  'console.account.preferences.default': '既定',
  'console.account.preferences.save': '設定を保存',
  'console.account.preferences.saved': '設定を保存しました',
  'console.account.preferences.backToDefaults': '既定に戻す',
  'console.account.push.title': 'デバイスへのプッシュ通知',
  'console.account.push.intro':
    'スマートフォンに Herald をインストール (ホーム画面に追加) し、そこでプッシュ通知をオンにすると、どこにいても通知を受け取れます。',
  'console.account.push.subscribe': 'このデバイスでプッシュ通知を受け取る',
  'console.account.push.unsupported':
    'このブラウザーではここでプッシュ通知を受け取れません (安全な接続と対応ブラウザーが必要です)。',
  'console.account.push.none': 'プッシュ通知を受け取るデバイスはまだありません。',
  'console.account.push.since': '{since} から',
  'console.account.push.sinceDelivered': '{since} から · 最終配信 {delivered}',
  'console.account.push.stop': '停止',
  'console.account.push.subscribed': 'このデバイスでプッシュ通知を受け取るようになりました',
  'console.account.push.stopped': 'そのデバイスへのプッシュ通知を停止しました',
  'console.account.push.blocked': 'ブラウザーの設定で、このサイトの通知がブロックされています。',

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
