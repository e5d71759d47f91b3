// The scenario the console's Rehearsal screen starts from: small enough to read at once, with a
// directory of its own (so it runs the same on any installation) and a day that touches an
// environment's incident, a region-wide public incident, planned maintenance and a Message Center
// post. The full week of the policy document is test/fixtures/rehearsal/week.json.
export const SAMPLE_SCENARIO = {
  name: 'A sample day',
  start: '2027-04-05T00:00:00Z',
  end: 'P2D',
  directory: {
    tenants: [
      { name: 'Contoso', domain: 'contoso.example', purchaseDate: '2025-01-10' },
      { name: 'Fabrikam', domain: 'fabrikam.example', purchaseDate: '2025-03-01' },
    ],
    environments: [
      {
        tenant: 'contoso.example',
        name: 'Contoso Sales',
        region: 'NAM',
        type: 'production',
        url: 'https://contoso.crm.dynamics.com',
        version: '9.2.27011.10',
        services: ['sales', 'dataverse'],
      },
      {
        tenant: 'fabrikam.example',
        name: 'Fabrikam Prod',
        region: 'EUR',
        type: 'production',
        url: 'https://fabrikam.crm4.dynamics.com',
        version: '9.2.27011.10',
        services: ['customer-service'],
      },
    ],
    people: [
      {
        email: 'olivia@contoso.example',
        name: 'Olivia Org',
        roles: [{ role: 'org_admin', tenant: 'contoso.example' }],
      },
      {
        email: 'sam@contoso.example',
        name: 'Sam Sys',
        roles: [{ role: 'system_admin', environment: 'https://contoso.crm.dynamics.com' }],
      },
      {
        email: 'fay@fabrikam.example',
        name: 'Fay Fab',
        roles: [{ role: 'org_admin', tenant: 'fabrikam.example' }],
      },
      {
        email: 'finn@fabrikam.example',
        name: 'Finn Fab',
        roles: [{ role: 'system_admin', environment: 'https://fabrikam.crm4.dynamics.com' }],
      },
      { email: 'oscar@provider.example', name: 'Oscar Ops', roles: [{ role: 'operator' }] },
    ],
  },
  events: [
    {
      at: 'PT1H',
      kind: 'incident.opened',
      ref: 'forms',
      title: 'Sales forms do not load',
      services: ['sales'],
      environments: ['Contoso Sales'],
      description: 'Users cannot open Sales forms.',
    },
    { at: 'PT3H', kind: 'incident.restored', incident: 'forms', description: 'Forms load again.' },
    {
      at: 'PT5H',
      kind: 'incident.opened',
      ref: 'eur',
      title: 'Sign-in fails in Europe',
      services: ['customer-service'],
      regions: ['EUR'],
      major: true,
      isPublic: true,
      description: 'People in Europe cannot sign in.',
    },
    { at: 'PT7H', kind: 'incident.restored', incident: 'eur', description: 'Sign-in works again.' },
    {
      at: 'PT8H',
      kind: 'maintenance.scheduled',
      ref: 'nam-storage',
      title: 'Storage upgrade in North America',
      regions: ['NAM'],
      impact: 'degraded',
      durationMinutes: 60,
      windowStart: 'P1DT2H',
      windowEnd: 'P1DT4H',
    },
    { at: 'P1DT3H', kind: 'maintenance.completed', maintenance: 'nam-storage' },
    {
      at: 'P1DT6H',
      kind: 'message.posted',
      title: 'New admin center',
      allTenants: true,
      description: 'The admin center moves next month.',
    },
  ],
};

/** The sample as an operator sees it in the editor. */
export const SAMPLE_SCENARIO_TEXT = JSON.stringify(SAMPLE_SCENARIO, null, 2) + '\n';
