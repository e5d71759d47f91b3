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

  // The console (src/web), one section per area; keys console.<area>.<name>.
  // console: shell
  'console.shell.documentTitle': '{title} · Herald',
  'console.shell.error.unexpected': 'حدث خطأ في وحدة التحكم؛ أعد تحميل الصفحة وحاول مرة أخرى.',
  'console.shell.fieldProblem': '{label}: {message}',
  'console.shell.problem.notSaved': 'لم يُحفظ أي شيء.',
  'console.shell.problem.notAllowed': 'غير مسموح.',
  'console.shell.problem.notFound': 'غير موجود.',
  'console.shell.problem.notChanged': 'لم يُغيَّر أي شيء.',
  'console.shell.problem.notSavedYet': 'لم يُحفظ أي شيء بعد.',
  'console.shell.problem.failed': 'لم تنجح العملية.',
  'console.shell.loading': 'جارٍ التحميل…',
  'console.shell.waitingFor': '{what}…',
  'console.shell.pages': 'التنقل بين الصفحات',
  'console.shell.newer': 'الأحدث',
  'console.shell.older': 'الأقدم',
  'console.shell.pageRange': '{first, number}–{last, number} من {total, number}',
  'console.shell.skipToContent': 'تخطَّ إلى المحتوى',
  'console.shell.menu': 'القائمة',
  'console.shell.home': 'Herald، الصفحة الرئيسية',
  'console.shell.roleChip':
    '{role, select, operator {مشغّل} tenantAdmin {مسؤول المستأجر} systemAdmin {مسؤول النظام} other {عضو}}',
  'console.shell.liveOn': 'التحديثات المباشرة مفعّلة',
  'console.shell.liveReconnecting': 'جارٍ إعادة توصيل التحديثات المباشرة',
  'console.shell.live': 'مباشر',
  'console.shell.offline': 'غير متصل',
  'console.shell.account': 'حسابك وإعداداتك',
  'console.shell.timesIn': 'الأوقات بتوقيت {zone}',
  'console.shell.theme': 'سمة الألوان',
  'console.shell.themeSystem': 'مثل الجهاز',
  'console.shell.themeLight': 'فاتح',
  'console.shell.themeDark': 'داكن',
  'console.shell.profileLink': 'الملف الشخصي واللغة والمنطقة الزمنية',
  'console.shell.preferencesLink': 'تفضيلات الإشعارات',
  'console.shell.signOut': 'تسجيل الخروج',
  'console.shell.mainNav': 'الرئيسية',
  'console.shell.organization': 'المؤسسة',
  'console.shell.nav':
    '{screen, select, overview {نظرة عامة} incidents {الحوادث} incidentTemplates {قوالب الحوادث} reports {تقارير ما بعد الحادث} maintenance {الصيانة} releases {الإصدارات وعمليات النشر} messageCenter {مركز الرسائل} rehearsal {التجربة} tickets {تذاكر الدعم} slaClaims {مطالبات SLA} teamPages {استدعاءات الفريق} subscribers {مشتركو صفحة الحالة} branding {هوية صفحة الحالة} tenants {المستأجرون} environments {البيئات} people {الأشخاص} regions {المناطق والمحطات} deliveryLog {سجل التسليم} sentMail {البريد المرسل} auditLog {سجل التدقيق} serviceHealth {صحة الخدمة} slaCredits {SLA والأرصدة} recipients {مستلمو البريد الإلكتروني} singleSignOn {تسجيل الدخول الأحادي} webhooks {Webhooks} findAdmin {البحث عن المسؤول} yourEnvironments {بيئاتك} whoIsMyAdmin {من هو المسؤول عني؟} other {{screen}}}',
  'console.shell.navGroup':
    '{group, select, serviceHealth {صحة الخدمة} changes {التغييرات} directory {الدليل} records {السجلات} organization {مؤسستك} other {{group}}}',
  'console.shell.notFound': 'الصفحة غير موجودة',
  'console.shell.notFoundHelp': 'لا توجد هذه الصفحة في وحدة التحكم، أو أنها ليست من صفحاتك. اختر صفحة من القائمة.',
  'console.shell.bellLabel':
    '{count, plural, zero {الإشعارات} one {الإشعارات، إشعار واحد غير مقروء} two {الإشعارات، إشعاران غير مقروءين} few {الإشعارات، # إشعارات غير مقروءة} many {الإشعارات، # إشعارًا غير مقروء} other {الإشعارات، # إشعار غير مقروء}}',
  'console.shell.bellOverflow': '{count, number}+',
  'console.shell.notifications': 'الإشعارات',
  'console.shell.markAllRead': 'تعليم الكل كمقروء',
  'console.shell.unreadMark': '(غير مقروء)',
  'console.shell.noNotifications': 'لا شيء بعد.',
  'console.shell.incident.public': 'عام',
  'console.shell.incident.endedUpdated': 'انتهى {ended} · حُدّث {updated}',
  'console.shell.incident.startedUpdated': 'بدأ {started} · حُدّث {updated}',
  'console.shell.incident.fact':
    '{fact, select, issueId {معرّف المشكلة} services {الخدمات} regions {المناطق} origin {المصدر} started {البداية} ended {النهاية} impact {التأثير} userExperience {تجربة المستخدم} workaround {الحل البديل} symptoms {الأعراض} other {{fact}}}',
  'console.shell.incident.servicesFeature': '{services} · {feature}',
  'console.shell.incident.stillGoingOn': 'لا يزال مستمرًا',
  'console.shell.incident.timeline': 'المخطط الزمني للتحديثات، الأحدث أولًا',
  'console.shell.incident.opened': 'الفتح',
  'console.shell.incident.postedSilently': 'نُشر دون إشعار',
  'console.shell.reason':
    '{value, select, org_admin {مسؤول المؤسسة} system_admin {مسؤول النظام} additional_recipient {مستلم إضافي} operator {مشغّل} member {عضو} listed {قارئ مُدرج} told_before {أُبلغ سابقًا} owning_team {الفريق المسؤول} subscribed {مشترك} webhook_dead {Webhook متعطل} other {{value}}}',
  'console.shell.audience.title': 'مَن سيُبلَّغ',
  'console.shell.audience.environments':
    '{count, plural, zero {لا بيئات} one {بيئة واحدة} two {بيئتان} few {# بيئات} many {# بيئة} other {# بيئة}}',
  'console.shell.audience.tenants':
    '{count, plural, zero {لا مستأجرين} one {مستأجر واحد} two {مستأجران} few {# مستأجرين} many {# مستأجرًا} other {# مستأجر}}',
  'console.shell.audience.orgAdmins':
    '{count, plural, zero {لا مسؤولي مؤسسة} one {مسؤول مؤسسة واحد} two {مسؤولا مؤسسة} few {# مسؤولي مؤسسة} many {# مسؤول مؤسسة} other {# مسؤول مؤسسة}}',
  'console.shell.audience.systemAdmins':
    '{count, plural, zero {لا مسؤولي نظام} one {مسؤول نظام واحد} two {مسؤولا نظام} few {# مسؤولي نظام} many {# مسؤول نظام} other {# مسؤول نظام}}',
  'console.shell.audience.people':
    '{count, plural, zero {لا أشخاص} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}',
  'console.shell.audience.andMore':
    '{names} و{count, plural, zero {لا أحد آخر} one {واحد آخر} two {اثنان آخران} few {# آخرين} many {# آخرًا} other {# آخر}}',
  'console.shell.audience.morePeople':
    '{count, plural, zero {ولا أحد آخر} one {وشخص واحد آخر} two {وشخصان آخران} few {و# أشخاص آخرين} many {و# شخصًا آخر} other {و# شخص آخر}}',
  'console.shell.uptime.summary':
    '{label}: {count, plural, zero {لم تُقَس أي فترة} one {فترة واحدة مُقاسة} two {فترتان مُقاستان} few {# فترات مُقاسة} many {# فترة مُقاسة} other {# فترة مُقاسة}}',
  'console.shell.uptime.summaryLowest':
    '{label}: {count, plural, zero {لم تُقَس أي فترة} one {فترة واحدة مُقاسة} two {فترتان مُقاستان} few {# فترات مُقاسة} many {# فترة مُقاسة} other {# فترة مُقاسة}}، وأدناها {lowest}',
  'console.shell.uptime.periodUp': '{period}: متاحة بنسبة {percent}',
  'console.shell.uptime.periodNotMeasured': '{period}: لم تُقَس',
  'console.shell.uptime.below': 'أقل من {value}',
  'console.shell.uptime.notMeasured': 'لم تُقَس',
  'console.shell.week.windowTitle': 'نافذة الخدمة في {region}: {start} – {end} ({zone})',
  'console.shell.week.workTitle': '{title} ({region}): {start} – {end}',
  'console.shell.week.caption': 'أسبوع {date}، بتوقيت {zone}.',
  'console.shell.week.serviceWindow': 'نافذة الخدمة',
  'console.shell.week.yourRegions': 'مناطقك',
  'console.shell.week.plannedWork': 'أعمال مخططة',
  'console.shell.markdown.hint': 'Markdown: **غامق**، _مائل_، - قوائم، [روابط](https://…)',
  'console.shell.markdown.previewOf': 'معاينة {label}',
  'console.shell.markdown.empty': 'تظهر المعاينة هنا.',
  'console.shell.markdown.preview': 'معاينة',
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
  'console.account.actions': 'الإجراءات',
  'console.account.signIn.title': 'تسجيل الدخول',
  'console.account.signIn.expired': 'انتهت جلستك؛ سجّل الدخول مرة أخرى للمتابعة.',
  'console.account.signIn.email': 'البريد الإلكتروني',
  'console.account.signIn.continueWith': 'المتابعة باستخدام {provider}',
  'console.account.signIn.password': 'كلمة المرور',
  'console.account.signIn.lookingUp': 'جارٍ البحث…',
  'console.account.signIn.continue': 'متابعة',
  'console.account.signIn.signingIn': 'جارٍ تسجيل الدخول…',
  'console.account.signIn.withPassword': 'تسجيل الدخول بكلمة المرور',
  'console.account.signIn.help':
    'لست مسؤولًا؟ <find>ابحث عن المسؤول عنك</find>. تبحث عن حالة الخدمة؟ راجع <status>صفحة الحالة العامة</status>.',
  'console.account.setPassword.title': 'اختر كلمة المرور',
  'console.account.setPassword.noToken':
    'تحتاج هذه الصفحة إلى الرابط الكامل الذي أُرسل إليك؛ افتحه مرة أخرى من الرسالة.',
  'console.account.setPassword.password': 'كلمة المرور الجديدة',
  'console.account.setPassword.hint': '12 حرفًا على الأقل. يعمل هذا الرابط مرة واحدة.',
  'console.account.setPassword.submit': 'تعيين كلمة المرور وتسجيل الدخول',
  'console.account.findAdmin.title': 'البحث عن المسؤول عنك',
  'console.account.findAdmin.intro': 'مَن تسأل عن كل بيئة من بيئاتك: مسؤولو النظام فيها أولًا، ثم مسؤولو مؤسستك.',
  'console.account.findAdmin.none': 'ليست لديك بيئات، لذا لا يوجد مسؤول لعرضه.',
  'console.account.findAdmin.systemAdmins': 'مسؤولو النظام',
  'console.account.findAdmin.orgAdmins': 'مسؤولو المؤسسة',
  'console.account.findAdmin.nobody': 'لا أحد',
  'console.account.findAdmin.byEmailIntro': 'أدخل بريدك الإلكتروني للعمل: سنرسل إليك مَن يدير بيئاتك.',
  'console.account.findAdmin.workEmail': 'البريد الإلكتروني للعمل',
  'console.account.findAdmin.send': 'أرسل إليّ القائمة',
  'console.account.findAdmin.signInHelp': '<signin>سجّل الدخول</signin> إذا كنت مسؤولًا.',
  'console.account.profile.title': 'الملف الشخصي',
  'console.account.profile.you': 'أنت',
  'console.account.profile.name': 'الاسم',
  'console.account.profile.language': 'اللغة',
  'console.account.profile.regionalFormat': 'التنسيق الإقليمي',
  'console.account.profile.formatExample': 'تظهر التواريخ والأرقام هكذا: {date}، {number}.',
  'console.account.profile.timeZone': 'المنطقة الزمنية',
  'console.account.profile.timeZoneHint': 'تُعرض كل الأوقات في Herald بها؛ الساعة الآن {time} هناك.',
  'console.account.profile.save': 'حفظ',
  'console.account.profile.saved': 'تم حفظ الملف الشخصي',
  'console.account.profile.roles': 'أدوارك',
  'console.account.sessions.title': 'أماكن تسجيل دخولك',
  'console.account.sessions.intro':
    '{hours, plural, zero {لا تدوم الجلسات أي ساعة.} one {تدوم الجلسات ساعة واحدة.} two {تدوم الجلسات ساعتين.} few {تدوم الجلسات # ساعات.} many {تدوم الجلسات # ساعة.} other {تدوم الجلسات # ساعة.}} أنهِ أي جلسة لا تعرفها؛ يؤدي تغيير كلمة المرور إلى إنهاء كل الجلسات عدا هذه.',
  'console.account.sessions.browser': 'المتصفح',
  'console.account.sessions.address': 'العنوان',
  'console.account.sessions.signedIn': 'تسجيل الدخول',
  'console.account.sessions.lastSeen': 'آخر نشاط',
  'console.account.sessions.unknown': 'غير معروف',
  'console.account.sessions.thisBrowser': 'هذا المتصفح',
  'console.account.sessions.endFrom': 'إنهاء الجلسة من {browser}',
  'console.account.sessions.endUnknown': 'إنهاء الجلسة من متصفح غير معروف',
  'console.account.sessions.end': 'إنهاء',
  'console.account.sessions.endOthers': 'إنهاء كل الجلسات الأخرى',
  'console.account.sessions.ended': 'انتهت الجلسة',
  'console.account.sessions.othersEnded': 'انتهت الجلسات الأخرى',
  'console.account.tokens.title': 'رموز API المميزة',
  'console.account.tokens.intro':
    'للبرامج النصية وعمليات التكامل: أرسله بالشكل <code>{header}</code>. يعمل باسمك وبصلاحياتك. راجع <docs>وثائق API</docs>.',
  'console.account.tokens.name': 'اسم الرمز المميز',
  'console.account.tokens.namePlaceholder': 'مثل: برنامج المراقبة النصي',
  'console.account.tokens.create':
    'إنشاء رمز مميز ({days, plural, zero {لا أيام} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}})',
  'console.account.tokens.copyNow': 'انسخه الآن؛ لن يُعرض مرة أخرى: <code>{secret}</code>',
  'console.account.tokens.none': 'لا توجد رموز مميزة.',
  'console.account.tokens.lastUsed': 'آخر استخدام',
  'console.account.tokens.expires': 'ينتهي في',
  'console.account.tokens.never': 'أبدًا',
  'console.account.tokens.revoke': 'إبطال',
  'console.account.tokens.revokeNamed': 'إبطال {name}',
  'console.account.tokens.revoked': 'تم إبطال الرمز المميز',
  'console.account.preferences.title': 'تفضيلات الإشعارات',
  'console.account.preferences.accountCategory': 'حسابك وطلباتك',
  'console.account.preferences.caption': 'القنوات لكل فئة',
  'console.account.preferences.category': 'الفئة',
  'console.account.preferences.channel':
    '{channel, select, email {البريد الإلكتروني} push {الإشعارات الفورية} in_app {في وحدة التحكم} other {{channel}}}',
  'console.account.preferences.cell':
    '{category} عبر {channel, select, email {البريد الإلكتروني} push {الإشعارات الفورية} in_app {وحدة التحكم} other {{channel}}}',
  'console.account.preferences.yourChoice': 'اختيارك',
  'console.account.preferences.defaultMajorOnly': 'الافتراضي: التغييرات الكبيرة فقط',
  'console.account.preferences.default': 'الافتراضي',
  'console.account.preferences.save': 'حفظ التفضيلات',
  'console.account.preferences.saved': 'تم حفظ التفضيلات',
  'console.account.preferences.backToDefaults': 'العودة إلى الإعدادات الافتراضية',
  'console.account.push.title': 'الإشعارات الفورية على أجهزتك',
  'console.account.push.intro':
    'ثبّت Herald على هاتفك (الإضافة إلى الشاشة الرئيسية) وفعّل الإشعارات الفورية هناك لتُبلَّغ أينما كنت.',
  'console.account.push.subscribe': 'تلقي الإشعارات الفورية على هذا الجهاز',
  'console.account.push.unsupported': 'لا يمكن لهذا المتصفح تلقي الإشعارات الفورية هنا (يلزم اتصال آمن ومتصفح يدعمها).',
  'console.account.push.none': 'لا يتلقى أي جهاز الإشعارات الفورية بعد.',
  'console.account.push.since': 'منذ {since}',
  'console.account.push.sinceDelivered': 'منذ {since} · آخر تسليم {delivered}',
  'console.account.push.stop': 'إيقاف',
  'console.account.push.subscribed': 'يتلقى هذا الجهاز الآن الإشعارات الفورية',
  'console.account.push.stopped': 'أُوقفت الإشعارات الفورية لذلك الجهاز',
  'console.account.push.blocked': 'الإشعارات محظورة لهذا الموقع في إعدادات المتصفح.',

  // console: logs
  'console.logs.audit.title': 'سجل التدقيق',
  'console.logs.audit.introOperator': 'كل تغيير أُجري في Herald، ومَن أجراه، وما كان عليه قبله وبعده.',
  'console.logs.audit.introTenant': 'التغييرات على {tenant}، ومَن أجراها، وما كان عليه قبلها وبعدها.',
  'console.logs.audit.action': 'الإجراء',
  'console.logs.audit.entityType': 'نوع العنصر',
  'console.logs.audit.example': 'مثل: {example}',
  'console.logs.audit.from': 'من',
  'console.logs.audit.to': 'إلى',
  'console.logs.audit.none': 'لا توجد إدخالات مطابقة.',
  'console.logs.audit.when': 'متى',
  'console.logs.audit.who': 'مَن',
  'console.logs.audit.what': 'ماذا',
  'console.logs.audit.change': 'التغيير',
  'console.logs.audit.entityNamed': '{type} «{name}»',
  'console.logs.audit.entityId': '{type} {id}',
  'console.logs.audit.beforeAfter': 'قبل وبعد',
  'console.logs.deliveryCount':
    '{status, select, sent {أُرسل: {count, number}} pending {قيد الانتظار: {count, number}} failed {متعثر: {count, number}} dead {متوقف: {count, number}} suppressed {محجوب: {count, number}} other {{status}: {count, number}}}',
  'console.logs.delivery.title': 'سجل التسليم',
  'console.logs.delivery.intro': 'ما الذي حدث، ومَن أُبلغ ولماذا، وهل وصله البلاغ.',
  'console.logs.delivery.event': 'الحدث',
  'console.logs.delivery.everyEvent': 'كل الأحداث',
  'console.logs.delivery.channel': 'القناة',
  'console.logs.delivery.everyChannel': 'كل القنوات',
  'console.logs.delivery.outcome': 'النتيجة',
  'console.logs.delivery.anyOutcome': 'أي نتيجة',
  'console.logs.delivery.noMatch': 'لا توجد أحداث تطابق عوامل التصفية هذه.',
  'console.logs.delivery.none': 'لا توجد أحداث.',
  'console.logs.delivery.when': 'متى',
  'console.logs.delivery.rule': 'القاعدة',
  'console.logs.delivery.deliveries': 'عمليات التسليم',
  'console.logs.delivery.deliveriesOn': 'عمليات التسليم ({channel})',
  'console.logs.delivery.nobody': 'لا يُبلَّغ أحد',
  'console.logs.delivery.silent': 'نُشر دون إشعار',
  'console.logs.delivery.replayed': 'أُعيدت جدولة عمليات التسليم المتوقفة',
  'console.logs.delivery.replayDead':
    '{count, plural, zero {لا شيء لإعادة إرساله} one {إعادة إرسال تسليم متوقف واحد} two {إعادة إرسال تسليمين متوقفين} few {إعادة إرسال # تسليمات متوقفة} many {إعادة إرسال # تسليمًا متوقفًا} other {إعادة إرسال # تسليم متوقف}}',
  'console.logs.delivery.decision': '{rule}: {description}',
  'console.logs.delivery.silentNote': 'نُشر دون إشعار: حُجبت كل عمليات التسليم ولم يُرسل أي شيء.',
  'console.logs.delivery.whichDeliveries': 'أي عمليات التسليم',
  'console.logs.delivery.tab':
    '{status, select, all {الكل} sent {المرسلة} pending {قيد الانتظار} failed {المتعثرة} dead {المتوقفة} suppressed {المحجوبة} other {{status}}}',
  'console.logs.delivery.noDeliveries': 'لا توجد عمليات تسليم هنا.',
  'console.logs.delivery.recipient': 'المستلم',
  'console.logs.delivery.why': 'السبب',
  'console.logs.delivery.status': 'الحالة',
  'console.logs.delivery.attempts': 'المحاولات',
  'console.logs.delivery.nextTry': 'المحاولة التالية {when}',
  'console.logs.delivery.replay': 'إعادة الإرسال',
  'console.logs.delivery.history': 'السجل',
  'console.logs.delivery.attemptOk': '{time}: سُلّم',
  'console.logs.delivery.attemptFailed': '{time}: {error}',
  'console.logs.mail.title': 'البريد المرسل',
  'console.logs.mail.introKept': 'عند عدم تكوين خادم SMTP (SMTP_URL)، يحتفظ Herald هنا بالبريد الذي كان سيرسله.',
  'console.logs.mail.to': 'إلى',
  'console.logs.mail.noneKept': 'لا يوجد بريد محفوظ.',
  'console.logs.mail.toAt': 'إلى {to}، {time}',
  'console.logs.mail.introTenant':
    'البريد الذي أرسله Herald إلى أشخاص {tenant} والمستلمين الإضافيين، الأحدث أولًا، وهل وصل.',
  'console.logs.mail.exactAddress': 'عنوان مطابق تمامًا',
  'console.logs.mail.about': 'بخصوص',
  'console.logs.mail.noMatch': 'لا يوجد بريد يطابق عوامل التصفية هذه.',
  'console.logs.mail.noneTo': 'لا يوجد بريد إلى {to}.',
  'console.logs.mail.noneYet': 'لم يُرسل أي بريد بعد.',
  'console.logs.mail.toAddress': 'إلى {to}',
  'console.logs.mail.as': 'بصفته {reason}',
  'console.logs.mail.whoElse': 'مَن أُبلغ أيضًا',
  'console.logs.mail.readIt': 'قراءته',

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
