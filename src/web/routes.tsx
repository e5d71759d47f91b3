// Which screens a person has, and where: one table for the URL, the navigation and the role.
// Operators run the service; tenant admins read about theirs. A screen appears in the navigation
// when it has a label.
import { lazy, type ReactNode } from 'react';
import type { NavItem } from './components/Shell';
import { Empty, Page } from './components/ui';
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
  nav?: { label: string; group: string };
  render(params: Record<string, string>): ReactNode;
}

const SCREENS: Screen[] = [
  // Operators
  { path: '/', for: 'operator', nav: { label: 'Overview', group: '' }, render: () => <OverviewScreen /> },
  {
    path: '/incidents',
    for: 'operator',
    nav: { label: 'Incidents', group: 'Service health' },
    render: () => <IncidentsScreen />,
  },
  { path: '/incidents/new', for: 'operator', render: () => <NewIncidentScreen /> },
  {
    path: '/incidents/templates',
    for: 'operator',
    nav: { label: 'Incident templates', group: 'Service health' },
    render: () => <IncidentTemplatesScreen />,
  },
  { path: '/incidents/:id', for: 'operator', render: (p) => <IncidentEditorScreen id={p.id!} /> },
  // The links Herald writes into mail and notifications (src/app/serviceHealth/incidentEvents.ts).
  { path: '/service-health/incidents/:id', for: 'operator', render: (p) => <IncidentEditorScreen id={p.id!} /> },
  { path: '/incidents/:id/report', for: 'operator', render: (p) => <ReportEditorScreen id={p.id!} /> },
  {
    path: '/reports',
    for: 'operator',
    nav: { label: 'Post-incident reports', group: 'Service health' },
    render: () => <ReportsScreen />,
  },
  {
    path: '/maintenance',
    for: 'operator',
    nav: { label: 'Maintenance', group: 'Changes' },
    render: () => <MaintenancePlannerScreen />,
  },
  { path: '/maintenance/new', for: 'operator', render: () => <NewMaintenanceScreen /> },
  {
    path: '/releases',
    for: 'operator',
    nav: { label: 'Releases and rollouts', group: 'Changes' },
    render: () => <ReleasesScreen />,
  },
  { path: '/rollouts/:id', for: 'operator', render: (p) => <RolloutScreen id={p.id!} /> },
  {
    path: '/messages',
    for: 'operator',
    nav: { label: 'Message Center', group: 'Changes' },
    render: () => <MessagesAdminScreen />,
  },
  { path: '/messages/new', for: 'operator', render: () => <NewMessageScreen /> },
  {
    path: '/rehearsal',
    for: 'operator',
    nav: { label: 'Rehearsal', group: 'Changes' },
    render: () => <RehearsalScreen />,
  },
  { path: '/messages/:id', for: 'operator', render: (p) => <MessageEditScreen id={p.id!} /> },
  {
    path: '/tickets',
    for: 'operator',
    nav: { label: 'Support tickets', group: 'Service health' },
    render: () => <TicketsQueueScreen />,
  },
  {
    path: '/sla-claims',
    for: 'operator',
    nav: { label: 'SLA claims', group: 'Service health' },
    render: () => <SlaClaimsScreen />,
  },
  {
    path: '/pages',
    for: 'operator',
    nav: { label: 'Team pages', group: 'Service health' },
    render: () => <PagesScreen />,
  },
  {
    path: '/subscribers',
    for: 'operator',
    nav: { label: 'Status subscribers', group: 'Service health' },
    render: () => <SubscribersScreen />,
  },
  { path: '/service-health/sla', for: 'operator', render: () => <SlaClaimsScreen /> },
  {
    path: '/status-branding',
    for: 'operator',
    nav: { label: 'Status page branding', group: 'Service health' },
    render: () => <BrandingScreen />,
  },
  {
    path: '/directory/tenants',
    for: 'operator',
    nav: { label: 'Tenants', group: 'Directory' },
    render: () => <TenantsScreen />,
  },
  { path: '/directory/tenants/:id', for: 'operator', render: (p) => <TenantDetailScreen id={p.id!} /> },
  {
    path: '/directory/environments',
    for: 'operator',
    nav: { label: 'Environments', group: 'Directory' },
    render: () => <EnvironmentsDirectoryScreen />,
  },
  {
    path: '/directory/people',
    for: 'operator',
    nav: { label: 'People', group: 'Directory' },
    render: () => <PeopleScreen />,
  },
  { path: '/directory/people/:id', for: 'operator', render: (p) => <PersonDetailScreen id={p.id!} /> },
  {
    path: '/directory/regions',
    for: 'operator',
    nav: { label: 'Regions and stations', group: 'Directory' },
    render: () => <RegionsScreen />,
  },
  {
    path: '/deliveries',
    for: 'operator',
    nav: { label: 'Delivery log', group: 'Records' },
    render: () => <DeliveryLogScreen />,
  },
  { path: '/deliveries/:id', for: 'staff', render: (p) => <EventDeliveriesScreen id={p.id!} /> },
  {
    path: '/sent-mail',
    for: 'operator',
    nav: { label: 'Sent mail', group: 'Records' },
    render: () => <SentMailScreen />,
  },
  { path: '/audit', for: 'operator', nav: { label: 'Audit log', group: 'Records' }, render: () => <AuditLogScreen /> },

  // Tenant admins
  { path: '/', for: 'tenant', nav: { label: 'Service health', group: '' }, render: () => <DashboardScreen /> },
  { path: '/service-health/incidents/:id', for: 'tenant', render: (p) => <IssueScreen id={p.id!} /> },
  {
    path: '/messages',
    for: 'tenant',
    nav: { label: 'Message Center', group: '' },
    render: () => <MessageCenterScreen />,
  },
  { path: '/messages/:id', for: 'tenant', render: (p) => <MessageScreen id={p.id!} /> },
  { path: '/tickets', for: 'tenant', nav: { label: 'Support tickets', group: '' }, render: () => <TicketsScreen /> },
  {
    path: '/maintenance',
    for: 'tenant',
    nav: { label: 'Maintenance', group: '' },
    render: () => <MaintenanceScheduleScreen />,
  },
  {
    path: '/service-health/sla',
    for: 'tenant',
    nav: { label: 'SLA and credits', group: '' },
    render: () => <SlaScreen />,
  },
  {
    path: '/environments',
    for: 'tenant',
    nav: { label: 'Environments', group: 'Your organization' },
    render: () => <EnvironmentsScreen />,
  },
  {
    path: '/recipients',
    for: 'orgAdmin',
    nav: { label: 'Email recipients', group: 'Your organization' },
    render: () => <RecipientsScreen />,
  },
  {
    path: '/single-sign-on',
    for: 'orgAdmin',
    nav: { label: 'Single sign-on', group: 'Your organization' },
    render: () => <SingleSignOnScreen />,
  },
  {
    path: '/webhooks',
    for: 'orgAdmin',
    nav: { label: 'Webhooks', group: 'Your organization' },
    render: () => <WebhooksScreen />,
  },
  { path: '/tenants/:tenantId/webhooks/:id', for: 'orgAdmin', render: (p) => <WebhooksScreen focus={p.id} /> },
  {
    path: '/find-admin',
    for: 'tenant',
    nav: { label: 'Find your administrator', group: 'Your organization' },
    render: () => <FindAdminScreen />,
  },
  {
    path: '/deliveries',
    for: 'orgAdmin',
    nav: { label: 'Delivery log', group: 'Your organization' },
    render: () => <DeliveryLogScreen />,
  },
  {
    path: '/sent-mail',
    for: 'orgAdmin',
    nav: { label: 'Sent mail', group: 'Your organization' },
    render: () => <TenantSentMailScreen />,
  },
  {
    path: '/audit',
    for: 'orgAdmin',
    nav: { label: 'Audit log', group: 'Your organization' },
    render: () => <AuditLogScreen />,
  },

  // Members
  { path: '/', for: 'member', nav: { label: 'Your environments', group: '' }, render: () => <MemberHomeScreen /> },
  {
    path: '/find-admin',
    for: 'member',
    nav: { label: 'Who is my admin?', group: '' },
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

export function navFor(me: Me): NavItem[] {
  return SCREENS.filter((s) => s.nav && fits(me, s.for)).map((s) => ({
    path: s.path,
    label: s.nav!.label,
    group: s.nav!.group,
  }));
}

export function resolveScreen(me: Me, path: string): ReactNode {
  for (const s of SCREENS) {
    if (!fits(me, s.for)) continue;
    const params = matchPath(s.path, path);
    if (params) return s.render(params);
  }
  return (
    <Page title="Page not found">
      <Empty>There is no such page in the console, or it is not one of yours. Pick a page from the menu.</Empty>
    </Page>
  );
}
