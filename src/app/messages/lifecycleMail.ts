// First-year lifecycle mail: for every tenant in its first year, the step of the schedule that is
// due (src/domain/lifecycle.ts) is posted in its Message Center (key lifecycle:<tenant>:<step>)
// and mailed to its admins (event lifecycle.due). Idempotent: a step already posted is skipped.
import fs from 'node:fs';
import type { HeraldConfig } from '../../config.js';
import { systemActor } from '../../domain/actor.js';
import {
  DEFAULT_LIFECYCLE_SCHEDULE,
  dueLifecycleStep,
  LIFECYCLE_DAYS,
  lifecycleStepDueAt,
  parseLifecycleSchedule,
  renderLifecycleText,
  type LifecycleStep,
} from '../../domain/lifecycle.js';
import { runCommand } from '../command.js';
import type { AppContext } from '../context.js';
import { insertMessage } from './insertMessage.js';
import { renderMarkdown, summaryOf } from './markdown.js';
import { messageUrl } from './notices.js';

/** The operator's schedule file when configured (a broken file is an error, not a silent default). */
export function lifecycleSchedule(config: Pick<HeraldConfig, 'lifecycleScheduleFile'>): readonly LifecycleStep[] {
  if (!config.lifecycleScheduleFile) return DEFAULT_LIFECYCLE_SCHEDULE;
  const text = fs.readFileSync(config.lifecycleScheduleFile, 'utf8');
  try {
    return parseLifecycleSchedule(JSON.parse(text));
  } catch (error) {
    throw new Error(`LIFECYCLE_SCHEDULE_FILE ${config.lifecycleScheduleFile}: ${(error as Error).message}`);
  }
}

export const lifecycleKey = (tenantId: string, stepId: string): string => `lifecycle:${tenantId}:${stepId}`;

export async function sendDueLifecycleMail(ctx: AppContext): Promise<number> {
  const schedule = lifecycleSchedule(ctx.config);
  const now = ctx.now();
  const db = ctx.database.db;
  const firstYearSince = new Date(now.getTime() - (LIFECYCLE_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
  const tenants = await db
    .selectFrom('tenant')
    .select(['id', 'name', 'purchase_date'])
    .where('purchase_date', '>=', firstYearSince)
    .execute();
  const due = tenants.flatMap((tenant) => {
    const step = dueLifecycleStep(schedule, tenant.purchase_date, now);
    return step ? [{ tenant, step, key: lifecycleKey(tenant.id, step.id) }] : [];
  });
  if (!due.length) return 0;
  const posted = new Set(
    (
      await db
        .selectFrom('message')
        .select('key')
        .where(
          'key',
          'in',
          due.map((d) => d.key),
        )
        .execute()
    ).map((r) => r.key),
  );
  let sent = 0;
  for (const { tenant, step, key } of due.filter((d) => !posted.has(d.key))) {
    // One transaction per tenant: one tenant's problem does not hold back the others' mail.
    await runCommand(ctx, systemActor('jobs:lifecycle'), async (s) => {
      const title = renderLifecycleText(step.title, tenant);
      const body = renderLifecycleText(step.body, tenant);
      const { id } = await insertMessage(s, {
        key,
        title,
        body,
        category: step.category,
        severity: 'normal',
        tags: step.tags,
        isMajorChange: false,
        actionRequiredBy: null,
        services: [],
        startsAt: lifecycleStepDueAt(tenant.purchase_date, step).toISOString(),
        endsAt: null,
        audience: { tenantIds: [tenant.id] },
      });
      await s.publish({
        type: 'lifecycle.due',
        key,
        subject: { type: 'tenant', id: tenant.id },
        tenantId: tenant.id,
        scope: { tenantIds: [tenant.id] },
        payload: {
          title,
          summary: summaryOf(body),
          bodyHtml: renderMarkdown(body),
          step: step.id,
          day: step.day,
          messageId: id,
          url: messageUrl(ctx.config.publicUrl, id),
          category: 'lifecycle',
        },
      });
    });
    sent++;
  }
  return sent;
}
