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
  'report.title': 'تقرير ما بعد الحادث {id}: {title}',
  'report.status': '{published, select, yes {نُشر في {time}} other {مسودة — لم تُنشر}} · الخطورة: {severity}',
  'report.section.summary': 'الملخص',
  'report.section.userExperience': 'تجربة المستخدم',
  'report.section.startDateTime': 'تاريخ البدء ووقته',
  'report.section.resolutionDateTime': 'تاريخ الحل ووقته',
  'report.section.rootCause': 'السبب الجذري',
  'report.section.nextSteps': 'الخطوات التالية',
  'subscriber.language': 'لغة الرسائل',

  // server: problem details and the CLI

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.opening': 'جارٍ فتح Herald',
  'console.error.offline': 'تعذّر الوصول إلى Herald؛ تحقّق من الاتصال.',
  'console.error.unavailable': 'لم يتمكن Herald من الرد؛ حاول مرة أخرى بعد لحظات.',
  'console.label.status':
    '{value, select, serviceOperational {سليمة} investigating {قيد التحقيق} serviceDegradation {تراجع في الخدمة} serviceInterruption {انقطاع الخدمة} restoringService {جارٍ استعادة الخدمة} extendedRecovery {استعادة ممتدة} verifyingService {جارٍ التحقق من الخدمة} serviceRestored {تمت استعادة الخدمة} falsePositive {إنذار كاذب} postIncidentReviewPublished {نُشر تقرير ما بعد الحادث} other {{value}}}',
  'console.label.category':
    '{value, select, incident {الحوادث} advisory {التنبيهات} planned_maintenance {الصيانة المخططة} unplanned_maintenance {الصيانة غير المخططة} release {التحديثات والإصدارات} message_center {مركز الرسائل} lifecycle {البداية (السنة الأولى)} other {{value}}}',
  'console.label.messageCategory':
    '{value, select, preventOrFixIssue {منع المشكلات أو إصلاحها} planForChange {التخطيط للتغيير} stayInformed {البقاء على اطلاع} other {{value}}}',
  'console.label.role':
    '{value, select, operator {مشغّل} org_admin {مسؤول المؤسسة} system_admin {مسؤول النظام} additional_recipient {مستلم إضافي} member {عضو} other {{value}}}',
  'console.label.origin':
    '{value, select, microsoft {المزوّد} thirdParty {جهة خارجية} customer {مؤسستك} other {{value}}}',
  'console.label.symptom':
    '{value, select, pageNotFound {الصفحة غير موجودة (404)} cannotSignIn {تعذّر تسجيل الدخول} slowPerformance {بطء الأداء} errors {أخطاء} unavailable {غير متاحة} other {{value}}}',
  'console.label.postType':
    '{value, select, regular {تفاصيل إضافية} quick {تحديث سريع} strategic {ملخص} other {{value}}}',
  'console.label.eventType':
    '{value, select, incident_opened {فُتح حادث} incident_updated {حُدّث حادث} incident_scope_widened {وصل الحادث إلى أشخاص أكثر} incident_changed {تغيّرت تفاصيل الحادث} incident_restored {حادث: تمت استعادة الخدمة} incident_pir_published {نُشر تقرير ما بعد الحادث} incident_stale {حادث بلا تحديث} incident_pir_due {حان موعد تقرير ما بعد الحادث} maintenance_scheduled {جُدولت صيانة} maintenance_updated {تغيّرت صيانة} maintenance_cancelled {أُلغيت صيانة} maintenance_started {بدأت صيانة} maintenance_completed {اكتملت صيانة} maintenance_overran {تجاوزت الصيانة موعدها} maintenance_failed {فشلت صيانة} maintenance_unplanned {صيانة غير مخططة} release_region_scheduled {جُدول إصدار في منطقة} release_wave_enabled {فُعّلت موجة إصدار} message_published {نُشر منشور في مركز الرسائل} message_updated {حُدّث منشور في مركز الرسائل} message_action_due {إجراء مستحق في مركز الرسائل} message_digest {ملخص مركز الرسائل} message_shared {شورك منشور من مركز الرسائل} lifecycle_due {بريد البداية} directory_admins_requested {طُلب المسؤولون} webhook_endpoint_paused {أُوقف Webhook مؤقتًا} sla_claim_decided {بُتّ في مطالبة SLA} ticket_updated {حُدّثت تذكرة دعم} ticket_replied {ردّ على تذكرة دعم} subscriber_mail {بريد لمشتركي صفحة الحالة} team_page_acknowledged {أُقرّ استدعاء الفريق} team_page_resolved {حُلّ استدعاء الفريق} other {{value}}}',
  'console.label.value':
    '{value, select, pending {قيد الانتظار} approved {مقبولة} rejected {مرفوضة} active {نشط} paused {متوقف مؤقتًا} sent {أُرسل} failed {فشل، ستُعاد المحاولة} dead {فشل} suppressed {لم يُرسل (محجوب)} email {البريد الإلكتروني} webhook {Webhook} push {إشعار فوري} in_app {في وحدة التحكم} draft {مسودة} published {منشور} planned {مخططة} unplanned {غير مخططة} security {أمان} weekly {أسبوعية} wave {موجة} minor {طفيف} major {كبير} incident {حادث} advisory {تنبيه} other {{value}}}',

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
