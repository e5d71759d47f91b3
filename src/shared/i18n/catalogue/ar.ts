import type { Catalogue } from './en.js';

const ar: Catalogue = {
  'language.name': 'العربية',
  'language.switch': 'اللغة',
  'common.labelValue': '{label}: {value}',
  'common.headline': '{heading}: {title}',
  'common.range': '{start} – {end}',
  'common.contactSupport': 'الاتصال بالدعم',

  'notice.heading.plannedMaintenance': 'صيانة مجدولة',
  'notice.heading.maintenanceUpdated': 'تعديل على صيانة مجدولة',
  'notice.heading.maintenanceCancelled': 'إلغاء الصيانة',
  'notice.heading.unplannedMaintenance': 'صيانة غير مجدولة',
  'notice.heading.incident': '{classification, select, advisory {تنبيه بشأن الخدمة} other {عطل في الخدمة}}',
  'notice.heading.incidentUpdate': 'مستجدات العطل',
  'notice.heading.serviceRestored': 'استعادة الخدمة',
  'notice.heading.postIncidentReport': 'تقرير ما بعد العطل',
  'notice.heading.actionNeeded': 'مطلوب إجراء',
  'notice.heading.messageCenter': 'مركز الرسائل',
  'notice.heading.messageUpdated': 'تعديل على رسالة',
  'notice.heading.actionRequiredBy': 'مطلوب إجراء قبل موعد نهائي',
  'notice.heading.digest': 'ملخص مركز الرسائل الخاص بك',
  'notice.heading.sharedWithYou': 'تمت مشاركته معك',
  'notice.heading.yourAdmins': 'المسؤولون لديك',
  'notice.heading.webhookPaused': 'إيقاف نقطة نهاية الويب هوك مؤقتًا',
  'notice.heading.slaClaim': 'طلب رصيد خدمة',
  'notice.heading.ticketUpdated': 'تحديث تذكرة الدعم',
  'notice.heading.ticketReply': 'رد جديد على تذكرة دعم',
  'notice.subject.organization': '[{organization}] {headline}',
  'notice.hello': 'مرحبًا {name}،',
  'notice.yourOrganization': 'مؤسستك',
  'notice.affectedEnvironments':
    '{count, plural, zero {البيئات المتأثرة} one {البيئة المتأثرة} two {البيئتان المتأثرتان} few {البيئات المتأثرة ({count, number})} many {البيئات المتأثرة ({count, number})} other {البيئات المتأثرة ({count, number})}}',
  'notice.field.status': 'الحالة',
  'notice.field.severity': 'الخطورة',
  'notice.field.services': 'الخدمات',
  'notice.field.regions': 'المناطق',
  'notice.field.impact': 'التأثير المتوقع',
  'notice.field.durationMinutes': 'المدة المقدرة للتأثير',
  'notice.field.userExperience': 'ما يلاحظه المستخدمون',
  'notice.field.startsAt': 'البداية',
  'notice.field.endsAt': 'النهاية',
  'notice.field.workaround': 'حل بديل',
  'notice.field.rootCause': 'السبب الجذري',
  'notice.field.nextSteps': 'الخطوات التالية',
  'notice.field.actionRequiredBy': 'الموعد النهائي للإجراء',
  'notice.field.releaseNotesUrl': 'ملاحظات الإصدار',
  'notice.field.note': 'ملاحظة',
  'notice.minutes':
    '{minutes, plural, zero {لا دقائق} one {دقيقة واحدة} two {دقيقتان} few {# دقائق} many {# دقيقة} other {# دقيقة}}',
  'notice.actBy': 'الموعد النهائي: {time}',
  'notice.open': 'فتح في Herald',
  'notice.why': 'تصلك هذه الرسالة بسبب قاعدة الإشعارات «{rule}».',
  'notice.unsubscribe': 'إلغاء الاشتراك',
  'notice.preferences': 'تفضيلات الإشعارات',

  'subscriber.headline.incidentOpened': 'قيد التحقيق',
  'subscriber.headline.incidentUpdated': 'تحديث',
  'subscriber.headline.incidentRestored': 'تم الحل',
  'subscriber.headline.maintenanceScheduled': 'صيانة مجدولة',
  'subscriber.headline.maintenanceUnplanned': 'صيانة',
  'subscriber.headline.maintenanceUpdated': 'تعديل على الصيانة',
  'subscriber.headline.maintenanceCancelled': 'إلغاء الصيانة',
  'subscriber.headline.maintenanceStarted': 'بدء الصيانة',
  'subscriber.headline.maintenanceCompleted': 'اكتمال الصيانة',
  'subscriber.headline.other': 'تحديث',
  'subscriber.services': 'الخدمات',
  'subscriber.regions': 'المناطق',
  'subscriber.when': 'الموعد',
  'subscriber.expectedImpact': 'التأثير المتوقع',
  'subscriber.statusPage': 'صفحة الحالة',
  'subscriber.seeStatusPage': 'عرض صفحة الحالة',
  'subscriber.why': 'تصلك هذه الرسالة لأن هذا العنوان مشترك في {pageName}.',
  'subscriber.manage': 'إدارة اشتراكك',
  'subscriber.unsubscribe': 'إلغاء الاشتراك',
  'subscriber.support': 'الدعم',
  'subscriber.subscribed': 'تم الاشتراك',
  'subscriber.welcome':
    'تتلقى هذه القناة من الآن الأعطال العامة والصيانة المجدولة في {pageName} عند إنشائها وتحديثها وحلها.',
  'subscriber.changeOrUnsubscribe': 'التعديل أو إلغاء الاشتراك',
  'subscriber.chatContext': '{pageName} · التعديل أو إلغاء الاشتراك: {url}',
  'subscriber.confirm.subject': '[{pageName}] أكّد اشتراكك',
  'subscriber.confirm.body': 'طلب شخص ما، ونأمل أن تكون أنت، تلقي تحديثات {pageName} على هذا العنوان.',
  'subscriber.confirm.link': 'تأكيد الاشتراك',
  'subscriber.confirm.ignore': 'إن لم تكن أنت، فتجاهل هذه الرسالة: لن يُرسل شيء آخر.',
  'subscriber.already.subject': '[{pageName}] أنت مشترك بالفعل',
  'subscriber.already.body': 'طلب شخص ما اشتراك هذا العنوان في {pageName}؛ وهو مشترك بالفعل.',
  'subscriber.already.link': 'تغيير ما تتلقاه',

  'status.component':
    '{status, select, operational {يعمل} under_maintenance {قيد الصيانة} degraded_performance {أداء متراجع} partial_outage {انقطاع جزئي} other {انقطاع كبير}}',
  'status.badge':
    '{status, select, operational {يعمل} under_maintenance {صيانة} degraded_performance {متراجع} partial_outage {انقطاع جزئي} other {انقطاع كبير}}',
  'status.indicator':
    '{indicator, select, none {جميع الأنظمة تعمل} minor {انقطاع طفيف في الخدمة} major {انقطاع جزئي في النظام} critical {انقطاع كبير في الخدمة} other {الخدمة قيد الصيانة}}',
  'status.incident':
    '{status, select, investigating {قيد التحقيق} serviceDegradation {تراجع في الخدمة} serviceInterruption {انقطاع في الخدمة} restoringService {جارٍ استعادة الخدمة} extendedRecovery {تعافٍ ممتد} verifyingService {جارٍ التحقق من الخدمة} serviceRestored {تمت استعادة الخدمة} falsePositive {إنذار خاطئ} postIncidentReviewPublished {نُشر تقرير ما بعد العطل} other {تحديث}}',
  'status.maintenance':
    '{status, select, scheduled {مجدولة} in_progress {جارية} verifying {قيد التحقق} completed {مكتملة} other {مجدولة}}',
  'status.severity': '{severity, select, major {كبير} minor {طفيف} other {خطورة غير معروفة}}',

  'page.lastChange': 'آخر تغيير: {time}. الأوقات بالتوقيت العالمي المنسق (UTC).',
  'page.activeIncidents': 'الأعطال الحالية',
  'page.noIncidents': 'لا توجد أعطال حاليًا.',
  'page.scheduledMaintenance': 'الصيانة المجدولة',
  'page.noMaintenance': 'لا توجد صيانة مجدولة ذات تأثير متوقع.',
  'page.servicesByRegion': 'الخدمات حسب المنطقة',
  'page.noServices': 'لا توجد خدمات لعرضها بعد.',
  'page.history':
    'السجل ({days, plural, zero {اليوم} one {آخر يوم} two {آخر يومين} few {آخر # أيام} many {آخر # يومًا} other {آخر # يوم}})',
  'page.noHistory':
    '{days, plural, zero {لا أعطال.} one {لا أعطال في آخر يوم.} two {لا أعطال في آخر يومين.} few {لا أعطال في آخر # أيام.} many {لا أعطال في آخر # يومًا.} other {لا أعطال في آخر # يوم.}}',
  'page.column.service': 'الخدمة',
  'page.column.status': 'الحالة',
  'page.column.lastDays':
    '{days, plural, zero {اليوم} one {آخر يوم} two {آخر يومين} few {آخر # أيام} many {آخر # يومًا} other {آخر # يوم}}',
  'page.column.uptime': 'نسبة التوفر',
  'page.uptimeBars':
    '{days, plural, zero {نسبة التوفر} one {نسبة التوفر في آخر يوم} two {نسبة التوفر في آخر يومين} few {نسبة التوفر في آخر # أيام} many {نسبة التوفر في آخر # يومًا} other {نسبة التوفر في آخر # يوم}}',
  'page.userExperience': 'ما يلاحظه المستخدمون:',
  'page.workaround': 'حل بديل:',
  'page.since': 'منذ {time}',
  'page.reportPublished': 'نُشر تقرير ما بعد العطل في {time}؛ يجده المسؤولون في لوحة معلومات صحة الخدمات.',
  'page.expectedImpact': 'التأثير المتوقع: {impact}',
  'page.subscribe': 'الاشتراك في التحديثات',
  'page.calendar': 'تقويم الصيانة (iCal)',
  'page.historyAtom': 'سجل الأعطال (Atom)',
  'page.historyRss': 'سجل الأعطال (RSS)',
  'embed.fullStatus': 'الحالة الكاملة والسجل',

  'feed.title': '{pageName} — سجل الأعطال',
  'feed.titleComponent': '{pageName} — {component} — سجل الأعطال',
  'feed.word':
    '{word, select, investigating {قيد التحقيق} identified {تم تحديد السبب} monitoring {قيد المراقبة} resolved {تم الحل} postmortem {تقرير ما بعد العطل} other {تحديث}}',
  'feed.calendarName': '{pageName} — الصيانة',
  'feed.calendarDescription': 'التأثير المتوقع: {impact}. المناطق: {regions}. الحالة: {status}.',

  'subscribe.title': 'الاشتراك في التحديثات',
  'subscribe.intro':
    'تلقَّ الأعطال العامة والصيانة المجدولة عند إنشائها وتحديثها وحلها. تؤكد أولًا؛ وتحتوي كل رسالة على رابط لتغيير اختيارك أو إلغاء الاشتراك بنقرة واحدة.',
  'subscribe.byEmail': 'عبر البريد الإلكتروني',
  'subscribe.email': 'عنوان البريد الإلكتروني',
  'subscribe.byWebhook': 'أو عبر ويب هوك أو Slack أو Microsoft Teams',
  'subscribe.url': 'عنوان URL للويب هوك (https)',
  'subscribe.format.standard': 'ويب هوك (Standard Webhooks)',
  'subscribe.format.slack': 'ويب هوك وارد في Slack',
  'subscribe.format.teams': 'سير عمل في Microsoft Teams',
  'subscribe.webhookHelp':
    'يُوقَّع الويب هوك وفق Standard Webhooks ويبدأ عندما ترد نقطة النهاية لديك برمز 2xx على الحدث الموقَّع subscription.verification، الذي يحمل سر التوقيع. تتلقى Slack وTeams أولًا رسالة «تم الاشتراك»: يبدأ الاشتراك عندما يقبلها عنوان URL.',
  'subscribe.what': 'ما تريد أن تُبلَّغ به',
  'subscribe.everything': 'كل شيء: كل عطل عام وكل صيانة',
  'subscribe.only': 'أو فقط ما يخص هذه المناطق أو الخدمات:',
  'subscribe.submit': 'اشتراك',
  'subscribe.sendsTo': 'تُرسل التحديثات إلى {address}.',
  'subscribe.save': 'حفظ',
  'subscribe.unsubscribe': 'إلغاء الاشتراك',
  'subscribe.answerTitle': 'تحقق من بريدك الوارد',
  'subscribe.answer':
    'شكرًا لك. إن كان بإمكان هذا العنوان تلقي التحديثات، فهناك رسالة في الطريق إليه: استخدم الرابط الذي فيها للتأكيد. لن يُرسل شيء آخر قبل ذلك.',
  'subscribe.confirmTitle': 'أكّد اشتراكك',
  'subscribe.confirmQuestion': 'هل تريد إرسال التحديثات إلى {address}؟',
  'subscribe.confirmButton': 'تأكيد',
  'subscribe.confirmedTitle': 'تم الاشتراك',
  'subscribe.confirmed': 'تم تأكيد اشتراكك.',
  'subscribe.manageTitle': 'اشتراكك',
  'subscribe.saved': 'تم الحفظ.',
  'subscribe.unsubscribeTitle': 'إلغاء الاشتراك؟',
  'subscribe.unsubscribeQuestion': 'هل تريد إيقاف إرسال التحديثات إلى {address}؟',
  'subscribe.unsubscribedTitle': 'تم إلغاء الاشتراك',
  'subscribe.unsubscribed': 'لن يتلقى هذا العنوان أي تحديثات بعد الآن.',
  'subscribe.linkUsed': 'سبق استخدام هذا الرابط',
  'subscribe.linkBroken': 'هذا الرابط لا يعمل',
  'subscribe.again': 'الاشتراك مرة أخرى',

  // server: translated posts (Message Center and incidents)

  // server: reports and subscribers

  // server: problem details and the CLI
  'problem.title.validation': 'الطلب غير صالح',
  'problem.title.notFound': 'غير موجود',
  'problem.title.conflict': 'تعارض مع الحالة الحالية',
  'problem.title.unauthenticated': 'يلزم تسجيل الدخول',
  'problem.title.forbidden': 'غير مسموح',
  'problem.title.csrf': 'رمز CSRF مفقود أو غير صالح',
  'problem.title.illegalTransition': 'لا يُسمح بتغيير الحالة هذا',
  'problem.title.rateLimited': 'طلبات كثيرة جدًا',
  'problem.title.unsupportedMediaType': 'نوع محتوى غير مدعوم',
  'problem.title.payloadTooLarge': 'نص الطلب كبير جدًا',
  'problem.title.unavailable': 'غير متاح مؤقتًا',
  'problem.title.databaseUnavailable': 'قاعدة البيانات غير متاحة',
  'problem.title.privateName': 'نص عام يذكر عميلًا أو شخصًا',
  'problem.title.lowContrast': 'لون سيجعل الصفحة صعبة القراءة',
  'problem.title.needsConfirmation': 'أكّد للمتابعة',
  'problem.title.internal': 'خطأ داخلي',
  'problem.internal': 'حدث خطأ من جهتنا؛ معرّف الطلب هو {requestId}.',
  'problem.fieldIs': '{field}: {message}',
  'problem.seeErrors':
    '{count, plural, zero {لا مشكلات} one {مشكلة واحدة؛ انظر errors} two {مشكلتان؛ انظر errors} few {# مشكلات؛ انظر errors} many {# مشكلة؛ انظر errors} other {# مشكلة؛ انظر errors}}',
  'problem.fieldSentence': '{label}: {message}',
  'problem.fieldSentences': '{sentences}.',
  'problem.sentenceList': '{first}؛ {rest}',
  'problem.theRequest': 'الطلب',
  'problem.listItem': '{list}، العنصر {item}',
  'problem.fieldInListItem': '{field} ({list}، العنصر {item})',
  'problem.fieldName':
    '{name, select, url {عنوان URL} durationMinutes {المدة المقدّرة} serviceId {الخدمة} serviceIds {الخدمات} tenantId {المستأجر} tenantIds {المستأجرون} environmentId {البيئة} environmentIds {البيئات} startsAt {البداية} endsAt {النهاية} eventTypes {الأحداث} confirmNoEnvironments {التأكيد} title {العنوان} name {الاسم} email {البريد الإلكتروني} description {الوصف} status {الحالة} severity {الخطورة} password {كلمة المرور} domain {النطاق} version {الإصدار} regions {المناطق} preferences {التفضيلات} windows {النوافذ الزمنية} impact {التأثير} channel {القناة} body {النص} message {الرسالة} type {النوع} scope {النطاق المتأثر} other {{words}}}',
  'problem.required': 'مطلوب',
  'problem.isEmpty': 'فارغ',
  'problem.notJson': 'ليس JSON صالحًا',
  'problem.schema.unknownField': 'ليس حقلًا معروفًا',
  'problem.schema.oneOf': 'يجب أن يكون إحدى القيم: {choices}',
  'problem.schema.notAChoice': 'ليس من الخيارات المتاحة',
  'problem.schema.const': 'يجب أن يكون {value}',
  'problem.schema.minLength':
    '{limit, plural, zero {يجب ألا يكون أقل من # حرف} one {يجب ألا يقل عن حرف واحد} two {يجب ألا يقل عن حرفين} few {يجب ألا يقل عن # أحرف} many {يجب ألا يقل عن # حرفًا} other {يجب ألا يقل عن # حرف}}',
  'problem.schema.maxLength':
    '{limit, plural, zero {يجب ألا يتجاوز # حرف} one {يجب ألا يتجاوز حرفًا واحدًا} two {يجب ألا يتجاوز حرفين} few {يجب ألا يتجاوز # أحرف} many {يجب ألا يتجاوز # حرفًا} other {يجب ألا يتجاوز # حرف}}',
  'problem.schema.minItems':
    '{limit, plural, zero {يجب أن يحتوي على عنصر واحد على الأقل} one {يجب أن يحتوي على عنصر واحد على الأقل} two {يجب أن يحتوي على عنصرين على الأقل} few {يجب أن يحتوي على # عناصر على الأقل} many {يجب أن يحتوي على # عنصرًا على الأقل} other {يجب أن يحتوي على # عنصر على الأقل}}',
  'problem.schema.maxItems':
    '{limit, plural, zero {يجب ألا يحتوي على عناصر} one {يجب ألا يحتوي على أكثر من عنصر واحد} two {يجب ألا يحتوي على أكثر من عنصرين} few {يجب ألا يحتوي على أكثر من # عناصر} many {يجب ألا يحتوي على أكثر من # عنصرًا} other {يجب ألا يحتوي على أكثر من # عنصر}}',
  'problem.schema.minimum': 'يجب ألا يقل عن {limit}',
  'problem.schema.maximum': 'يجب ألا يزيد على {limit}',
  'problem.schema.exclusiveMinimum': 'يجب أن يكون أكبر من {limit}',
  'problem.schema.exclusiveMaximum': 'يجب أن يكون أصغر من {limit}',
  'problem.schema.type':
    'يجب أن يكون {type, select, string {نصًا} number {رقمًا} integer {عددًا صحيحًا} boolean {true أو false} array {قائمة} object {كائنًا} null {فارغًا} other {من نوع آخر}}',
  'problem.schema.typeEither':
    'يجب أن يكون {first, select, string {نصًا} number {رقمًا} integer {عددًا صحيحًا} boolean {true أو false} array {قائمة} object {كائنًا} null {فارغًا} other {من نوع آخر}} أو {second, select, string {نصًا} number {رقمًا} integer {عددًا صحيحًا} boolean {true أو false} array {قائمة} object {كائنًا} null {فارغًا} other {من نوع آخر}}',
  'problem.schema.format':
    'يجب أن يكون {format, select, dateTime {تاريخًا ووقتًا مثل 2026-12-02T14:00:00Z} date {تاريخًا مثل 2026-12-02} email {عنوان بريد إلكتروني} uri {عنوان ويب مثل https://example.com/} uuid {معرّفًا} other {بتنسيق {name}}}',
  'problem.schema.pattern': 'ليس بالصيغة المتوقعة',
  'problem.schema.uniqueItems': 'يحتوي على العنصر نفسه مرتين',
  'problem.schema.anyOf': 'ليس بأي صيغة مقبولة',
  'problem.schema.invalid': 'غير صالح',
  'problem.passedOn': '{reason}',
  'problem.sendJson': 'أرسل النص بصيغة application/json (أو text/csv حيث يذكر المسار ذلك).',
  'problem.bodyTooLarge': 'النص أكبر مما يقبله هذا المسار.',
  'problem.bodyEmpty': 'النص فارغ؛ أرسل كائن JSON.',
  'problem.bodyNotJson': 'النص ليس JSON صالحًا: {reason}',
  'problem.sendCsrf': 'أرسل الرمز من GET /api/session في الترويسة x-csrf-token.',
  'problem.concurrentChange': 'أنشأ تغيير متزامن الشيء نفسه أولًا؛ اقرأه مجددًا قبل إعادة المحاولة.',
  'problem.tooManyRequests': 'طلبات كثيرة جدًا؛ انتظر دقيقة ثم حاول مجددًا.',
  'problem.tooManyAttempts': 'محاولات كثيرة جدًا؛ حاول مجددًا بعد {after}.',
  'problem.signIn': 'سجّل الدخول أو أرسل رمز واجهة برمجة التطبيقات بالشكل "{header}".',
  'problem.noRoute': 'لا يوجد {method} {path} هنا؛ راجع /docs لواجهة برمجة التطبيقات.',
  'problem.notFound.id': '{thing} "{id}" غير موجود أو غير مرئي لك',
  'problem.notFound': '{thing}: غير موجود',
  'problem.notFound.field': 'لا يشير إلى شيء مرئي لك ({thing})',
  'problem.thing':
    '{thing, select, apiToken {رمز واجهة برمجة التطبيقات} attachment {المرفق} calendar {التقويم} claim {المطالبة} dataPrivacyReader {قارئ البيانات الشخصية} delivery {التسليم} environment {البيئة} environmentInRollout {البيئة في هذا النشر} event {الحدث} featureReachingEnvironment {ميزة إصدار يصل إلى هذه البيئة} groupRule {قاعدة المجموعة} identityProvider {موفر الهوية} incident {الحادث} incidentTemplate {قالب الحادث} issue {المشكلة} maintenance {الصيانة} member {العضو} message {الرسالة} operator {المشغّل} page {الاستدعاء} person {الشخص} postIncidentReport {تقرير ما بعد الحادث} pushSubscription {اشتراك الإشعارات} recipient {المستلم} region {المنطقة} release {الإصدار} releaseTrain {قطار الإصدارات} roleAssignment {تعيين الدور} rollout {النشر} scimToken {رمز SCIM} service {الخدمة} serviceHealth {حالة الخدمة} session {الجلسة} station {المحطة} subscriber {المشترك} subscription {الاشتراك} team {الفريق} tenant {المستأجر} ticket {التذكرة} webhookEndpoint {نقطة نهاية الويب هوك} other {العنصر}}',
  'problem.thing.indefinite':
    '{thing, select, apiToken {رمز واجهة برمجة التطبيقات} attachment {المرفق} calendar {التقويم} claim {المطالبة} dataPrivacyReader {قارئ البيانات الشخصية} delivery {التسليم} environment {البيئة} environmentInRollout {البيئة في هذا النشر} event {الحدث} featureReachingEnvironment {ميزة إصدار يصل إلى هذه البيئة} groupRule {قاعدة المجموعة} identityProvider {موفر الهوية} incident {الحادث} incidentTemplate {قالب الحادث} issue {المشكلة} maintenance {الصيانة} member {العضو} message {الرسالة} operator {المشغّل} page {الاستدعاء} person {الشخص} postIncidentReport {تقرير ما بعد الحادث} pushSubscription {اشتراك الإشعارات} recipient {المستلم} region {المنطقة} release {الإصدار} releaseTrain {قطار الإصدارات} roleAssignment {تعيين الدور} rollout {النشر} scimToken {رمز SCIM} service {الخدمة} serviceHealth {حالة الخدمة} session {الجلسة} station {المحطة} subscriber {المشترك} subscription {الاشتراك} team {الفريق} tenant {المستأجر} ticket {التذكرة} webhookEndpoint {نقطة نهاية الويب هوك} other {العنصر}}',
  'problem.database.cannotWrite':
    'لا يمكن لقاعدة البيانات حفظ التغييرات الآن: {why, select, full {قرصها ممتلئ} readOnly {إنها للقراءة فقط} io {قرصها يبلّغ عن خطأ إدخال/إخراج} other {نفدت مواردها}} ({code}). لم يُحفظ شيء؛ حاول مجددًا لاحقًا.',
  'problem.database.unreachable': 'قاعدة البيانات لا تستجيب ({code}). لم يُحفظ شيء؛ حاول مجددًا بعد بضع ثوانٍ.',
  'problem.email.tooLong': 'أطول من 320 حرفًا',
  'problem.email.invalid': 'ليس عنوان بريد إلكتروني (name@example.com)',
  'problem.timeZone.invalid': 'ليست منطقة زمنية من IANA (مثل Europe/Paris أو UTC)',
  'problem.locale.invalid': 'ليست لغة بصيغة BCP 47 (مثل en-US)',
  'problem.region.unknown': 'ليست منطقة؛ استخدم إحدى: {choices}',
  'problem.url.httpOnly': 'يجب أن يكون عنوان URL بصيغة http(s)',
  'problem.url.invalid': 'ليس عنوان URL (https://…)',
  'problem.date.invalid': 'ليس تاريخًا (YYYY-MM-DD)',
  'problem.domain.invalid': 'ليس اسم نطاق (contoso.com)',
  'problem.version.invalid': 'ليس إصدارًا (9.2.24104.155)',
  'problem.categories.unknown': 'يحتوي على فئات غير معروفة {unknown}؛ استخدم {choices}',
  'problem.tags.unknown': 'يحتوي على وسوم غير معروفة {unknown}؛ استخدم {choices}',
  'problem.dateTime.invalid': 'ليس تاريخًا ووقتًا بصيغة ISO 8601 مع المنطقة (2026-05-01T00:00:00Z)',
  'problem.actionRequired.past': 'في الماضي؛ يجب أن يكون تاريخ الإجراء المطلوب في المستقبل',
  'problem.actionRequired.tooSoon':
    'يجب أن يكون بعد النشر بما لا يقل عن {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} للتغيير الكبير ({earliest} أو بعده)',
  'problem.utc.invalid': 'ليس وقتًا بتوقيت UTC بصيغة ISO 8601 (2026-11-25T18:00:00Z)',
  'problem.windows.none': 'يحتاج إلى نافذة زمنية واحدة على الأقل (منطقة مع بدايتها ونهايتها)',
  'problem.windows.twice': 'لدى {region} نافذتان زمنيتان؛ أعطِ كل منطقة نافذة واحدة',
  'problem.windows.endsBeforeStart': 'ينتهي قبل أن يبدأ ({end} ليس بعد {start})',
  'problem.windows.tooLong':
    'يجعل النافذة الزمنية أطول من {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'problem.windows.startInPast':
    'في الماضي؛ يُعلن عن أعمال {kind, select, planned {الصيانة المخططة} security {الأمان} other {{kind}}} مسبقًا (قد تكون الصيانة غير المخططة قد بدأت بالفعل)',
  'problem.isInPast': 'في الماضي',
  'problem.release.version': 'ليس إصدارًا من أربعة أجزاء (major.minor.build.revision، مثل 9.2.25111.10)',
  'problem.release.databaseVersion': 'يجب ألا يكون أقل من إصدار الخدمة {version}',
  'problem.sla.monthNotOver': 'لم ينتهِ {month} بعد؛ قدّم المطالبة بعد أن تصبح نسبة التشغيل نهائية',
  'problem.sla.claimsClosed':
    'أُغلقت المطالبات عن {month} في {date} (بعد الشهر بـ {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}})',
  'problem.pir.advisory': 'لا تقارير ما بعد الحادث للتنبيهات؛ تُكتب التقارير للحوادث الكبرى',
  'problem.pir.minor': 'تُكتب تقارير ما بعد الحادث للحوادث الكبرى؛ وهذا الحادث طفيف (غيّر خطورته أولًا إن كان ذلك خطأ)',
  'problem.ticket.already':
    'التذكرة {status, select, open {مفتوحة} inProgress {قيد المعالجة} waitingOnCustomer {بانتظار العميل} resolved {محلولة} other {مغلقة}} بالفعل.',
  'problem.ticket.closed': 'التذكرة مغلقة؛ افتح تذكرة جديدة إذا عادت المشكلة.',
  'problem.ticket.cannotMove':
    'لا يمكن {side, select, operator {للمشغّل} other {للعميل}} نقل تذكرة {from, select, open {مفتوحة} inProgress {قيد المعالجة} waitingOnCustomer {بانتظار العميل} resolved {محلولة} other {مغلقة}} إلى {to, select, open {مفتوحة} inProgress {قيد المعالجة} waitingOnCustomer {بانتظار العميل} resolved {محلولة} other {مغلقة}}.',
  'problem.incident.pirStatus': 'تُضبط postIncidentReviewPublished بنشر تقرير ما بعد الحادث، لا بمنشور',
  'problem.incident.closed': 'الحادث مغلق وتقريره منشور؛ افتح حادثًا جديدًا بدلًا من ذلك',
  'problem.incident.ended': 'انتهى الحادث ({status})؛ افتح حادثًا جديدًا إذا عادت المشكلة',
  'problem.incident.realImpact':
    'كان لحادث في الحالة {status} أثر فعلي ولا يمكن أن يصبح falsePositive؛ انشر serviceRestored بدلًا من ذلك',
  'problem.notEmpty': 'يجب ألا يكون فارغًا',
  'problem.password.short': 'يجب ألا تقل عن 12 حرفًا',
  'problem.isoDateTime': 'ليس تاريخًا ووقتًا بصيغة ISO 8601',
  'problem.isoDateTime.example': 'ليس تاريخًا ووقتًا بصيغة ISO 8601 (2026-11-25T14:30:00Z)',
  'problem.inFuture': 'في المستقبل؛ {what, select, start {البداية} end {النهاية} other {{what}}} تحدد متى حدث ذلك',
  'problem.symptoms.unknown': 'يحتوي على أعراض غير معروفة {unknown}؛ استخدم {choices}',
  'problem.rollout.startInPast': 'في الماضي؛ يُخطط النشر من الآن فصاعدًا',
  'problem.subscribe.chooseSomething': 'اختر منطقة أو خدمة واحدة على الأقل، أو كل شيء',
  'problem.regions.unknown': 'يحتوي على مناطق غير معروفة: {unknown}',
  'problem.services.unknown': 'يحتوي على خدمات غير معروفة: {unknown}',
  'cli.description':
    'Herald: حالة الخدمات والصيانة والتحديثات ومركز الرسائل لسحابة متعددة المستأجرين.\nتأتي الإعدادات من البيئة (PORT وHOST وDATABASE_URL وPUBLIC_URL وSMTP_URL …؛ راجع README).',
  'cli.help.title':
    '{title, select, usage {الاستخدام:} options {الخيارات:} commands {الأوامر:} arguments {المعاملات:} other {{title}}}',
  'cli.help.option': 'عرض مساعدة الأمر',
  'cli.help.afterError': '(أضف --help لمزيد من المعلومات)',
  'cli.serve.description':
    'يشغّل خادم الويب، ومعه عامل التسليم في العملية نفسها ما لم يكن HERALD_WORKER=off. يرحّل قاعدة البيانات أولًا. مع ‎--demo (أو HERALD_DEMO=on) يحمّل بيانات العرض التوضيحي في قاعدة بيانات فارغة.',
  'cli.serve.demoOption': 'يحمّل المستأجرين والأشخاص (بكلمة مرور منشورة) والأحداث التجريبية في قاعدة بيانات فارغة',
  'cli.worker.description': 'يشغّل عامل التسليم والمهام الدورية فقط (بالعدد الذي تريده، مع PostgreSQL).',
  'cli.migrate.description': 'يحدّث مخطط قاعدة البيانات ثم يخرج.',
  'cli.migrate.applied': 'طُبّقت: {migrations}.',
  'cli.migrate.upToDate': 'قاعدة البيانات محدّثة.',
  'cli.seed.description': 'يحمّل البيانات في قاعدة بيانات فارغة.',
  'cli.seed.demoOption': 'المستأجرون والأشخاص والحوادث والصيانة والرسائل التجريبية',
  'cli.seed.sayWhat': 'حدّد ما تريد تحميله: ‎--demo',
  'cli.seed.notEmpty': 'تحتوي قاعدة البيانات على أشخاص بالفعل؛ لا تُحمّل البيانات التجريبية إلا في قاعدة فارغة.',
  'cli.seed.loaded': 'حُمّلت البيانات التجريبية. يسجّل كل شخص تجريبي الدخول بكلمة المرور {password}.',
  'cli.operator.description': 'مشغّلو المزوّد: يُنشأ أول مشغّل في التثبيت من هنا.',
  'cli.operator.add.description':
    'يجعل شخصًا مشغّلًا (وينشئه إن كان جديدًا) ويطبع رابطًا لمرة واحدة لتعيين كلمة مرور وتسجيل الدخول.',
  'cli.operator.emailOption': 'بريده الإلكتروني الذي يسجّل الدخول به',
  'cli.operator.nameOption': 'اسمه (الافتراضي: الجزء الذي يسبق @ في البريد)',
  'cli.operator.list.description': 'يسرد المشغّلين.',
  'cli.operator.remove.description': 'ينزع دور المشغّل من شخص وينهي جلساته (ليس آخر مشغّل أبدًا).',
  'cli.operator.whoseRole': 'صاحب الدور',
  'cli.operator.link.description': 'يطبع رابط تسجيل دخول جديدًا لمرة واحدة لمشغّل (رابط أو كلمة مرور مفقودة).',
  'cli.operator.whoseLink': 'لمن الرابط',
  'cli.operator.added':
    '{email} مشغّل الآن. أرسل له هذا الرابط لتعيين كلمة مرور وتسجيل الدخول؛ يعمل مرة واحدة حتى {expiresAt}:',
  'cli.operator.newLink': 'رابط تسجيل دخول جديد لـ {email}؛ يعمل مرة واحدة حتى {expiresAt}:',
  'cli.operator.none': 'لا يوجد مشغّلون بعد: ‎`herald operator add --email you@example.com` ينشئ الأول.',
  'cli.operator.line':
    '{email}  {name}  منذ {since}  {password, select, set {كلمة المرور معيّنة} other {لا كلمة مرور بعد (رابط تسجيل الدخول معلّق)}}',
  'cli.operator.removed': 'لم يعد {email} مشغّلًا؛ انتهت جلساته.',
  'cli.token.description': 'رموز واجهة البرمجة الشخصية، تُرسل بالشكل "{header}".',
  'cli.token.create.description': 'ينشئ رمزًا لشخص ويطبعه (يظهر مرة واحدة؛ لا تُخزّن إلا بصمته).',
  'cli.token.whose': 'صاحب الرمز',
  'cli.token.nameOption': 'الغرض منه',
  'cli.token.daysOption': 'تنتهي صلاحيته بعد هذا العدد من الأيام (الافتراضي: أبدًا)',
  'cli.token.list.description': 'يسرد رموز شخص (دون الأسرار أبدًا).',
  'cli.token.whoseTokens': 'صاحب الرموز',
  'cli.token.revoke.description': 'يُبطل رمزًا بمعرّفه (من ‎`token list`).',
  'cli.token.idArgument': 'معرّف الرمز',
  'cli.token.badDays': 'يجب أن يكون ‎--days عددًا صحيحًا من الأيام، لا "{days}"',
  'cli.token.none': 'ليس لدى {email} رموز لواجهة البرمجة.',
  'cli.token.line':
    '{id}  {name}  أُنشئ {created}  آخر استخدام {used, select, never {أبدًا} other {{used}}}  {state, select, revoked {أُبطل {at}} expires {ينتهي {at}} other {لا ينتهي}}',
  'cli.token.revoked': 'أُبطل الرمز {id}.',
  'cli.import.description':
    'يستورد المستأجرين والبيئات والأشخاص دفعة واحدة من JSON (ملف واحد) أو CSV (tenants.csv وenvironments.csv وpeople.csv). الكل أو لا شيء؛ يطبع التقدّم وملخصًا.',
  'cli.import.filesArgument': 'ملف ‎.json أو ملفات ‎.csv مسمّاة بما تحتويه',
  'cli.import.notJson': '{file} ليس JSON صالحًا: {reason}',
  'cli.import.badName': '{file}: أعطِ ملف ‎.json أو ملفات ‎.csv تبدأ أسماؤها بما تحتويه: {names}',
  'cli.import.progress':
    '{step, select, checking {فُحص} other {كُتب}} {what, select, tenants {المستأجرون} environments {البيئات} services {خدمات البيئات} people {الأشخاص} other {الأدوار}}: {done, number} من {total, number}',
  'cli.import.starting':
    'جارٍ استيراد {tenants, plural, zero {لا مستأجرين} one {مستأجر واحد} two {مستأجرين} few {# مستأجرين} many {# مستأجرًا} other {# مستأجر}} و{environments, plural, zero {لا بيئات} one {بيئة واحدة} two {بيئتين} few {# بيئات} many {# بيئة} other {# بيئة}} و{people, plural, zero {لا أشخاص} one {شخص واحد} two {شخصين} few {# أشخاص} many {# شخصًا} other {# شخص}} من {sources}…',
  'cli.import.done':
    'استُورد {tenants, plural, zero {لا مستأجرين} one {مستأجر واحد} two {مستأجرين} few {# مستأجرين} many {# مستأجرًا} other {# مستأجر}} و{environments, plural, zero {لا بيئات} one {بيئة واحدة} two {بيئتين} few {# بيئات} many {# بيئة} other {# بيئة}} و{people, plural, zero {لا أشخاص} one {شخص واحد} two {شخصين} few {# أشخاص} many {# شخصًا} other {# شخص}} و{roles, plural, zero {لا أدوار} one {دور واحد} two {دورين} few {# أدوار} many {# دورًا} other {# دور}} في {seconds, number, ::.0} ث.',
  'cli.import.failed':
    'لم يُستورد شيء؛ أصلح {count, plural, zero {المشكلات} one {المشكلة} two {المشكلتين} few {المشكلات} many {المشكلات} other {المشكلات}} أعلاه وأعد التشغيل',
  'cli.rehearse.description':
    'يعيد تشغيل سيناريو أحداث مؤقتة (JSON) على ساعة محاكاة فوق نسخة من الدليل (دليل السيناريو أو لقطة من الدليل الحي) ويكتب الخط الزمني: من سيُبلَّغ بماذا وعبر أي قناة وبأي قاعدة. لا يرسل شيئًا.',
  'cli.rehearse.scenarioArgument': 'ملف السيناريو (‎.json)',
  'cli.rehearse.outOption': 'مكان كتابة timeline.json وtimeline.txt وtimeline.html (الافتراضي: {default} بجانب الملف)',
  'cli.rehearse.written': 'كُتب الخط الزمني في {dir} (timeline.json وtimeline.txt وtimeline.html).',
  'cli.exportSite.description':
    'يكتب موقع الحالة الاحتياطي الثابت (HTML وJSON) في مجلد، ليقدّمه أي خادم ويب أثناء توقف Herald.',
  'cli.exportSite.dirArgument': 'المجلد المراد الكتابة فيه',
  'cli.exportSite.written': 'كُتب موقع الحالة الثابت في {dir}.',
  'cli.worker.started':
    'herald worker: التسليم من {database}؛ البريد {smtp, select, yes {عبر SMTP} other {محفوظ في قاعدة البيانات (لا SMTP_URL)}}.',
  'cli.worker.stopping': 'herald worker: {signal}، إنهاء عمليات التسليم الجارية',
  'cli.serve.running': 'يعمل Herald على {url}',
  'cli.serve.label':
    '{label, select, console {وحدة التحكم} status {الحالة العامة} docs {توثيق واجهة البرمجة} database {قاعدة البيانات} mail {البريد} other {{label}}}',
  'cli.serve.demoLoaded': '{database}  (حُمّلت البيانات التجريبية)',
  'cli.serve.mailKept': 'محفوظ في Herald: راجع "البريد المرسل" في وحدة التحكم',
  'cli.serve.demoAccounts': 'سجّل الدخول بأي حساب تجريبي، كلمة المرور {password}:',
  'cli.serve.demoRole':
    '{role, select, operator {مشغّل} orgAdmin {مسؤول المؤسسة، {tenant}} systemAdmin {مسؤول النظام، {tenant}} other {{tenant}}}',
  'cli.serve.noOperator':
    'لا يوجد مشغّل بعد: ‎`herald operator add --email you@example.com` يطبع رابطًا لتعيين كلمة مرور.',
  'problem.dateTime.example': 'ليس تاريخًا ووقتًا (2026-11-25T17:00:00Z)',
  'problem.range.afterFrom': 'يجب أن يكون بعد query.from',
  'problem.range.tooLong':
    'يجب ألا يتجاوز query.from بأكثر من {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'problem.audit.orgAdminsOnly': 'لا يقرأ سجل تدقيق المستأجر إلا مسؤولو مؤسسته.',
  'problem.auth.useProvider':
    'تسجّل مؤسستك دخولك عبر موفر الهوية الخاص بها؛ ابدأ ببريدك الإلكتروني في صفحة تسجيل الدخول.',
  'problem.auth.noMatch': 'لا يطابق هذا البريد الإلكتروني وكلمة المرور أي حساب.',
  'problem.auth.operatorsCreateLinks': 'لا ينشئ روابط تسجيل الدخول إلا المشغّلون.',
  'problem.auth.whoseToken': 'حدّد صاحب هذا الرمز',
  'problem.members.orgAdminsDecide': 'يقرّر مسؤولو المؤسسة ما يراه الأعضاء.',
  'problem.messages.operatorsWrite': 'لا يكتب منشورات مركز الرسائل إلا المشغّلون.',
  'problem.messages.tenantRequired': 'مطلوب: أنت تقرأ منشورات عدة مؤسسات ({tenants})',
  'problem.replay.operatorsOnly': 'لا يعيد عمليات التسليم إلا المشغّلون.',
  'problem.replay.notDead': 'حالة هذا التسليم {status}؛ لا يُعاد إلا التسليم الميت.',
  'problem.sentMail.operatorsOnly': 'لا يقرأ البريد الذي احتفظ به Herald إلا المشغّلون.',
  'problem.sentMail.orgAdminsOnly': 'لا يقرأ البريد المرسل إلى أشخاص المؤسسة إلا مسؤولوها.',
  'problem.unsubscribe.badLink':
    'ليس رابط إلغاء اشتراك صالحًا؛ ربما قُطع أو غُيّر. استخدم الرابط من البريد، أو غيّر تفضيلاتك بعد تسجيل الدخول.',
  'problem.webhooks.orgAdminsOnly': 'لا يدير الويب هوك الخاصة بالمستأجر إلا مسؤولو مؤسسته.',
  'problem.services.unknownList': 'يحتوي على خدمات غير معروفة {unknown}',
  'problem.incidents.operatorsOpen': 'لا يفتح الحوادث والتنبيهات إلا المشغّلون.',
  'problem.subscribers.operatorsOnly': 'لا يرى مشتركي صفحة الحالة إلا المشغّلون.',
  'problem.calendar.orgAdminsOnly': 'لا ينشئ عنوان URL لتقويم المستأجر إلا مسؤولو مؤسسته.',
  'problem.calendar.signIn':
    'أرسل رمز واجهة برمجة التطبيقات، أو استخدم عنوان URL للتقويم (مع رمزه) الذي أنشأه مسؤول المؤسسة.',
  'problem.maintenance.operatorsSchedule': 'لا يجدول الصيانة إلا المشغّلون.',
  'problem.auth.badToken': 'رمز واجهة برمجة التطبيقات غير معروف أو منتهٍ أو مُبطل.',
  'problem.widgets.noRegion': 'لا توجد منطقة "{region}" في صفحة الحالة.',
  'problem.widgets.regionField': 'ليست منطقة معروضة في صفحة الحالة (استخدم رمزها، مثل EUR)',
  'problem.widgets.noService':
    'لا توجد خدمة "{service}"{region, select, other { في المنطقة {region}} none {}} في صفحة الحالة.',
  'problem.widgets.serviceField': 'ليست خدمة معروضة في صفحة الحالة (استخدم معرّفها كما في components.json)',
  'problem.live.signIn': 'سجّل الدخول لمتابعة التغييرات مباشرة.',
  'problem.metrics.token': 'يحتاج GET /metrics إلى "{header}".',
  'problem.status.preparing': 'يجري إعداد الحالة؛ حاول مجددًا بعد بضع ثوانٍ.',
  'problem.status.noComponent': 'لا يوجد مكوّن "{id}" في صفحة الحالة.',
  'problem.status.componentField': 'ليس معرّف مكوّن أو مجموعة مناطق في components.json',
  'problem.finiteNumber': 'يجب أن يكون رقمًا محدودًا',
  'problem.nulCharacter': 'يجب ألا يحتوي على محرف NUL',
  'problem.environments.operatorsCreate': 'لا ينشئ البيئات إلا المشغّلون.',
  'problem.environments.urlTaken': 'توجد بيئة لها عنوان URL ‏{url} بالفعل.',
  'problem.environments.earlyAccessOrgAdmins': 'لا يبدّل الوصول المبكر إلا مسؤولو مؤسسة المستأجر.',
  'problem.environments.operatorsChange': 'لا يغيّر البيئة إلا المشغّلون؛ ويمكن لمسؤولي المؤسسة تبديل الوصول المبكر.',
  'problem.operators.operatorsOnly': 'لا يدير المشغّلين إلا المشغّلون.',
  'problem.operators.already':
    '{email} مشغّل بالفعل؛ يمنحه ‎`herald operator link --email {email}` رابط تسجيل دخول جديدًا.',
  'problem.operators.last': '{email} هو المشغّل الوحيد؛ أضف مشغّلًا آخر قبل إزالته.',
  'problem.people.emailTaken': 'يوجد شخص بالبريد الإلكتروني {email} بالفعل.',
  'problem.people.operatorsCreate': 'لا ينشئ الأشخاص إلا المشغّلون؛ ويضيف مسؤولو المؤسسة مستلمين إضافيين.',
  'problem.people.ownProfile': 'يغيّر كل شخص ملفه الشخصي؛ ويغيّر المشغّلون ملف أي شخص.',
  'problem.people.environmentRequired': 'مطلوب {role, select, member {للعضو} other {لمسؤول النظام}}',
  'problem.people.tenantRequired': 'مطلوب للدور {role}',
  'problem.people.roleTaken': 'لدى هذا الشخص الدور {role} هناك بالفعل.',
  'problem.people.orgAdminsAdd': 'يضيف مسؤولو المؤسسة مستلمين إضافيين؛ ويمنح المشغّلون الأدوار الأخرى.',
  'problem.people.orgAdminsRemove': 'يزيل مسؤولو المؤسسة المستلمين الإضافيين؛ ويزيل المشغّلون الأدوار الأخرى.',
  'problem.people.categoryRequired': 'يجب أن يذكر فئة واحدة على الأقل',
  'problem.people.alreadyRecipient': 'يتلقى {email} بريد هذا المستأجر بالفعل؛ أزله أولًا لتغيير فئاته.',
  'problem.people.orgAdminsRecipients': 'لا يدير من يتلقى البريد أيضًا إلا مسؤولو المؤسسة.',
  'problem.regions.operatorsOnly': 'لا يغيّر المناطق إلا المشغّلون.',
  'problem.regions.unknownStation': 'ليست محطة؛ استخدم إحدى: {choices}',
  'problem.regions.operatorsStations': 'لا يغيّر المحطات إلا المشغّلون.',
  'problem.regions.pauseHours': 'يجب أن يكون عددًا صحيحًا من الساعات من 0 إلى 336',
  'problem.services.operatorsAdd': 'لا يضيف الخدمات إلا المشغّلون.',
  'problem.services.slug': 'يجب أن يتكون من أحرف صغيرة وأرقام وشرطات (power-apps)',
  'problem.services.idTaken': 'توجد خدمة بالمعرّف {id} بالفعل.',
  'problem.services.nameTaken': 'توجد خدمة باسم {name} بالفعل.',
  'problem.services.operatorsAddFeatures': 'لا يضيف الميزات إلا المشغّلون.',
  'problem.services.featureSlug': 'يجب أن يكون "{prefix}" متبوعًا بأحرف صغيرة وأرقام وشرطات',
  'problem.services.featureIdTaken': 'توجد ميزة بالمعرّف {id} بالفعل.',
  'problem.tenants.language': 'ليست لغة يتحدثها Herald ({choices})',
  'problem.tenants.operatorsCreate': 'لا ينشئ المستأجرين إلا المشغّلون.',
  'problem.tenants.domainTaken': 'يوجد مستأجر بالنطاق {domain} بالفعل.',
  'problem.tenants.operatorsChange': 'لا يغيّر المستأجر إلا المشغّلون.',
  'problem.identity.orgAdminsOnly': 'لا يدير تسجيل دخول المستأجر وتزويده إلا مسؤولو مؤسسته.',
  'problem.identity.domainRequired': 'يجب أن يذكر نطاقًا واحدًا على الأقل',
  'problem.identity.joinMode': 'يجب أن يكون "join" أو "approval"',
  'problem.identity.domainElsewhere': 'ينتمي {domain} إلى مؤسسة أخرى.',
  'problem.identity.groupRole': 'يجب أن يكون "org_admin" أو "system_admin"',
  'problem.identity.onlySystemAdmin': 'مخصص لـ system_admin فقط',
  'problem.identity.ruleTaken': 'تمنح هذه المجموعة هذا الدور بالفعل.',
  'problem.identity.notPending': 'هذا الشخص لا ينتظر الموافقة.',
  'problem.teams.operatorsOnly': 'لا يدير فرق المنتجات واستدعاءاتها إلا المشغّلون.',
  'problem.teams.routingKey': 'مطلوب مع الويب هوك (مفتاح تكامل PagerDuty)',
  'problem.teams.route': 'أو يلزم webhookUrl: لا يمكن استدعاء فريق بلا مسار مناوبة',
  'problem.teams.nameTaken': 'يوجد فريق بهذا الاسم بالفعل.',
  'problem.teams.acknowledged': 'أُقرّ بهذا الاستدعاء في {at}.',

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell

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

export default ar;
