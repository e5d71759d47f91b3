// Demo service health: an active minor incident for Contoso in North America, a restored major
// Dataverse incident across several regions with its published post-incident report, and an
// advisory. Each step runs at its own time (a copy of the context with a fixed clock), so the
// timelines read like real ones.
import { loadPersonActor } from '../../store/actors.js';
import type { AppContext } from '../context.js';
import { openIncident, postIncidentUpdate } from '../serviceHealth/incidents.js';
import { publishReport, writeReport } from '../serviceHealth/reports.js';
import type { DemoDirectory } from './directory.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export async function seedDemoServiceHealth(ctx: AppContext, directory: DemoDirectory): Promise<void> {
  const operator = await loadPersonActor(ctx.database.db, directory.operator.id, ctx.config.defaultLocale);
  if (!operator) throw new Error('the demo operator is missing');
  const now = ctx.now().getTime();
  const at = (offsetMs: number): AppContext => ({ ...ctx, now: () => new Date(now + offsetMs) });
  const { contoso } = directory.tenants;

  // Restored major incident across several regions, with a published report.
  const start = -9 * DAY - 5 * HOUR;
  const major = await openIncident(at(start + 12 * MINUTE), operator, {
    title: 'Dataverse requests fail in several regions',
    classification: 'incident',
    services: ['dataverse'],
    // Provider-wide (regions, not tenants), so that it is on the public status page.
    scope: { regions: ['NAM', 'EUR', 'JPN', 'IND', 'GCC'] },
    impactDescription: 'Requests to Dataverse fail with HTTP 503; apps built on it cannot load or save records.',
    userExperience: 'Users could not open or save records in model-driven apps, Sales and Customer Service.',
    workaround: 'None; retry after the service is restored.',
    startDateTime: new Date(now + start).toISOString(),
    status: 'serviceInterruption',
    symptoms: ['unavailable', 'errors'],
    description: 'We are investigating failures of Dataverse requests in several regions.',
  });
  await postIncidentUpdate(at(start + 50 * MINUTE), operator, major.id, {
    description: 'A configuration change to the storage front ends caused the failures. We are rolling it back.',
    status: 'restoringService',
    postType: 'quick',
  });
  await postIncidentUpdate(at(start + 2 * HOUR), operator, major.id, {
    description: 'The rollback is complete in all regions; we are monitoring error rates.',
    status: 'verifyingService',
  });
  await postIncidentUpdate(at(start + 2 * HOUR + 40 * MINUTE), operator, major.id, {
    description:
      'Error rates are back to normal. The service is restored. A post-incident report will follow within 5 business days.',
    status: 'serviceRestored',
    postType: 'strategic',
  });
  await writeReport(at(start + 3 * DAY), operator, major.id, {
    summary:
      'For 2 hours 40 minutes, Dataverse requests in North America, Europe, Japan, India and GCC failed with HTTP 503.',
    userExperience: 'Users could not open or save records in apps built on Dataverse.',
    rootCause:
      'A configuration change to the storage front ends was deployed to all regions at once instead of station by station, and exhausted their connection pools.',
    nextSteps:
      'Configuration changes now follow the safe deployment stations; connection pool exhaustion pages the on-call engineer; a load test covers the front ends.',
  });
  await publishReport(at(start + 4 * DAY), operator, major.id);

  // Active minor incident for Contoso in North America.
  const minor = await openIncident(at(-40 * MINUTE), operator, {
    title: 'Slow loading of opportunity forms',
    classification: 'incident',
    services: ['sales'],
    feature: 'Opportunities',
    featureGroup: 'Sales',
    scope: { environmentIds: [contoso.environments['nam-prod']!] },
    impactDescription: 'Opportunity forms take up to 30 seconds to load.',
    userExperience: 'Users see a spinner for a long time when they open an opportunity.',
    workaround: 'Open opportunities from the list view in the mobile app, which loads faster.',
    startDateTime: new Date(now - 55 * MINUTE).toISOString(),
    symptoms: ['slowPerformance'],
  });
  await postIncidentUpdate(at(-10 * MINUTE), operator, minor.id, {
    description: 'We traced the slowness to a query plan regression and are applying a fix.',
    status: 'serviceDegradation',
    postType: 'quick',
  });

  // An advisory: limited impact, with a workaround.
  await openIncident(at(-3 * HOUR), operator, {
    title: 'Some scheduled cloud flows start up to 10 minutes late',
    classification: 'advisory',
    services: ['power-automate'],
    scope: { regions: ['EUR'] },
    impactDescription: 'A subset of scheduled cloud flows in Europe start up to 10 minutes after their scheduled time.',
    userExperience: 'Scheduled flows run late; flows triggered by events are not affected.',
    workaround: 'Trigger time-critical flows manually or by an event.',
    startDateTime: new Date(now - 4 * HOUR).toISOString(),
    status: 'serviceDegradation',
  });
}
