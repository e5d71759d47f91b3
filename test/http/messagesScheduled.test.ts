// Message Center posts scheduled to publish later: until their time no tenant sees them and
// nobody is told; the periodic job messages.scheduled-publish then publishes them once (even when
// it runs twice, or on two nodes at once) and the readers are mailed once, by real SMTP, as for an
// immediate publish (a major change, so by email as well as in the console). A time in the past, or not ISO 8601, is refused naming publishAt.
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERIODIC_JOBS } from '../../src/app/jobs/index.js';
import { deliverDue } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startMailSink, type MailSink } from '../delivery/sinks.js';

let t: TestApp;
let sink: MailSink;
let ops: { authorization: string };
let alice: { authorization: string };
let fiona: { authorization: string };
const start = new Date('2026-03-04T10:00:00Z');
const TITLE = 'Scheduled: the old client retires';
const deliver = () => deliverDue(t.ctx, { random: () => 0.5 });
const job = PERIODIC_JOBS.find((j) => j.name === 'messages.scheduled-publish')!;
const mailsOf = (title: string) => sink.mails.filter((m: ParsedMail) => m.subject?.includes(title));
const recipients = (mails: ParsedMail[]) =>
  mails.flatMap((m) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address)));

beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({ now: start, config: { smtpUrl: sink.url } });
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  fiona = await t.auth('fiona@fabrikam.com');
  await deliver();
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const create = (payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/messages',
    headers: ops,
    payload: {
      title: TITLE,
      body: 'The old client retires on 5 May; move your users first.',
      category: 'planForChange',
      startDateTime: start.toISOString(),
      // A major change: its readers are emailed, not only told in the console.
      isMajorChange: true,
      actionRequiredByDateTime: '2026-05-05T00:00:00Z',
      audience: { tenantIds: [t.demo.tenants.contoso.id] },
      ...payload,
    },
  });

const readerTitles = async (who: { authorization: string }) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/me/messages', headers: who });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { title: string }[]).map((m) => m.title);
};

describe('a post scheduled for later', () => {
  let id: string;

  it('stays a scheduled draft: operators see when, no tenant sees it, nobody is mailed', async () => {
    const res = await create({ publishAt: '2026-03-05T08:30:00Z' });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      status: 'draft',
      publishAt: '2026-03-05T08:30:00.000Z',
      publishedDateTime: null,
    });

    await job.run(t.ctx); // not yet due
    await deliver();
    expect(await readerTitles(alice)).not.toContain(TITLE);
    expect(mailsOf(TITLE)).toEqual([]);
    const listed = await t.app.inject({ method: 'GET', url: '/api/messages?status=draft', headers: ops });
    expect(listed.json().items.find((m: { id: string }) => m.id === id)).toMatchObject({
      publishAt: '2026-03-05T08:30:00.000Z',
    });
  });

  it('is published at its time once, and its readers are mailed once, even when the job runs twice', async () => {
    t.clock.now = new Date('2026-03-05T08:31:00Z');
    await Promise.all([job.run(t.ctx), job.run(t.ctx)]); // two nodes at once
    await job.run(t.ctx);
    await deliver();
    await deliver();

    const post = await t.app.inject({ method: 'GET', url: `/api/messages/${id}`, headers: ops });
    expect(post.json()).toMatchObject({ status: 'published', publishAt: null });
    expect(post.json().publishedDateTime).toBe('2026-03-05T08:31:00.000Z');
    expect(await readerTitles(alice)).toContain(TITLE);
    // Another tenant's reader does not see it.
    expect(await readerTitles(fiona)).not.toContain(TITLE);

    const to = recipients(mailsOf(TITLE));
    expect(to).toContain('alice@contoso.com');
    expect(to.length).toBe(new Set(to).size);
    expect(to.some((a) => a?.endsWith('@fabrikam.com'))).toBe(false);
    const events = await t.ctx.database.db
      .selectFrom('event')
      .select('type')
      .where('subject_id', '=', id)
      .where('type', '=', 'message.published')
      .execute();
    expect(events).toHaveLength(1);
  });
});

describe('bad schedules', () => {
  const count = async () => (await t.ctx.database.db.selectFrom('message').select('id').execute()).length;

  it('refuses a publishAt in the past, naming the field, and writes nothing', async () => {
    const before = await count();
    const res = await create({ publishAt: new Date(t.clock.now.getTime() - 60_000).toISOString() });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'body.publishAt', message: expect.stringMatching(/in the past/) }]);
    expect(await count()).toBe(before);
  });

  it('takes a null or empty publishAt as "no time": an ordinary draft', async () => {
    for (const publishAt of [null, '']) {
      const res = await create({ publishAt });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().publishAt).toBeNull();
    }
  });

  it('refuses a publishAt that is not ISO 8601, naming the field', async () => {
    const res = await create({ publishAt: 'next Tuesday' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'body.publishAt', message: expect.stringMatching(/ISO 8601/) }]);
  });

  it('schedules an existing draft by PATCH, and a published post cannot be scheduled', async () => {
    const draft = await create({});
    expect(draft.statusCode).toBe(201);
    const later = new Date(t.clock.now.getTime() + 3_600_000).toISOString();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/messages/${draft.json().id}`,
      headers: ops,
      payload: { publishAt: later },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().publishAt).toBe(later);

    const published = await create({ title: 'Published now' });
    const pub = await t.app.inject({
      method: 'POST',
      url: `/api/messages/${published.json().id}/publish`,
      headers: ops,
    });
    expect(pub.statusCode).toBe(200);
    const refused = await t.app.inject({
      method: 'PATCH',
      url: `/api/messages/${published.json().id}`,
      headers: ops,
      payload: { publishAt: later },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors?.[0]?.field ?? refused.json().detail).toMatch(/publishAt|published/);
  });
});
