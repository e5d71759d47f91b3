// First-year lifecycle mail: after a tenant buys, its admins get a series of emails over the
// first year pointing them at what helps them adopt and expand the service (the policy's
// "Post-purchase customer lifecycle communications"), each also posted in their Message Center.
// The schedule below is the default; an operator replaces it with a JSON file of the same shape
// (LIFECYCLE_SCHEDULE_FILE), checked by parseLifecycleSchedule.
import { MESSAGE_CATEGORIES, MESSAGE_TAGS, checkTags } from './messages.js';

export interface LifecycleStep {
  /** Stable name, part of the post's key (`lifecycle:<tenant>:<id>`): never reuse one for other content. */
  id: string;
  /** Days after the purchase date: day 1 is the day after the purchase. */
  day: number;
  title: string;
  /** Markdown; `{{tenant}}` becomes the tenant's name. */
  body: string;
  category: (typeof MESSAGE_CATEGORIES)[number];
  tags: string[];
}

/** The series covers the first year; nothing is sent after it. */
export const LIFECYCLE_DAYS = 365;

export const DEFAULT_LIFECYCLE_SCHEDULE: readonly LifecycleStep[] = [
  {
    id: 'welcome',
    day: 1,
    title: 'Welcome to your new service',
    body: [
      'Welcome, {{tenant}}. This Message Center is where we tell you about changes, planned maintenance and releases that affect your environments.',
      '',
      '- Sign in to the admin console and check that your environments and their regions are right.',
      '- Read the service health dashboard: it shows incidents and advisories for your organization.',
    ].join('\n'),
    category: 'stayInformed',
    tags: ['Admin impact'],
  },
  {
    id: 'setup-admins',
    day: 7,
    title: 'Set up your admins and notifications',
    body: [
      'Make sure the right people hear from us, {{tenant}}:',
      '',
      '1. Give each environment a system admin: they receive maintenance and incident email for it.',
      '2. Add additional recipients for the categories they care about (incidents, maintenance, releases).',
      '3. Choose your Message Center email: the weekly digest, major changes, data privacy posts.',
    ].join('\n'),
    category: 'planForChange',
    tags: ['Admin impact'],
  },
  {
    id: 'adoption',
    day: 30,
    title: 'Resources to help your users adopt the service',
    body: [
      'One month in: training paths, adoption guides and community forums help your users get more from the service.',
      '',
      'Plan for the weekly updates: each region is updated in its own maintenance window, and the Message Center says when.',
    ].join('\n'),
    category: 'stayInformed',
    tags: ['User impact'],
  },
  {
    id: 'quarter-review',
    day: 90,
    title: 'Your first quarter: review usage and early access',
    body: [
      'Three months in, {{tenant}}: review which environments and services are used, and consider a sandbox to test updates.',
      '',
      'Environments opted into early access get the next release wave’s features ahead of the others.',
    ].join('\n'),
    category: 'planForChange',
    tags: ['Feature update'],
  },
  {
    id: 'half-year',
    day: 180,
    title: 'Six months in: expand what you use',
    body: 'Half a year in: look at the services you do not use yet and at the release plans for the next wave.',
    category: 'stayInformed',
    tags: ['New feature'],
  },
  {
    id: 'renewal',
    day: 330,
    title: 'Your subscription renews soon',
    body: [
      'Your first year ends in about a month, {{tenant}}. Review your licences and support plan before the renewal date.',
      '',
      'Talk to your account team if your needs have changed.',
    ].join('\n'),
    category: 'planForChange',
    tags: ['Admin impact'],
  },
];

const DAY_MS = 86_400_000;

/** The instant a step becomes due: midnight UTC `day` days after the purchase date. */
export function lifecycleStepDueAt(purchaseDate: string, step: Pick<LifecycleStep, 'day'>): Date {
  return new Date(Date.parse(`${purchaseDate}T00:00:00Z`) + step.day * DAY_MS);
}

/**
 * The step to send now, if any. Each step stays due until the next one is (the last until the
 * year is over), so a job that was down for a few days catches up, while a tenant imported
 * months after its purchase gets only the step it is in, not the whole backlog.
 */
export function dueLifecycleStep(
  schedule: readonly LifecycleStep[],
  purchaseDate: string,
  now: Date,
): LifecycleStep | null {
  const steps = [...schedule].sort((a, b) => a.day - b.day);
  const t = now.getTime();
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    const next = steps[i + 1];
    const until = next
      ? lifecycleStepDueAt(purchaseDate, next)
      : lifecycleStepDueAt(purchaseDate, { day: LIFECYCLE_DAYS });
    if (t >= lifecycleStepDueAt(purchaseDate, step).getTime()) return t < until.getTime() ? step : null;
  }
  return null;
}

/** Fills a step's text for one tenant. */
export function renderLifecycleText(text: string, tenant: { name: string }): string {
  return text.replaceAll('{{tenant}}', tenant.name);
}

/**
 * Checks an operator's schedule (parsed JSON) and returns it, or throws saying which step and
 * field is wrong, so a bad file stops the job loudly instead of mailing nonsense.
 */
export function parseLifecycleSchedule(value: unknown): LifecycleStep[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new Error('the lifecycle schedule must be a non-empty JSON array of steps');
  const seen = new Set<string>();
  return value.map((raw, i) => {
    const s = raw as Partial<LifecycleStep>;
    const where = `lifecycle step ${i + 1}`;
    if (typeof s.id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(s.id))
      throw new Error(`${where}: id must be 1–40 lowercase letters, digits or dashes`);
    if (seen.has(s.id)) throw new Error(`${where}: id "${s.id}" is used twice`);
    seen.add(s.id);
    if (!Number.isInteger(s.day) || s.day! < 0 || s.day! >= LIFECYCLE_DAYS)
      throw new Error(`${where}: day must be a whole number from 0 to ${LIFECYCLE_DAYS - 1}`);
    if (typeof s.title !== 'string' || !s.title.trim()) throw new Error(`${where}: title is required`);
    if (typeof s.body !== 'string' || !s.body.trim()) throw new Error(`${where}: body is required`);
    if (!MESSAGE_CATEGORIES.includes(s.category as LifecycleStep['category']))
      throw new Error(`${where}: category must be one of ${MESSAGE_CATEGORIES.join(', ')}`);
    const tags = s.tags ?? [];
    // A schedule file is the operator's configuration, refused at start-up in English like every
    // other configuration error (src/config.ts); checkTags' words are for API readers.
    if (!Array.isArray(tags)) throw new Error(`${where}: tags must be a list`);
    if (checkTags(tags)) {
      const unknown = tags.filter((t) => !(MESSAGE_TAGS as readonly string[]).includes(t));
      throw new Error(`${where}: unknown tags ${unknown.join(', ')} (known: ${MESSAGE_TAGS.join(', ')})`);
    }
    return { id: s.id, day: s.day!, title: s.title.trim(), body: s.body, category: s.category!, tags: [...tags] };
  });
}
