// Which screens a person has, and where: one table for the URL, the navigation and the role.
// Operators run the service; tenant admins read about theirs. A screen appears in the navigation
// when it has a label.
import { lazy, type ReactNode } from 'react';
import type { NavItem } from './components/Shell';
import { Empty, Page } from './components/ui';
import { useT, type Translate } from './lib/i18n';
import { matchPath } from './lib/router';
import { isMemberOnly, type Me } from './lib/session';
// The sign-in screen shows the find-your-admin form before anyone signs in, so this module is in the
// main chunk already (app.tsx); a lazy import of it would load nothing later.
import { FindAdminScreen } from './screens/FindAdmin';

// Every screen is its own chunk, loaded when first opened, so the first screen downloads only
// the shell and itself (bench/console.ts measures it).
const loadAuditLog = () => import('./screens/AuditLog');
const AuditLogScreen = lazy(() => loadAuditLog().then((m) => ({ default: m.AuditLogScreen })));
const loadDeliveryLog = () => import('./screens/DeliveryLog');
const DeliveryLogScreen = lazy(() => loadDeliveryLog().then((m) => ({ default: m.DeliveryLogScreen })));
const EventDeliveriesScreen = lazy(() => loadDeliveryLog().then((m) => ({ default: m.EventDeliveriesScreen })));
const SentMailScreen = lazy(() => loadDeliveryLog().then((m) => ({ default: m.SentMailScreen })));
const loadMaintenanceParts = () => import('./screens/maintenance/parts');
const MaintenanceScreen = lazy(() => loadMaintenanceParts().then((m) => ({ default: m.MaintenanceScreen })));
const loadPlannerMaintenance = () => import('./screens/maintenance/Planner');
const MaintenancePlannerScreen = lazy(() =>
  loadPlannerMaintenance().then((m) => ({ default: m.MaintenancePlannerScreen })),
);
const NewMaintenanceScreen = lazy(() => loadPlannerMaintenance().then((m) => ({ default: m.NewMaintenanceScreen })));
const loadScheduleMaintenance = () => import('./screens/maintenance/Schedule');
const MaintenanceScheduleScreen = lazy(() =>
  loadScheduleMaintenance().then((m) => ({ default: m.MaintenanceScheduleScreen })),
);
const loadPreferences = () => import('./screens/Preferences');
const PreferencesScreen = lazy(() => loadPreferences().then((m) => ({ default: m.PreferencesScreen })));
const loadRolloutsReleases = () => import('./screens/releases/Rollouts');
const ReleasesScreen = lazy(() => loadRolloutsReleases().then((m) => ({ default: m.ReleasesScreen })));
const RolloutScreen = lazy(() => loadRolloutsReleases().then((m) => ({ default: m.RolloutScreen })));
const loadWebhooksTenant = () => import('./screens/tenant/Webhooks');
const WebhooksScreen = lazy(() => loadWebhooksTenant().then((m) => ({ default: m.WebhooksScreen })));
const loadIncidentEditorIncidents = () => import('./screens/incidents/IncidentEditor');
const IncidentEditorScreen = lazy(() =>
  loadIncidentEditorIncidents().then((m) => ({ default: m.IncidentEditorScreen })),
);
const loadIncidentsIncidents = () => import('./screens/incidents/Incidents');
const IncidentsScreen = lazy(() => loadIncidentsIncidents().then((m) => ({ default: m.IncidentsScreen })));
const loadNewIncidentIncidents = () => import('./screens/incidents/NewIncident');
const NewIncidentScreen = lazy(() => loadNewIncidentIncidents().then((m) => ({ default: m.NewIncidentScreen })));
const loadReportsIncidents = () => import('./screens/incidents/Reports');
const ReportEditorScreen = lazy(() => loadReportsIncidents().then((m) => ({ default: m.ReportEditorScreen })));
const ReportsScreen = lazy(() => loadReportsIncidents().then((m) => ({ default: m.ReportsScreen })));
const loadReaderMessages = () => import('./screens/messages/Reader');
const MessageCenterScreen = lazy(() => loadReaderMessages().then((m) => ({ default: m.MessageCenterScreen })));
const MessageScreen = lazy(() => loadReaderMessages().then((m) => ({ default: m.MessageScreen })));
const loadOverviewOperator = () => import('./screens/operator/Overview');
const OverviewScreen = lazy(() => loadOverviewOperator().then((m) => ({ default: m.OverviewScreen })));
const loadQueuesOperator = () => import('./screens/operator/Queues');
const SlaClaimsScreen = lazy(() => loadQueuesOperator().then((m) => ({ default: m.SlaClaimsScreen })));
const TicketsQueueScreen = lazy(() => loadQueuesOperator().then((m) => ({ default: m.TicketsQueueScreen })));
const loadDashboardTenant = () => import('./screens/tenant/Dashboard');
const DashboardScreen = lazy(() => loadDashboardTenant().then((m) => ({ default: m.DashboardScreen })));
const loadIssueTenant = () => import('./screens/tenant/Issue');
const IssueScreen = lazy(() => loadIssueTenant().then((m) => ({ default: m.IssueScreen })));
const loadSlaTenant = () => import('./screens/tenant/Sla');
const SlaScreen = lazy(() => loadSlaTenant().then((m) => ({ default: m.SlaScreen })));
const loadTicketsTenant = () => import('./screens/tenant/Tickets');
const TicketsScreen = lazy(() => loadTicketsTenant().then((m) => ({ default: m.TicketsScreen })));
const loadEnvironmentsDirectory = () => import('./screens/directory/Environments');
const EnvironmentsDirectoryScreen = lazy(() =>
  loadEnvironmentsDirectory().then((m) => ({ default: m.EnvironmentsDirectoryScreen })),
);
const loadPeopleDirectory = () => import('./screens/directory/People');
const PeopleScreen = lazy(() => loadPeopleDirectory().then((m) => ({ default: m.PeopleScreen })));
const PersonDetailScreen = lazy(() => loadPeopleDirectory().then((m) => ({ default: m.PersonDetailScreen })));
const loadRegionsDirectory = () => import('./screens/directory/Regions');
const RegionsScreen = lazy(() => loadRegionsDirectory().then((m) => ({ default: m.RegionsScreen })));
const loadTenantDetailDirectory = () => import('./screens/directory/TenantDetail');
const TenantDetailScreen = lazy(() => loadTenantDetailDirectory().then((m) => ({ default: m.TenantDetailScreen })));
const loadTenantsDirectory = () => import('./screens/directory/Tenants');
const TenantsScreen = lazy(() => loadTenantsDirectory().then((m) => ({ default: m.TenantsScreen })));
const loadProfile = () => import('./screens/Profile');
const Profile = lazy(() => loadProfile().then((m) => ({ default: m.Profile })));
const loadEnvironmentsTenant = () => import('./screens/tenant/Environments');
const EnvironmentsScreen = lazy(() => loadEnvironmentsTenant().then((m) => ({ default: m.EnvironmentsScreen })));
const loadRecipientsTenant = () => import('./screens/tenant/Recipients');
const RecipientsScreen = lazy(() => loadRecipientsTenant().then((m) => ({ default: m.RecipientsScreen })));
const loadSingleSignOnTenant = () => import('./screens/tenant/SingleSignOn');
const SingleSignOnScreen = lazy(() => loadSingleSignOnTenant().then((m) => ({ default: m.SingleSignOnScreen })));
const TenantSentMailScreen = lazy(() => loadDeliveryLog().then((m) => ({ default: m.TenantSentMailScreen })));
const loadTemplatesIncidents = () => import('./screens/incidents/Templates');
const IncidentTemplatesScreen = lazy(() =>
  loadTemplatesIncidents().then((m) => ({ default: m.IncidentTemplatesScreen })),
);
const loadBrandingOperator = () => import('./screens/operator/Branding');
const BrandingScreen = lazy(() => loadBrandingOperator().then((m) => ({ default: m.BrandingScreen })));
const loadSubscribersOperator = () => import('./screens/operator/Subscribers');
const SubscribersScreen = lazy(() => loadSubscribersOperator().then((m) => ({ default: m.SubscribersScreen })));
const loadPagesOperator = () => import('./screens/operator/Pages');
const PagesScreen = lazy(() => loadPagesOperator().then((m) => ({ default: m.PagesScreen })));
const loadRehearsalOperator = () => import('./screens/operator/Rehearsal');
const RehearsalScreen = lazy(() => loadRehearsalOperator().then((m) => ({ default: m.RehearsalScreen })));
const loadMemberHome = () => import('./screens/member/Home');
const MemberHomeScreen = lazy(() => loadMemberHome().then((m) => ({ default: m.MemberHomeScreen })));
const loadTicketPage = () => import('./screens/tickets/TicketPage');
const TicketScreen = lazy(() => loadTicketPage().then((m) => ({ default: m.TicketScreen })));

// The composer brings the Markdown renderer and the policy table: loaded only when an operator opens it.
const composer = () => import('./screens/messages/Composer');
const MessagesAdminScreen = lazy(() => composer().then((m) => ({ default: m.MessagesAdminScreen })));
const NewMessageScreen = lazy(() => composer().then((m) => ({ default: m.NewMessageScreen })));
const MessageEditScreen = lazy(() => composer().then((m) => ({ default: m.MessageEditScreen })));

/**
 * Who a screen is for. A member (an end user, no admin role) has the small view only: their
 * environments and who their admin is, and their own profile and preferences.
 */
type Audience = 'operator' | 'tenant' | 'orgAdmin' | 'member' | 'staff' | 'everyone';

interface Screen {
  path: string;
  for: Audience;
  /** Its name in the navigation and the heading it is under (null: none), as options of console.shell.nav*. */
  nav?: { screen: string; group: string | null };
  render(params: Record<string, string>): ReactNode;
}

const SCREENS: Screen[] = [
  // Operators
  { path: '/', for: 'operator', nav: { screen: 'overview', group: null }, render: () => <OverviewScreen /> },
  {
    path: '/incidents',
    for: 'operator',
    nav: { screen: 'incidents', group: 'serviceHealth' },
    render: () => <IncidentsScreen />,
  },
  { path: '/incidents/new', for: 'operator', render: () => <NewIncidentScreen /> },
  {
    path: '/incidents/templates',
    for: 'operator',
    nav: { screen: 'incidentTemplates', group: 'serviceHealth' },
    render: () => <IncidentTemplatesScreen />,
  },
  { path: '/incidents/:id', for: 'operator', render: (p) => <IncidentEditorScreen id={p.id!} /> },
  // The links Herald writes into mail and notifications (src/app/serviceHealth/incidentEvents.ts).
  { path: '/service-health/incidents/:id', for: 'operator', render: (p) => <IncidentEditorScreen id={p.id!} /> },
  { path: '/incidents/:id/report', for: 'operator', render: (p) => <ReportEditorScreen id={p.id!} /> },
  {
    path: '/reports',
    for: 'operator',
    nav: { screen: 'reports', group: 'serviceHealth' },
    render: () => <ReportsScreen />,
  },
  {
    path: '/maintenance',
    for: 'operator',
    nav: { screen: 'maintenance', group: 'changes' },
    render: () => <MaintenancePlannerScreen />,
  },
  { path: '/maintenance/new', for: 'operator', render: () => <NewMaintenanceScreen /> },
  {
    path: '/releases',
    for: 'operator',
    nav: { screen: 'releases', group: 'changes' },
    render: () => <ReleasesScreen />,
  },
  { path: '/rollouts/:id', for: 'operator', render: (p) => <RolloutScreen id={p.id!} /> },
  {
    path: '/messages',
    for: 'operator',
    nav: { screen: 'messageCenter', group: 'changes' },
    render: () => <MessagesAdminScreen />,
  },
  { path: '/messages/new', for: 'operator', render: () => <NewMessageScreen /> },
  {
    path: '/rehearsal',
    for: 'operator',
    nav: { screen: 'rehearsal', group: 'changes' },
    render: () => <RehearsalScreen />,
  },
  { path: '/messages/:id', for: 'operator', render: (p) => <MessageEditScreen id={p.id!} /> },
  {
    path: '/tickets',
    for: 'operator',
    nav: { screen: 'tickets', group: 'serviceHealth' },
    render: () => <TicketsQueueScreen />,
  },
  {
    path: '/sla-claims',
    for: 'operator',
    nav: { screen: 'slaClaims', group: 'serviceHealth' },
    render: () => <SlaClaimsScreen />,
  },
  {
    path: '/pages',
    for: 'operator',
    nav: { screen: 'teamPages', group: 'serviceHealth' },
    render: () => <PagesScreen />,
  },
  {
    path: '/subscribers',
    for: 'operator',
    nav: { screen: 'subscribers', group: 'serviceHealth' },
    render: () => <SubscribersScreen />,
  },
  { path: '/service-health/sla', for: 'operator', render: () => <SlaClaimsScreen /> },
  {
    path: '/status-branding',
    for: 'operator',
    nav: { screen: 'branding', group: 'serviceHealth' },
    render: () => <BrandingScreen />,
  },
  {
    path: '/directory/tenants',
    for: 'operator',
    nav: { screen: 'tenants', group: 'directory' },
    render: () => <TenantsScreen />,
  },
  { path: '/directory/tenants/:id', for: 'operator', render: (p) => <TenantDetailScreen id={p.id!} /> },
  {
    path: '/directory/environments',
    for: 'operator',
    nav: { screen: 'environments', group: 'directory' },
    render: () => <EnvironmentsDirectoryScreen />,
  },
  {
    path: '/directory/people',
    for: 'operator',
    nav: { screen: 'people', group: 'directory' },
    render: () => <PeopleScreen />,
  },
  { path: '/directory/people/:id', for: 'operator', render: (p) => <PersonDetailScreen id={p.id!} /> },
  {
    path: '/directory/regions',
    for: 'operator',
    nav: { screen: 'regions', group: 'directory' },
    render: () => <RegionsScreen />,
  },
  {
    path: '/deliveries',
    for: 'operator',
    nav: { screen: 'deliveryLog', group: 'records' },
    render: () => <DeliveryLogScreen />,
  },
  { path: '/deliveries/:id', for: 'staff', render: (p) => <EventDeliveriesScreen id={p.id!} /> },
  {
    path: '/sent-mail',
    for: 'operator',
    nav: { screen: 'sentMail', group: 'records' },
    render: () => <SentMailScreen />,
  },
  { path: '/audit', for: 'operator', nav: { screen: 'auditLog', group: 'records' }, render: () => <AuditLogScreen /> },

  // Tenant admins
  { path: '/', for: 'tenant', nav: { screen: 'serviceHealth', group: null }, render: () => <DashboardScreen /> },
  { path: '/service-health/incidents/:id', for: 'tenant', render: (p) => <IssueScreen id={p.id!} /> },
  {
    path: '/messages',
    for: 'tenant',
    nav: { screen: 'messageCenter', group: null },
    render: () => <MessageCenterScreen />,
  },
  { path: '/messages/:id', for: 'tenant', render: (p) => <MessageScreen id={p.id!} /> },
  { path: '/tickets', for: 'tenant', nav: { screen: 'tickets', group: null }, render: () => <TicketsScreen /> },
  {
    path: '/maintenance',
    for: 'tenant',
    nav: { screen: 'maintenance', group: null },
    render: () => <MaintenanceScheduleScreen />,
  },
  {
    path: '/service-health/sla',
    for: 'tenant',
    nav: { screen: 'slaCredits', group: null },
    render: () => <SlaScreen />,
  },
  {
    path: '/environments',
    for: 'tenant',
    nav: { screen: 'environments', group: 'organization' },
    render: () => <EnvironmentsScreen />,
  },
  {
    path: '/recipients',
    for: 'orgAdmin',
    nav: { screen: 'recipients', group: 'organization' },
    render: () => <RecipientsScreen />,
  },
  {
    path: '/single-sign-on',
    for: 'orgAdmin',
    nav: { screen: 'singleSignOn', group: 'organization' },
    render: () => <SingleSignOnScreen />,
  },
  {
    path: '/webhooks',
    for: 'orgAdmin',
    nav: { screen: 'webhooks', group: 'organization' },
    render: () => <WebhooksScreen />,
  },
  { path: '/tenants/:tenantId/webhooks/:id', for: 'orgAdmin', render: (p) => <WebhooksScreen focus={p.id} /> },
  {
    path: '/find-admin',
    for: 'tenant',
    nav: { screen: 'findAdmin', group: 'organization' },
    render: () => <FindAdminScreen />,
  },
  {
    path: '/deliveries',
    for: 'orgAdmin',
    nav: { screen: 'deliveryLog', group: 'organization' },
    render: () => <DeliveryLogScreen />,
  },
  {
    path: '/sent-mail',
    for: 'orgAdmin',
    nav: { screen: 'sentMail', group: 'organization' },
    render: () => <TenantSentMailScreen />,
  },
  {
    path: '/audit',
    for: 'orgAdmin',
    nav: { screen: 'auditLog', group: 'organization' },
    render: () => <AuditLogScreen />,
  },

  // Members
  { path: '/', for: 'member', nav: { screen: 'yourEnvironments', group: null }, render: () => <MemberHomeScreen /> },
  {
    path: '/find-admin',
    for: 'member',
    nav: { screen: 'whoIsMyAdmin', group: null },
    render: () => <FindAdminScreen />,
  },

  { path: '/maintenance/:id', for: 'staff', render: (p) => <MaintenanceScreen id={p.id!} /> },
  // The ticket page, for the tenant's people and operators; the link in ticket mail.
  { path: '/tickets/:id', for: 'staff', render: (p) => <TicketScreen id={p.id!} /> },
  { path: '/preferences', for: 'everyone', render: () => <PreferencesScreen /> },
  { path: '/profile', for: 'everyone', render: () => <Profile /> },
];

function fits(me: Me, audience: Audience): boolean {
  switch (audience) {
    case 'operator':
      return me.isOperator;
    case 'tenant':
      return !me.isOperator && !isMemberOnly(me);
    case 'orgAdmin':
      return !me.isOperator && me.orgAdminOf.length > 0;
    case 'member':
      return isMemberOnly(me);
    case 'staff':
      return !isMemberOnly(me);
    case 'everyone':
      return true;
  }
}

/** The person's navigation, in their language. */
export function navFor(me: Me, t: Translate): NavItem[] {
  return SCREENS.filter((s) => s.nav && fits(me, s.for)).map((s) => ({
    path: s.path,
    label: t('console.shell.nav', { screen: s.nav!.screen }),
    group: s.nav!.group === null ? null : t('console.shell.navGroup', { group: s.nav!.group }),
  }));
}

export function resolveScreen(me: Me, path: string): ReactNode {
  for (const s of SCREENS) {
    if (!fits(me, s.for)) continue;
    const params = matchPath(s.path, path);
    if (params) return s.render(params);
  }
  return <NotFound />;
}

function NotFound() {
  const t = useT();
  return (
    <Page title={t('console.shell.notFound')}>
      <Empty>{t('console.shell.notFoundHelp')}</Empty>
    </Page>
  );
}
