// A handful of Message Center posts for the demo: one per category, a major change with an
// action-required date, a post tied to a release, and a data-privacy post that only org admins
// (and data-privacy readers) see.
import { systemActor } from '../../domain/actor.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { insertMessage, type MessageInput } from '../messages/insertMessage.js';
import type { DemoDirectory } from './directory.js';

const DAY = 86_400_000;

export async function seedDemoMessages(ctx: AppContext, _directory: DemoDirectory): Promise<void> {
  const now = ctx.now().getTime();
  const at = (days: number) => new Date(now + days * DAY).toISOString();
  const posts: MessageInput[] = [
    {
      key: 'demo:legacy-web-client-retirement',
      title: 'Retirement of the legacy web client: move to the Unified Interface',
      body: [
        'The legacy web client will be retired. After the date below, environments open only in the Unified Interface.',
        '',
        '**What you need to do:** test your customizations and apps in the Unified Interface, then switch each environment in the admin console.',
        '',
        '- Check custom scripts that rely on legacy form events.',
        '- Train users on the new navigation.',
      ].join('\n'),
      category: 'planForChange',
      severity: 'high',
      tags: ['Major update', 'Retirement', 'Admin impact', 'User impact'],
      isMajorChange: true,
      actionRequiredBy: at(60),
      services: ['sales', 'customer-service', 'power-apps'],
      startsAt: at(-2),
      endsAt: at(75),
      audience: { allTenants: true },
      details: [{ name: 'Learn more', value: 'https://learn.microsoft.com/power-platform/admin/unified-interface' }],
    },
    {
      key: 'demo:sales-forecasting-wave',
      title: 'New forecasting experience in Dynamics 365 Sales',
      body: 'Forecast grids get inline editing, snapshots and predictive forecasting. The feature arrives with the next release wave and is **off by default**: an org admin turns it on per environment after testing.',
      category: 'stayInformed',
      severity: 'normal',
      tags: ['New feature', 'Feature update'],
      isMajorChange: false,
      actionRequiredBy: null,
      services: ['sales'],
      startsAt: at(7),
      endsAt: at(35),
      audience: { serviceIds: ['sales'] },
      releaseId: 'demo-release-wave',
    },
    {
      key: 'demo:power-automate-connector-update',
      title: 'Update your Power Automate connections to avoid flow failures',
      body: 'Connections created with the retired authentication method stop working. Re-authenticate the connections listed in the admin console before the date below so your cloud flows keep running.',
      category: 'preventOrFixIssue',
      severity: 'high',
      tags: ['Admin impact'],
      isMajorChange: false,
      actionRequiredBy: at(14),
      services: ['power-automate'],
      startsAt: at(-1),
      endsAt: at(21),
      audience: { serviceIds: ['power-automate'] },
    },
    {
      key: 'demo:diagnostic-data-retention',
      title: 'Changes to how long diagnostic data is kept',
      body: 'From next month, diagnostic logs that may contain personal data are kept for 30 days instead of 90. Export what you need for audits before then.',
      category: 'stayInformed',
      severity: 'normal',
      tags: ['Data privacy', 'Admin impact'],
      isMajorChange: false,
      actionRequiredBy: null,
      services: ['dataverse'],
      startsAt: at(-3),
      endsAt: at(40),
      audience: { allTenants: true },
    },
    {
      key: 'demo:unified-routing-eur',
      title: 'Unified routing is now available in Europe',
      body: 'Customer Service environments in the EUR region can now turn on unified routing for cases and conversations.',
      category: 'stayInformed',
      severity: 'normal',
      tags: ['New feature'],
      isMajorChange: false,
      actionRequiredBy: null,
      services: ['customer-service'],
      startsAt: at(-5),
      endsAt: at(25),
      audience: { regionCodes: ['EUR'], serviceIds: ['customer-service'] },
    },
  ];
  await runCommand(ctx, systemActor('demo'), async (s) => {
    for (const post of posts) await insertMessage(s, post);
  });
}
