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
  'problem.title.validation': 'リクエストが正しくありません',
  'problem.title.notFound': '見つかりません',
  'problem.title.conflict': '現在の状態と矛盾しています',
  'problem.title.unauthenticated': 'サインインが必要です',
  'problem.title.forbidden': '許可されていません',
  'problem.title.csrf': 'CSRF トークンがないか無効です',
  'problem.title.illegalTransition': 'その状態の変更はできません',
  'problem.title.rateLimited': 'リクエストが多すぎます',
  'problem.title.unsupportedMediaType': 'サポートされていないコンテンツタイプです',
  'problem.title.payloadTooLarge': 'リクエスト本文が大きすぎます',
  'problem.title.unavailable': '一時的に利用できません',
  'problem.title.databaseUnavailable': 'データベースを利用できません',
  'problem.title.privateName': '公開テキストに顧客名または個人名が含まれています',
  'problem.title.lowContrast': '色のせいでページが読みにくくなります',
  'problem.title.needsConfirmation': '続行するには確認してください',
  'problem.title.internal': '内部エラー',
  'problem.internal': 'こちら側で問題が発生しました。リクエスト ID は {requestId} です。',
  'problem.fieldIs': '{field}: {message}',
  'problem.fieldSentence': '{label}：{message}',
  'problem.fieldSentences': '{sentences}。',
  'problem.sentenceList': '{first}。{rest}',
  'problem.theRequest': 'リクエスト',
  'problem.listItem': '{list} の {item} 番目',
  'problem.fieldInListItem': '{field}（{list} の {item} 番目）',
  'problem.fieldName':
    '{name, select, url {URL} durationMinutes {予定時間} serviceId {サービス} serviceIds {サービス} tenantId {テナント} tenantIds {テナント} environmentId {環境} environmentIds {環境} startsAt {開始} endsAt {終了} eventTypes {イベント} confirmNoEnvironments {確認} title {タイトル} name {名前} email {メールアドレス} description {説明} status {ステータス} severity {重大度} password {パスワード} domain {ドメイン} version {バージョン} regions {リージョン} preferences {通知設定} windows {時間枠} impact {影響} channel {チャネル} body {本文} message {メッセージ} type {種類} scope {範囲} other {{words}}}',
  'problem.required': 'は必須です',
  'problem.isEmpty': 'が空です',
  'problem.notJson': 'は有効な JSON ではありません',
  'problem.schema.unknownField': 'は不明なフィールドです',
  'problem.schema.oneOf': 'は次のいずれかにしてください: {choices}',
  'problem.schema.notAChoice': 'は選択肢にありません',
  'problem.schema.const': 'は {value} にしてください',
  'problem.schema.minLength': '{limit, plural, other {は # 文字以上にしてください}}',
  'problem.schema.maxLength': '{limit, plural, other {は # 文字以内にしてください}}',
  'problem.schema.minItems': '{limit, plural, =0 {には 1 件以上が必要です} other {には # 件以上が必要です}}',
  'problem.schema.maxItems': '{limit, plural, other {は # 件以内にしてください}}',
  'problem.schema.minimum': 'は {limit} 以上にしてください',
  'problem.schema.maximum': 'は {limit} 以下にしてください',
  'problem.schema.exclusiveMinimum': 'は {limit} より大きくしてください',
  'problem.schema.exclusiveMaximum': 'は {limit} より小さくしてください',
  'problem.schema.type':
    'は{type, select, string {テキスト} number {数値} integer {整数} boolean {true または false} array {リスト} object {オブジェクト} null {空} other {別の型}}にしてください',
  'problem.schema.typeEither':
    'は{first, select, string {テキスト} number {数値} integer {整数} boolean {true または false} array {リスト} object {オブジェクト} null {空} other {別の型}}または{second, select, string {テキスト} number {数値} integer {整数} boolean {true または false} array {リスト} object {オブジェクト} null {空} other {別の型}}にしてください',
  'problem.schema.format':
    'は{format, select, dateTime {2026-12-02T14:00:00Z のような日時} date {2026-12-02 のような日付} email {メールアドレス} uri {https://example.com/ のようなウェブアドレス} uuid {ID} other {{name} 形式}}にしてください',
  'problem.schema.pattern': 'が想定された形式ではありません',
  'problem.schema.uniqueItems': 'に同じ項目が 2 回含まれています',
  'problem.schema.anyOf': 'が受け付けられるどの形式でもありません',
  'problem.schema.invalid': 'が正しくありません',
  'problem.passedOn': '{reason}',
  'problem.sendJson': '本文は application/json で送信してください（ルートが指定する場合は text/csv）。',
  'problem.bodyTooLarge': '本文がこのルートで受け付けられるサイズを超えています。',
  'problem.bodyEmpty': '本文が空です。JSON オブジェクトを送信してください。',
  'problem.bodyNotJson': '本文が有効な JSON ではありません: {reason}',
  'problem.sendCsrf': 'GET /api/session のトークンを x-csrf-token ヘッダーで送信してください。',
  'problem.concurrentChange': '同時に行われた変更が先に同じものを作成しました。読み直してから再試行してください。',
  'problem.tooManyRequests': 'リクエストが多すぎます。1 分待ってから再試行してください。',
  'problem.tooManyAttempts': '試行回数が多すぎます。{after} 後に再試行してください。',
  'problem.signIn': 'サインインするか、API トークンを「{header}」として送信してください。',
  'problem.noRoute': 'ここには {method} {path} はありません。API は /docs を参照してください。',
  'problem.notFound.id': '{thing}「{id}」は存在しないか、あなたには表示されません',
  'problem.notFound': '{thing}が見つかりません',
  'problem.notFound.field': 'は表示できる{thing}ではありません',
  'problem.thing':
    '{thing, select, apiToken {API トークン} attachment {添付ファイル} calendar {カレンダー} claim {申請} dataPrivacyReader {個人データ閲覧者} delivery {配信} environment {環境} environmentInRollout {このロールアウトの環境} event {イベント} featureReachingEnvironment {この環境に届くリリースの機能} groupRule {グループ規則} identityProvider {ID プロバイダー} incident {インシデント} incidentTemplate {インシデントテンプレート} issue {問題} maintenance {メンテナンス} member {メンバー} message {メッセージ} operator {オペレーター} page {呼び出し} person {ユーザー} postIncidentReport {インシデント事後レポート} pushSubscription {プッシュ購読} recipient {受信者} region {リージョン} release {リリース} releaseTrain {リリーストレイン} roleAssignment {ロールの割り当て} rollout {ロールアウト} scimToken {SCIM トークン} service {サービス} serviceHealth {サービスの状態} session {セッション} station {ステーション} subscriber {購読者} subscription {購読} team {チーム} tenant {テナント} ticket {チケット} webhookEndpoint {Webhook エンドポイント} other {項目}}',
  'problem.thing.indefinite':
    '{thing, select, apiToken {API トークン} attachment {添付ファイル} calendar {カレンダー} claim {申請} dataPrivacyReader {個人データ閲覧者} delivery {配信} environment {環境} environmentInRollout {このロールアウトの環境} event {イベント} featureReachingEnvironment {この環境に届くリリースの機能} groupRule {グループ規則} identityProvider {ID プロバイダー} incident {インシデント} incidentTemplate {インシデントテンプレート} issue {問題} maintenance {メンテナンス} member {メンバー} message {メッセージ} operator {オペレーター} page {呼び出し} person {ユーザー} postIncidentReport {インシデント事後レポート} pushSubscription {プッシュ購読} recipient {受信者} region {リージョン} release {リリース} releaseTrain {リリーストレイン} roleAssignment {ロールの割り当て} rollout {ロールアウト} scimToken {SCIM トークン} service {サービス} serviceHealth {サービスの状態} session {セッション} station {ステーション} subscriber {購読者} subscription {購読} team {チーム} tenant {テナント} ticket {チケット} webhookEndpoint {Webhook エンドポイント} other {項目}}',
  'problem.database.cannotWrite':
    'データベースは現在変更を保存できません: {why, select, full {ディスクがいっぱいです} readOnly {読み取り専用です} io {ディスクが I/O エラーを報告しています} other {リソースが不足しています}}（{code}）。何も保存されていません。後でもう一度お試しください。',
  'problem.database.unreachable':
    'データベースが応答していません（{code}）。何も保存されていません。数秒後にもう一度お試しください。',
  'problem.email.tooLong': 'は 320 文字を超えています',
  'problem.email.invalid': 'はメールアドレスではありません（name@example.com）',
  'problem.timeZone.invalid': 'は IANA タイムゾーンではありません（Europe/Paris や UTC など）',
  'problem.locale.invalid': 'は BCP 47 ロケールではありません（en-US など）',
  'problem.region.unknown': 'はリージョンではありません。{choices} のいずれかを使用してください',
  'problem.url.httpOnly': 'は http(s) の URL にしてください',
  'problem.url.invalid': 'は URL ではありません（https://…）',
  'problem.date.invalid': 'は日付ではありません（YYYY-MM-DD）',
  'problem.domain.invalid': 'はドメイン名ではありません（contoso.com）',
  'problem.version.invalid': 'はバージョンではありません（9.2.24104.155）',
  'problem.categories.unknown': 'に不明なカテゴリ {unknown} があります。{choices} を使用してください',
  'problem.tags.unknown': 'に不明なタグ {unknown} があります。{choices} を使用してください',
  'problem.dateTime.invalid': 'はタイムゾーン付きの ISO 8601 日時ではありません（2026-05-01T00:00:00Z）',
  'problem.actionRequired.past': 'は過去の日時です。対応期限は未来の日時にしてください',
  'problem.actionRequired.tooSoon':
    'は重要な変更の場合、投稿から {days, plural, other {# 日}}以上後にしてください（{earliest} 以降）',
  'problem.utc.invalid': 'は ISO 8601 の UTC 時刻ではありません（2026-11-25T18:00:00Z）',
  'problem.windows.none': 'には時間枠が 1 つ以上必要です（開始と終了を持つリージョン）',
  'problem.windows.twice': '{region} に時間枠が 2 つあります。各リージョンに 1 つにしてください',
  'problem.windows.endsBeforeStart': 'が開始前に終了しています（{end} は {start} より後ではありません）',
  'problem.windows.tooLong': 'により時間枠が {days, plural, other {# 日}}を超えます',
  'problem.windows.startInPast':
    'は過去の日時です。{kind, select, planned {計画} security {セキュリティ} other {{kind}}}作業は事前に告知されます（計画外メンテナンスは開始済みでもかまいません）',
  'problem.isInPast': 'は過去の日時です',
  'problem.release.version': 'は 4 部構成のバージョンではありません（major.minor.build.revision、例: 9.2.25111.10）',
  'problem.release.databaseVersion': 'はサービスのバージョン {version} より低くできません',
  'problem.sla.monthNotOver': '{month} はまだ終わっていません。稼働率が確定してから申請してください',
  'problem.sla.claimsClosed': '{month} の申請は {date} に締め切られました（月末から {days, plural, other {# 日}}後）',
  'problem.pir.advisory': 'アドバイザリには事後レポートはありません。レポートは重大なインシデントについて作成されます',
  'problem.pir.minor':
    '事後レポートは重大なインシデントについて作成されます。これは軽微です（誤りなら先に重大度を変更してください）',
  'problem.ticket.already':
    'チケットはすでに「{status, select, open {オープン} inProgress {対応中} waitingOnCustomer {顧客の返答待ち} resolved {解決済み} other {クローズ}}」です。',
  'problem.ticket.closed': 'チケットはクローズされています。問題が再発した場合は新しいチケットを作成してください。',
  'problem.ticket.cannotMove':
    '「{from, select, open {オープン} inProgress {対応中} waitingOnCustomer {顧客の返答待ち} resolved {解決済み} other {クローズ}}」のチケットを{side, select, operator {オペレーター} other {顧客}}が「{to, select, open {オープン} inProgress {対応中} waitingOnCustomer {顧客の返答待ち} resolved {解決済み} other {クローズ}}」に変更することはできません。',
  'problem.incident.pirStatus': 'postIncidentReviewPublished は投稿ではなく、事後レポートの公開によって設定されます',
  'problem.incident.closed':
    'インシデントはクローズされ、事後レポートも公開済みです。代わりに新しいインシデントを作成してください',
  'problem.incident.ended':
    'インシデントは終了しています（{status}）。問題が再発した場合は新しいインシデントを作成してください',
  'problem.incident.realImpact':
    '{status} のインシデントには実際の影響があったため falsePositive にはできません。代わりに serviceRestored を投稿してください',
  'problem.notEmpty': 'は空にできません',
  'problem.password.short': 'は 12 文字以上にしてください',
  'problem.isoDateTime': 'は ISO 8601 の日時ではありません',
  'problem.isoDateTime.example': 'は ISO 8601 の日時ではありません（2026-11-25T14:30:00Z）',
  'problem.inFuture':
    'は未来の日時です。{what, select, start {開始} end {終了} other {{what}}}には発生した日時を指定します',
  'problem.symptoms.unknown': 'に不明な症状 {unknown} があります。{choices} を使用してください',
  'problem.rollout.startInPast': 'は過去の日時です。ロールアウトは現在以降で計画します',
  'problem.subscribe.chooseSomething': '少なくとも 1 つのリージョンかサービス、またはすべてを選んでください',
  'problem.regions.unknown': 'に不明なリージョンがあります: {unknown}',
  'problem.services.unknown': 'に不明なサービスがあります: {unknown}',
  'cli.description':
    'Herald: マルチテナントクラウドのサービス状態、メンテナンス、更新、メッセージセンター。\n設定は環境変数から読み込みます（PORT、HOST、DATABASE_URL、PUBLIC_URL、SMTP_URL など。README を参照）。',
  'cli.help.title':
    '{title, select, usage {使い方:} options {オプション:} commands {コマンド:} arguments {引数:} other {{title}}}',
  'cli.help.option': 'コマンドのヘルプを表示します',
  'cli.help.afterError': '（詳しくは --help を付けて実行してください）',
  'cli.serve.description':
    'Web サーバーと、HERALD_WORKER=off でなければ配信ワーカーを同じプロセスで起動します。先にデータベースを移行します。--demo（または HERALD_DEMO=on）を付けると、空のデータベースにデモデータを読み込みます。',
  'cli.serve.demoOption': 'デモ用のテナント、ユーザー（公開パスワード付き）、イベントを空のデータベースに読み込みます',
  'cli.worker.description': '配信ワーカーと定期ジョブだけを実行します（PostgreSQL なら何台でも）。',
  'cli.migrate.description': 'データベーススキーマを最新にして終了します。',
  'cli.migrate.applied': '適用しました: {migrations}。',
  'cli.migrate.upToDate': 'データベースは最新です。',
  'cli.seed.description': '空のデータベースにデータを読み込みます。',
  'cli.seed.demoOption': 'デモ用のテナント、ユーザー、インシデント、メンテナンス、メッセージ',
  'cli.seed.sayWhat': '読み込む内容を指定してください: --demo',
  'cli.seed.notEmpty': 'データベースにはすでにユーザーがいます。デモデータは空のデータベースにのみ読み込まれます。',
  'cli.seed.loaded': 'デモデータを読み込みました。デモユーザーは全員パスワード {password} でサインインします。',
  'cli.operator.description': 'プロバイダーのオペレーター。インストール後最初のオペレーターはここで作成します。',
  'cli.operator.add.description':
    'ユーザーをオペレーターにし（新規なら作成し）、パスワードを設定してサインインするための 1 回限りのリンクを表示します。',
  'cli.operator.emailOption': 'サインインに使うメールアドレス',
  'cli.operator.nameOption': '名前（既定値: メールアドレスの @ より前の部分）',
  'cli.operator.list.description': 'オペレーターを一覧表示します。',
  'cli.operator.remove.description':
    'ユーザーからオペレーターのロールを外し、そのセッションを終了します（最後のオペレーターは不可）。',
  'cli.operator.whoseRole': '対象のユーザー',
  'cli.operator.link.description':
    'オペレーター用の新しい 1 回限りのサインインリンクを表示します（リンクやパスワードを紛失した場合）。',
  'cli.operator.whoseLink': '対象のユーザー',
  'cli.operator.added':
    '{email} はオペレーターになりました。パスワードを設定してサインインするためのこのリンクを送ってください。{expiresAt} まで 1 回だけ使えます:',
  'cli.operator.newLink': '{email} 用の新しいサインインリンクです。{expiresAt} まで 1 回だけ使えます:',
  'cli.operator.none':
    'オペレーターはまだいません。`herald operator add --email you@example.com` で最初のオペレーターを作成します。',
  'cli.operator.line':
    '{email}  {name}  {since} から  {password, select, set {パスワード設定済み} other {パスワード未設定（サインインリンク待ち）}}',
  'cli.operator.removed': '{email} はオペレーターではなくなりました。セッションは終了しました。',
  'cli.token.description': '個人用 API トークン。「{header}」として送信します。',
  'cli.token.create.description':
    'ユーザーのトークンを作成して表示します（表示は 1 回のみ。保存されるのはハッシュだけです）。',
  'cli.token.whose': 'トークンの持ち主',
  'cli.token.nameOption': '用途',
  'cli.token.daysOption': 'この日数が過ぎると失効します（既定値: 失効しない）',
  'cli.token.list.description': 'ユーザーのトークンを一覧表示します（秘密の値は表示しません）。',
  'cli.token.whoseTokens': '対象のユーザー',
  'cli.token.revoke.description': 'ID を指定してトークンを失効させます（`token list` で確認）。',
  'cli.token.idArgument': 'トークン ID',
  'cli.token.badDays': '--days は日数を整数で指定してください（「{days}」は不可）',
  'cli.token.none': '{email} には API トークンがありません。',
  'cli.token.line':
    '{id}  {name}  作成 {created}  最終使用 {used, select, never {なし} other {{used}}}  {state, select, revoked {失効 {at}} expires {有効期限 {at}} other {無期限}}',
  'cli.token.revoked': 'トークン {id} を失効させました。',
  'cli.import.description':
    'テナント、環境、ユーザーを JSON（1 ファイル）または CSV（tenants.csv、environments.csv、people.csv）から一括インポートします。すべて成功するか何もしないかのどちらかで、進捗と概要を表示します。',
  'cli.import.filesArgument': '.json ファイル 1 つ、または内容の名前が付いた .csv ファイル',
  'cli.import.notJson': '{file} は有効な JSON ではありません: {reason}',
  'cli.import.badName': '{file}: .json ファイル、または内容を表す名前で始まる .csv ファイルを指定してください: {names}',
  'cli.import.progress':
    '{what, select, tenants {テナント} environments {環境} services {環境のサービス} people {ユーザー} other {ロール}}を{step, select, checking {確認} other {書き込み}}: {done, number} / {total, number}',
  'cli.import.starting':
    '{sources} から {tenants, plural, other {# テナント}}、{environments, plural, other {# 環境}}、{people, plural, other {# 人}}をインポートしています…',
  'cli.import.done':
    '{tenants, plural, other {# テナント}}、{environments, plural, other {# 環境}}、{people, plural, other {# 人}}、{roles, plural, other {# ロール}}を {seconds, number, ::.0} 秒でインポートしました。',
  'cli.import.failed':
    '何もインポートされていません。上記の{count, plural, other {問題}}を直してからもう一度実行してください',
  'cli.rehearse.description':
    '時刻付きイベントのシナリオ（JSON）を、ディレクトリのコピー（シナリオ内のもの、または稼働中のディレクトリのスナップショット）を使ってシミュレーション時計で再生し、誰にどのチャネル・どの規則で何が通知されるかのタイムラインを書き出します。何も送信しません。',
  'cli.rehearse.scenarioArgument': 'シナリオファイル（.json）',
  'cli.rehearse.outOption':
    'timeline.json、timeline.txt、timeline.html の書き出し先（既定値: ファイルと同じ場所の {default}）',
  'cli.rehearse.written': 'タイムラインを {dir} に書き出しました（timeline.json、timeline.txt、timeline.html）。',
  'cli.exportSite.description':
    '静的なバックアップ用ステータスサイト（HTML と JSON）をフォルダーに書き出します。Herald の停止中に任意の Web サーバーで配信できます。',
  'cli.exportSite.dirArgument': '書き出し先のフォルダー',
  'cli.exportSite.written': '静的ステータスサイトを {dir} に書き出しました。',
  'cli.worker.started':
    'herald worker: {database} から配信中。メールは{smtp, select, yes {SMTP で送信} other {データベースに保存（SMTP_URL なし）}}。',
  'cli.worker.stopping': 'herald worker: {signal}、処理中の配信を完了しています',
  'cli.serve.running': 'Herald は {url} で動作しています',
  'cli.serve.label':
    '{label, select, console {コンソール} status {公開ステータス} docs {API ドキュメント} database {データベース} mail {メール} other {{label}}}',
  'cli.serve.demoLoaded': '{database}  （デモデータ読み込み済み）',
  'cli.serve.mailKept': 'Herald 内に保存: コンソールの「送信済みメール」を参照',
  'cli.serve.demoAccounts': '任意のデモアカウントでサインインしてください。パスワードは {password} です:',
  'cli.serve.demoRole':
    '{role, select, operator {オペレーター} orgAdmin {組織管理者、{tenant}} systemAdmin {システム管理者、{tenant}} other {{tenant}}}',
  'cli.serve.noOperator':
    'オペレーターはまだいません。`herald operator add --email you@example.com` でパスワード設定用のリンクを表示します。',
  'problem.dateTime.example': 'は日時ではありません（2026-11-25T17:00:00Z）',
  'problem.range.afterFrom': 'は query.from より後にしてください',
  'problem.range.tooLong': 'は query.from から {days, plural, other {# 日}}以内にしてください',
  'problem.audit.orgAdminsOnly': 'テナントの監査ログを読めるのは、そのテナントの組織管理者だけです。',
  'problem.auth.useProvider':
    'あなたの組織は ID プロバイダー経由でサインインします。サインインページでメールアドレスから始めてください。',
  'problem.auth.noMatch': 'そのメールアドレスとパスワードに一致するアカウントはありません。',
  'problem.auth.operatorsCreateLinks': 'サインインリンクを作成できるのはオペレーターだけです。',
  'problem.auth.whoseToken': 'このトークンの持ち主を指定してください',
  'problem.members.orgAdminsDecide': 'メンバーに表示する内容は組織管理者が決めます。',
  'problem.messages.operatorsWrite': 'メッセージセンターの投稿を作成できるのはオペレーターだけです。',
  'problem.messages.tenantRequired': 'は必須です。複数の組織の投稿を閲覧しています（{tenants}）',
  'problem.replay.operatorsOnly': '配信を再実行できるのはオペレーターだけです。',
  'problem.replay.notDead': 'この配信は {status} です。再実行できるのは失敗が確定した配信だけです。',
  'problem.sentMail.operatorsOnly': 'Herald が保存したメールを読めるのはオペレーターだけです。',
  'problem.sentMail.orgAdminsOnly': '組織の人に送られたメールを読めるのは、その組織の管理者だけです。',
  'problem.unsubscribe.badLink':
    'は有効な配信停止リンクではありません。途中で切れたか変更された可能性があります。メールのリンクを使うか、サインイン後に通知設定を変更してください。',
  'problem.webhooks.orgAdminsOnly': 'テナントの Webhook を管理できるのは、そのテナントの組織管理者だけです。',
  'problem.services.unknownList': 'に不明なサービス {unknown} があります',
  'problem.incidents.operatorsOpen': 'インシデントとアドバイザリを作成できるのはオペレーターだけです。',
  'problem.subscribers.operatorsOnly': 'ステータスページの購読者を見られるのはオペレーターだけです。',
  'problem.calendar.orgAdminsOnly': 'テナントのカレンダー URL を作成できるのは組織管理者だけです。',
  'problem.calendar.signIn':
    'API トークンを送信するか、組織管理者が作成したカレンダー URL（トークン付き）を使ってください。',
  'problem.maintenance.operatorsSchedule': 'メンテナンスを予定できるのはオペレーターだけです。',
  'problem.auth.badToken': 'API トークンが不明か、期限切れか、失効しています。',
  'problem.widgets.noRegion': 'ステータスページにリージョン「{region}」はありません。',
  'problem.widgets.regionField': 'はステータスページに表示されるリージョンではありません（EUR のようなコードを使用）',
  'problem.widgets.noService':
    'ステータスページに{region, select, other {リージョン {region} の} none {}}サービス「{service}」はありません。',
  'problem.widgets.serviceField':
    'はステータスページに表示されるサービスではありません（components.json と同じ ID を使用）',
  'problem.live.signIn': 'ライブで変更を追うにはサインインしてください。',
  'problem.metrics.token': 'GET /metrics には「{header}」が必要です。',
  'problem.status.preparing': 'ステータスを準備中です。数秒後にもう一度お試しください。',
  'problem.status.noComponent': 'ステータスページにコンポーネント「{id}」はありません。',
  'problem.status.componentField': 'は components.json のコンポーネント ID でもリージョングループ ID でもありません',
  'problem.finiteNumber': 'は有限の数値にしてください',
  'problem.nulCharacter': 'に NUL 文字を含めることはできません',
  'problem.environments.operatorsCreate': '環境を作成できるのはオペレーターだけです。',
  'problem.environments.urlTaken': 'URL {url} はすでに別の環境で使われています。',
  'problem.environments.earlyAccessOrgAdmins': '早期アクセスを切り替えられるのは、テナントの組織管理者だけです。',
  'problem.environments.operatorsChange':
    '環境を変更できるのはオペレーターだけです。組織管理者は早期アクセスを切り替えられます。',
  'problem.operators.operatorsOnly': 'オペレーターを管理できるのはオペレーターだけです。',
  'problem.operators.already':
    '{email} はすでにオペレーターです。`herald operator link --email {email}` で新しいサインインリンクを発行できます。',
  'problem.operators.last': '{email} は唯一のオペレーターです。外す前に別のオペレーターを追加してください。',
  'problem.people.emailTaken': 'メールアドレス {email} のユーザーはすでに存在します。',
  'problem.people.operatorsCreate':
    'ユーザーを作成できるのはオペレーターだけです。組織管理者は追加の受信者を登録します。',
  'problem.people.ownProfile': 'プロフィールは本人が変更します。オペレーターは誰のプロフィールでも変更できます。',
  'problem.people.environmentRequired': 'は{role, select, member {メンバー} other {システム管理者}}に必須です',
  'problem.people.tenantRequired': 'は {role} に必須です',
  'problem.people.roleTaken': 'このユーザーはそこですでにロール {role} を持っています。',
  'problem.people.orgAdminsAdd': '組織管理者は追加の受信者を登録します。その他のロールはオペレーターが付与します。',
  'problem.people.orgAdminsRemove': '組織管理者は追加の受信者を外します。その他のロールはオペレーターが外します。',
  'problem.people.categoryRequired': 'にはカテゴリを 1 つ以上指定してください',
  'problem.people.alreadyRecipient':
    '{email} はすでにこのテナントのメールを受信しています。カテゴリを変更するには先に外してください。',
  'problem.people.orgAdminsRecipients': 'ほかに誰がメールを受信するかを管理できるのは組織管理者だけです。',
  'problem.regions.operatorsOnly': 'リージョンを変更できるのはオペレーターだけです。',
  'problem.regions.unknownStation': 'はステーションではありません。{choices} のいずれかを使用してください',
  'problem.regions.operatorsStations': 'ステーションを変更できるのはオペレーターだけです。',
  'problem.regions.pauseHours': 'は 0〜336 の整数の時間にしてください',
  'problem.services.operatorsAdd': 'サービスを追加できるのはオペレーターだけです。',
  'problem.services.slug': 'は小文字、数字、ハイフンで指定してください（power-apps）',
  'problem.services.idTaken': 'ID {id} のサービスはすでに存在します。',
  'problem.services.nameTaken': '{name} という名前のサービスはすでにあります。',
  'problem.services.operatorsAddFeatures': '機能を追加できるのはオペレーターだけです。',
  'problem.services.featureSlug': 'は「{prefix}」の後に小文字、数字、ハイフンを続けてください',
  'problem.services.featureIdTaken': 'ID {id} の機能はすでに存在します。',
  'problem.tenants.language': 'は Herald が対応している言語ではありません（{choices}）',
  'problem.tenants.operatorsCreate': 'テナントを作成できるのはオペレーターだけです。',
  'problem.tenants.domainTaken': 'ドメイン {domain} のテナントはすでに存在します。',
  'problem.tenants.operatorsChange': 'テナントを変更できるのはオペレーターだけです。',
  'problem.identity.orgAdminsOnly':
    'テナントのサインインとプロビジョニングを管理できるのは、そのテナントの組織管理者だけです。',
  'problem.identity.domainRequired': 'にはドメインを 1 つ以上指定してください',
  'problem.identity.joinMode': 'は「join」または「approval」にしてください',
  'problem.identity.domainElsewhere': '{domain} は別の組織に属しています。',
  'problem.identity.groupRole': 'は「org_admin」または「system_admin」にしてください',
  'problem.identity.onlySystemAdmin': 'は system_admin 専用です',
  'problem.identity.ruleTaken': 'そのグループはすでにそのロールを付与しています。',
  'problem.identity.notPending': 'このユーザーは承認待ちではありません。',
  'problem.teams.operatorsOnly': 'プロダクトチームとその呼び出しを管理できるのはオペレーターだけです。',
  'problem.teams.routingKey': 'は Webhook を使う場合に必須です（PagerDuty の統合キー）',
  'problem.teams.route': 'または webhookUrl が必要です。オンコールの連絡経路がないチームは呼び出せません',
  'problem.teams.nameTaken': 'その名前のチームはすでにあります。',
  'problem.teams.acknowledged': 'この呼び出しは {at} に確認済みです。',
  'problem.import.operatorsOnly': 'ディレクトリをインポートできるのはオペレーターだけです。',
  'problem.import.more': 'ほかに一覧にない{count, plural, other {問題が # 件}}あります。何もインポートされていません',
  'problem.import.repeats': 'は {first} の繰り返しです',
  'problem.import.categoriesOnlyRecipient': 'は additional_recipient 専用です',
  'problem.import.notForOperator': 'はオペレーターには使いません',
  'problem.import.tenantRequired': 'は {role} に必須です（テナントのドメイン）',
  'problem.import.environmentOnly': 'は system_admin と member 専用です',
  'problem.import.environmentRequired': 'は {role} に必須です（環境の URL）',
  'problem.import.tenantExists': 'ドメイン {domain} のテナントはすでに存在します',
  'problem.import.noTenant': 'ドメイン {domain} のテナントは、このインポートにも既存のデータにもありません',
  'problem.import.urlTaken': 'URL {url} はすでに別の環境で使われています',
  'problem.import.noEnvironment': 'URL {url} の環境は、このインポートにも既存のデータにもありません',
  'problem.import.otherTenant': 'は {domain} とは別のテナントに属しています',
  'problem.import.personExists': 'メールアドレス {email} のユーザーはすでに存在します',
  'problem.import.unknownField': 'は不明なフィールドです。{choices} を使用してください',
  'problem.import.text': 'はテキストにしてください',
  'problem.import.boolean': 'は true または false にしてください',
  'problem.import.textList': 'はテキストのリストにしてください',
  'problem.import.document': 'は tenants、environments、people のリストを持つオブジェクトにしてください',
  'problem.import.unknownList': 'は不明なリストです。{choices} を使用してください',
  'problem.import.list': 'はリストにしてください',
  'problem.import.object': 'はオブジェクトにしてください',
  'problem.import.csv': 'は有効な CSV ではありません: {reason}',
  'problem.import.noHeader': 'が空です。1 行目には列名を書きます',
  'problem.import.unknownColumn': 'は不明な列です。{choices} を使用してください',
  'problem.import.missingColumn': 'は必須の列ですが、ありません',
  'problem.import.valueCount': 'の値は {values, plural, other {# 個}}ですが、ヘッダーの列は {columns, number} 個です',
  'problem.import.differs': 'は同じメールアドレスの {first} と異なります',
  'problem.templates.operatorsOnly': 'インシデントテンプレートを管理できるのはオペレーターだけです。',
  'problem.templates.nameTaken': '「{name}」という名前のテンプレートはすでにあります。',
  'problem.incidents.openingStatus':
    'インシデントは {choices} で作成します。以降のステータスは更新として投稿してください',
  'problem.incidents.noEnvironment':
    'はどの環境にも影響しません。これらのテナントの環境はどれもそのサービスを使っていません',
  'problem.incidents.operatorsOnly':
    '{what, select, open {インシデントとアドバイザリの作成} post {インシデントの更新の投稿} change {インシデントの変更} other {重大度の変更}}ができるのはオペレーターだけです。',
  'problem.incidents.cannotMove': '{id} は {from} から {to} に変更できません: {reason}。',
  'problem.incidents.endOnlyWhenEnded': 'は serviceRestored または falsePositive のときだけ指定します',
  'problem.incidents.beforeStart': 'はインシデントの開始（{start}）より前です',
  'problem.incidents.afterEnd': 'はインシデントの終了（{end}）より後です',
  'problem.reports.operatorsOnly': '事後レポートを作成・公開できるのはオペレーターだけです。',
  'problem.reports.refused': '{id} には事後レポートを作成できません: {reason}。',
  'problem.reports.falsePositive': '{id} は誤検知でした。報告する影響はありません。',
  'problem.reports.ongoing': '{id} はまだ継続中です。事後レポートはサービス復旧の後に作成します。',
  'problem.beforeStart': 'は開始より前です',
  'problem.reports.noDraft': '{id} にはまだ事後レポートがありません。公開する前に作成してください（PUT …/report）。',
  'problem.reports.published': '{id} の事後レポートは {at} に公開済みです。',
  'problem.reports.listScope':
    'すべてのレポートを一覧できるのはオペレーターです。管理者は {path} で自分のテナントのものを一覧します。',
  'problem.scope.service': 'サービスを 1 つ以上指定してください',
  'problem.scope.target': 'インシデントが影響するリージョン、テナント、または環境を指定してください',
  'problem.tenants.unknown': 'に不明なテナントがあります: {unknown}',
  'problem.environments.unknown': 'に不明な環境があります: {unknown}',
  'problem.month.invalid': 'は月ではありません（YYYY-MM）',
  'problem.sla.orgAdminsClaim': 'サービスクレジットを申請できるのは、テナントの組織管理者だけです。',
  'problem.services.notKnown': 'は既知のサービスではありません',
  'problem.sla.alreadyClaimed': '{month} の {service} はすでに申請済みです（申請 {id}、{status}）。',
  'problem.sla.noIncident':
    '{month} にあなたの組織の {service} に影響したインシデントはありません。稼働率は 100% なので、申請するものはありません。',
  'problem.sla.aboveThreshold':
    '{service} の {month} の稼働率は {percent}% で、{threshold}% を下回っていません。適用されるクレジット段階はありません。',
  'problem.sla.operatorsDecide': 'サービスクレジットの申請を判断できるのはオペレーターだけです。',
  'problem.sla.decided': '申請 {id} は {at} にすでに判断済みです（{status}）。',
  'problem.sla.listScope':
    'すべてのテナントの申請を見られるのはオペレーターだけです。管理者は {path} で自分の申請を確認します。',
  'problem.tooLong200': 'は 200 文字を超えています',
  'problem.email.notAddress': 'はメールアドレスではありません',
  'problem.phone.invalid': 'は電話番号ではありません（数字、空白、+ ( ) - .）',
  'problem.tickets.environment': '問題が発生している環境を指定してください',
  'problem.tickets.twin': 'このチケットは少し前に作成済みです（{id}）。再作成せず、そちらに追記してください。',
  'problem.tickets.listScope':
    'すべてのテナントのチケットを見られるのはオペレーターだけです。管理者は {path} で自分のチケットを確認します。',
  'problem.tickets.movedMeanwhile':
    'チケットはその間に「{status, select, open {オープン} inProgress {対応中} waitingOnCustomer {顧客の返答待ち} resolved {解決済み} other {クローズ}}」に変更されました。変更する前にもう一度確認してください。',
  'problem.tickets.fileEmpty': '{name} は空です',
  'problem.tickets.fileTooLarge': '{name} は {size, number, ::.0} MB です。添付ファイルは 5 MB までです。',
  'problem.tickets.fileOver5': '{name} は 5 MB を超えています',
  'problem.tickets.fileKind':
    '{name} はチケットに添付できるファイルではありません（PNG、JPEG、PDF、テキスト、ログファイル）。',
  'problem.tickets.fileKindField': '{name} は PNG、JPEG、PDF、テキスト、ログのいずれのファイルでもありません',
  'problem.tickets.operatorsLink': 'チケットをインシデントに関連付けられるのはオペレーターだけです。',
  'problem.incidents.notKnown': 'は既知のインシデントではありません',
  'problem.tickets.incidentElsewhere':
    '{id} はこのテナントの環境に影響していないため、その管理者には見えません。先にインシデントの範囲に追加してください。',
  'problem.features.orgAdminsOnly': '機能のオン・オフを切り替えられるのは、テナントの組織管理者だけです。',
  'problem.features.notDisruptive':
    '{feature} は影響の大きい変更ではありません。リリースが届いた環境では常にオンです。',
  'problem.features.notYet': '{release} はまだ {environment} に届いていません。届いてから機能をテストしてください。',
  'problem.maintenance.duration': 'は 1〜{max} の整数の分数にしてください',
  'problem.maintenance.longerThanWindow': 'は最も長い時間枠（{minutes, plural, other {# 分}}）より長くなっています',
  'problem.environments.unknownList': 'に不明な環境 {unknown} があります',
  'problem.maintenance.outsideWindows': 'に時間枠のないリージョンの環境があります: {environments}',
  'problem.maintenance.nobody':
    'これらのリージョンでこれらのサービスを使う環境はないため、誰にも通知されません。リージョンとサービスを確認するか、確認したうえでそのまま予定してください。',
  'problem.maintenance.operatorsChange': 'メンテナンスを変更できるのはオペレーターだけです。',
  'problem.maintenance.frozen': '状態が {state} のメンテナンスは変更できません。',
  'problem.maintenance.keepRegion': 'は {region} を残す必要があります。その時間枠は開始済みです',
  'problem.maintenance.started': '{region} は {at} に開始済みです。変更できるのは終了だけです',
  'problem.maintenance.operatorsCancel': 'メンテナンスを中止できるのはオペレーターだけです。',
  'problem.maintenance.cannotCancel':
    '状態が {state} のメンテナンスは中止できません。代わりにどう終わったかを報告してください。',
  'problem.maintenance.listScope':
    'すべてのメンテナンスを一覧できるのはオペレーターだけです。テナントは {path} を参照します。',
  'problem.maintenance.operatorsReport': 'メンテナンスの進み具合を報告できるのはオペレーターだけです。',
  'problem.reportPast': 'は未来の日時です。起きたことを報告してください',
  'problem.maintenance.cancelled': 'このメンテナンスは中止されました。',
  'problem.maintenance.regionsWithoutWindow': 'にこのメンテナンスで時間枠のないリージョンがあります: {regions}',
  'problem.maintenance.allEnded': 'このメンテナンスの時間枠はすべて終了しています。',
  'problem.maintenance.windowMove': '{region} は {state} です。{to} にはできません。',
  'problem.rollouts.stationHeld':
    '{region} のステーション {station} は {state} です。先にロールアウトを再開してください。',
  'problem.rollouts.held': 'ロールアウトは {state} です。先に再開してください。',
  'problem.rollouts.windowOpens':
    'この環境の {region} の{part, select, database {データベース} other {サービス}}時間枠は {at} に開きます。',
  'problem.rollouts.operatorsReport': 'デプロイの進捗を報告できるのはオペレーターとその自動化だけです。',
  'problem.trains.operatorsSetUp': 'リリーストレインを設定できるのはオペレーターだけです。',
  'problem.regions.unknownList': 'に不明なリージョン {unknown} があります',
  'problem.regions.atLeastOne': 'にはリージョンを 1 つ以上指定してください（すべてなら省略）',
  'problem.trains.exists': '製品ライン {line} にはすでにリリーストレインがあります。',
  'problem.trains.operatorsFollow': 'リリーストレインを追跡できるのはオペレーターだけです。',
  'problem.trains.operatorsWeeks': 'リリーストレインの週を保留・スキップ・移動できるのはオペレーターだけです。',
  'problem.trains.monday': 'はその週の月曜日にしてください（YYYY-MM-DD）',
  'problem.trains.moveTo': 'は週を移動するのに必須です。ISO 8601 の UTC 時刻で指定します（2027-04-06T18:00:00Z）',
  'problem.trains.moveLater': 'は過去の日時です。週は後ろにしか移動できません',
  'problem.trains.begun': '{week} の週はすでに始まっています。',
  'problem.listedTwice': 'が 2 回指定されています',
  'problem.releases.operatorsOnly': 'リリースを公開できるのはオペレーターだけです。',
  'problem.releases.unknownServices': 'に不明なサービス {unknown} が指定されています',
  'problem.releases.exists': 'バージョン {version} のリリースはすでに存在します。',
  'problem.rollouts.pauseHours': 'は 0〜{max} の整数の時間にしてください',
  'problem.regions.unknownUse': 'に不明なリージョン {unknown} があります。{choices} を使用してください',
  'problem.regions.twice': 'に同じリージョンが 2 回あります',
  'problem.rollouts.operatorsOnly': 'リリースをロールアウトできるのはオペレーターだけです。',
  'problem.rollouts.exists':
    'リリース {version} にはすでにロールアウトがあります。そちらを保留・再開・停止してください。',
  'problem.rollouts.wave':
    'は 4 月でも 10 月でもありません。大型リリースウェーブは 4 月（ウェーブ 1）と 10 月（ウェーブ 2）から展開されます',
  'problem.rollouts.operatorsFollowTenants':
    'ロールアウトを追跡できるのはオペレーターだけです。テナントはメッセージセンターと各環境で確認します。',
  'problem.rollouts.operatorsFollow': 'ロールアウトを追跡できるのはオペレーターだけです。',
  'problem.rollouts.operatorsControl': 'ロールアウトを保留・再開・停止できるのはオペレーターだけです。',
  'problem.rollouts.cannot':
    '状態が {state} のロールアウトは{action, select, hold {保留} resume {再開} other {停止}}できません。',
  'problem.messages.unknownIds':
    'に不明な{what, select, services {サービス} tenants {テナント} other {環境}} {ids} があります',
  'problem.auth.linkRefused':
    '{state, select, used {はすでに使用されています} expired {は期限切れです} other {は有効なサインインリンクではありません}}。オペレーターに新しいリンクを依頼してください（herald operator add、またはパスワードのリセット）。',
  'problem.messages.fileName': 'はスラッシュを含まない 1〜200 文字のファイル名にしてください',
  'problem.messages.mediaType': 'はメディアタイプではありません（application/pdf）',
  'problem.messages.base64': 'は base64 ではありません',
  'problem.messages.fileTooLarge': 'は {kib} KiB を超えています',
  'problem.tooLong300': 'は 300 文字を超えています',
  'problem.tooLong100k': 'は 100,000 文字を超えています',
  'problem.messages.endAfterStart': 'は startDateTime より後にしてください',
  'problem.messages.audienceEmpty':
    'は誰も指定していません。allTenants、tenantIds、environmentIds、regionCodes、serviceIds のいずれかを設定してください',
  'problem.messages.tooManyFiles': 'のファイルが {max, plural, other {# 個}}を超えています',
  'problem.messages.operatorsManage':
    'メッセージセンターの投稿を作成できるのはオペレーターだけです。閲覧者は {path} を使います。',
  'problem.messages.publishedDelete': '公開済みの投稿は削除できません。終了日を設定すると期限切れになります。',
  'problem.messages.maxAttachments':
    '投稿の添付ファイルは {max, plural, other {# 個}}までです。先に 1 つ削除してください。',
  'problem.privacy.orgAdminsOnly': 'データプライバシーの投稿を誰が読むかを選べるのは組織管理者だけです。',
  'problem.privacy.notMember': 'はこの組織のユーザーではありません',
  'problem.releaseStatus.operatorsOnly': 'リリース状況を設定できるのはオペレーターだけです。',
  'problem.releaseStatus.draft': '投稿は下書きです。先に公開してください。対象者は公開時に決まります',
  'problem.releaseStatus.outside': 'は投稿の対象者に含まれていません: {ids}',
  'problem.schedule.published': 'この投稿は公開済みです。予約できるのは下書きだけです。',
  'problem.schedule.past': 'は過去の日時です。現在より後の時刻（UTC）を指定するか、今すぐ公開してください',
  'problem.share.nobody': 'は誰も指定していません',
  'problem.share.tooMany': 'のアドレスが {max, plural, other {# 件}}を超えています',
  'problem.share.noteTooLong': 'は {max, plural, other {# 文字}}を超えています',
  'problem.share.notMember': '{email} はあなたの組織のユーザーではありません',
  'problem.share.notPrivacyReader':
    '{email} はデータプライバシーの投稿を読めません。組織管理者が個人データ閲覧者に設定できます',
  'problem.publicText.names':
    'にディレクトリの {names} が含まれています。公開ステータスページのテキストにはテナント、環境、個人の名前を含められません',
  'problem.rehearsal.operatorsOnly': 'シナリオのリハーサルができるのはオペレーターだけです。',
  'problem.rehearsal.running': 'リハーサルはすでに実行中です。終わってからもう一度お試しください。',
  'problem.subscribe.emailRequired': '更新の送信先メールアドレス（または Webhook URL）を入力してください',
  'problem.subscribe.notBoth': 'メールアドレスか Webhook URL のどちらか一方を指定してください',
  'problem.subscribe.slackUrl':
    'は Slack に必要です。メールアドレスではなく Incoming Webhook の URL を指定してください',
  'problem.subscribe.teamsUrl': 'は Teams に必要です。メールアドレスではなくワークフローの URL を指定してください',
  'problem.subscribe.badLink':
    'は Herald が送ったリンクではありません。途中で切れたか変更された可能性があります。メールのリンクを使ってください。',
  'problem.subscribe.alreadyConfirmed':
    'この確認リンクはすでに使用されています。購読は確認済みです。何も変更されていません。',
  'problem.trains.prefix': 'は major.minor の形式にしてください（例: 9.2）',
  'problem.trains.link': 'は https のリンクにしてください（{version} と {week} を含めることができます）',
  'problem.trains.weekday': 'は 0（日曜日）〜6（土曜日）にしてください',
  'problem.trains.hour': 'は 0〜23 の整数の時（UTC）にしてください',
  'problem.trains.leadDays': 'は 1〜28 の整数の日数にしてください',
  'problem.branding.operatorsOnly': 'ステータスページのブランディングを管理できるのはオペレーターだけです。',
  'problem.branding.notColour': '「{value}」は色ではありません。#rrggbb の形式で指定してください',
  'problem.branding.contrast':
    '{value} の{use, select, primaryColor {白い文字の背景} other {ページ背景上の文字}}としてのコントラスト比は {ratio}:1 です。読みやすくするには {min}:1 以上が必要です',
  'problem.branding.scheme': 'は {schemes, select, https {https} other {https または mailto}} のアドレスにしてください',
  'problem.subscribe.format':
    'は standard（Standard Webhooks）、slack（Slack）、teams（Microsoft Teams）のいずれかです',
  'problem.import.kindRequired': 'は CSV 本文の場合に必須です。{choices} のいずれか',
  'problem.target.httpsOnly': 'は https の URL にしてください',
  'problem.target.credentials': 'にユーザー名やパスワードを含めることはできません',
  'problem.target.unresolved': 'のホスト名（{host}）を名前解決できません',
  'problem.target.special':
    'は {address} を指しています。これはプライベート、ループバック、リンクローカルなど、Herald が送信しない特別なアドレスです',
  'problem.rehearsal.tooLong':
    'end: コンソールからのリハーサルは最長 {days, plural, other {# 日}}です。より長いものは herald rehearse で実行してください',

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
