// The services Herald reports on, with their features, as shipped by default. Operators add
// more through the API; these are inserted once when a database is created.

export interface ServiceDefinition {
  id: string;
  name: string;
  features: { id: string; name: string; group: string }[];
}

const f = (service: string, group: string, ...names: string[]) =>
  names.map((name) => ({ id: `${service}.${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name, group }));

export const SERVICES: readonly ServiceDefinition[] = [
  {
    id: 'sales',
    name: 'Dynamics 365 Sales',
    features: [...f('sales', 'Sales', 'Opportunities', 'Leads', 'Forecasting', 'Sales insights')],
  },
  {
    id: 'customer-service',
    name: 'Dynamics 365 Customer Service',
    features: [...f('customer-service', 'Service', 'Cases', 'Knowledge base', 'Omnichannel', 'Unified routing')],
  },
  {
    id: 'field-service',
    name: 'Dynamics 365 Field Service',
    features: [...f('field-service', 'Field Service', 'Work orders', 'Scheduling', 'Mobile app')],
  },
  {
    id: 'marketing',
    name: 'Dynamics 365 Marketing',
    features: [...f('marketing', 'Marketing', 'Email marketing', 'Customer journeys', 'Event management')],
  },
  {
    id: 'project-service',
    name: 'Dynamics 365 Project Service Automation',
    features: [...f('project-service', 'Projects', 'Project planning', 'Time entry', 'Resource management')],
  },
  {
    id: 'power-apps',
    name: 'Power Apps',
    features: [...f('power-apps', 'Apps', 'Canvas apps', 'Model-driven apps', 'Portals')],
  },
  {
    id: 'power-automate',
    name: 'Power Automate',
    features: [...f('power-automate', 'Flows', 'Cloud flows', 'Desktop flows', 'Connectors')],
  },
  {
    id: 'power-virtual-agents',
    name: 'Power Virtual Agents',
    features: [...f('power-virtual-agents', 'Bots', 'Authoring', 'Channels')],
  },
  { id: 'dataverse', name: 'Dataverse', features: [...f('dataverse', 'Data', 'Storage', 'Sign-in', 'API', 'Search')] },
  {
    id: 'admin-center',
    name: 'Power Platform admin center',
    features: [...f('admin-center', 'Administration', 'Environments', 'Capacity')],
  },
];
