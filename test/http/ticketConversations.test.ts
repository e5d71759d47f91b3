// Support tickets as conversations, through real SMTP (smtp-server in the test, read back with
// mailparser): a tenant files, an operator answers, the tenant reads the answer in their mail and
// replies, the status moves, and both sides read the same history. Files attached are checked by
// their bytes; duplicates are suggested or refused; reading a thing clears its bell notices; an
// org admin reads the mail sent to their people. Two tenants that must never see each other's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../../src/delivery/worker.js';
import { startMailSink, type MailSink } from '../delivery/sinks.js';
import { createTestApp, type TestApp } from '../support/app.js';

let sink: MailSink;
let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
let sam: { authorization: string };
let fiona: { authorization: string };

beforeAll(async () => {
  sink = await startMailSink();
  t = await createTestApp({
    now: new Date('2026-11-23T09:00:00.000Z'),
    config: { smtpUrl: sink.url, publicUrl: 'https://status.example.com' },
  });
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  sam = await t.auth('sam@contoso.com');
  fiona = await t.auth('fiona@fabrikam.com');
  await deliverDue(t.ctx); // whatever the demo data announced
  sink.mails.length = 0;
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const contoso = () => t.demo.tenants.contoso;
const fabrikam = () => t.demo.tenants.fabrikam;
const later = (minutes: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + minutes * 60_000);
};
const req = (
  method: 'GET' | 'POST',
  url: string,
  headers: { authorization: string },
  payload?: Record<string, unknown>,
) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const upload = (ticketId: string, fileName: string, body: Buffer, who = alice) =>
  t.app.inject({
    method: 'POST',
    url: `/api/tickets/${ticketId}/attachments?fileName=${encodeURIComponent(fileName)}`,
    headers: { ...who, 'content-type': 'application/octet-stream' },
    payload: body,
  });
const mailTo = (address: string) =>
  sink.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address));

async function file(who: { authorization: string }, body: Record<string, unknown>, tenantId = contoso().id) {
  return req('POST', `/api/tenants/${tenantId}/tickets`, who, body);
}

describe('a ticket conversation', () => {
  let id: string;

  it('is filed open with its severity and contact, in plain words', async () => {
    const res = await file(alice, {
      title: 'Sales forms do not save',
      description: 'Since 8:00 every save fails with an error.',
      environmentId: contoso().environments['nam-prod'],
      serviceId: 'sales',
      severity: 'B',
      contactPhone: '+1 425 555 0100',
    });
    expect(res.statusCode, res.body).toBe(201);
    const ticket = res.json();
    id = ticket.id;
    expect(ticket).toMatchObject({
      status: 'open',
      statusLabel: 'Open',
      severity: 'B',
      severityLabel: 'B: moderate impact',
    });
    expect(ticket.contact).toEqual({ name: 'Alice Anders', email: 'alice@contoso.com', phone: '+1 425 555 0100' });
  });

  it('emails the reporter the operator’s reply, and the operators the reporter’s answer', async () => {
    later(5);
    const answered = await req('POST', `/api/tickets/${id}/replies`, ops, {
      body: 'Which form? Please send a screenshot.',
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json().status).toBe('inProgress'); // an operator answering an open ticket is working on it
    await deliverDue(t.ctx);
    const [toAlice] = mailTo('alice@contoso.com');
    expect(toAlice?.subject).toBe('New reply on a support ticket: Sales forms do not save');
    expect(toAlice?.text).toContain('Which form? Please send a screenshot.');
    expect(toAlice?.text).toContain(`https://status.example.com/tickets/${id}`);
    expect(mailTo('ops@herald.example')).toEqual([]); // the operator is not told of their own reply

    sink.mails.length = 0;
    const waiting = await req('POST', `/api/tickets/${id}/status`, ops, {
      status: 'waitingOnCustomer',
      from: 'inProgress',
    });
    expect(waiting.json().statusLabel).toBe('Waiting on customer');
    await deliverDue(t.ctx);
    expect(mailTo('alice@contoso.com')[0]?.text).toContain('Your support ticket is now waiting on customer.');

    later(30);
    sink.mails.length = 0;
    const answer = await req('POST', `/api/tickets/${id}/replies`, alice, {
      body: 'The opportunity form; screenshot attached.',
    });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json().status).toBe('inProgress'); // the customer answered: back to the operators
    await deliverDue(t.ctx);
    const [toOps] = mailTo('ops@herald.example');
    expect(toOps?.text).toContain('The opportunity form; screenshot attached.');
    expect(mailTo('alice@contoso.com')).toEqual([]);
  });

  it('refuses a move someone else made first, and a move the status does not allow, with 409', async () => {
    const stale = await req('POST', `/api/tickets/${id}/status`, ops, {
      status: 'resolved',
      from: 'waitingOnCustomer',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/moved to in progress meanwhile/);
    const notYours = await req('POST', `/api/tickets/${id}/status`, alice, { status: 'waitingOnCustomer' });
    expect(notYours.statusCode).toBe(409);
    const unknown = await req('POST', `/api/tickets/${id}/status`, ops, { status: 'serviceDegradation' });
    expect(unknown.statusCode).toBe(400);
  });

  it('shows both sides the same history, and ends closed', async () => {
    sink.mails.length = 0;
    expect(
      (await req('POST', `/api/tickets/${id}/status`, ops, { status: 'resolved', from: 'inProgress' })).statusCode,
    ).toBe(200);
    await deliverDue(t.ctx);
    expect(mailTo('alice@contoso.com')[0]?.text).toContain('Your support ticket is now resolved.');
    const closed = await req('POST', `/api/tickets/${id}/status`, alice, { status: 'closed', from: 'resolved' });
    expect(closed.json()).toMatchObject({ status: 'closed', moves: [] });

    const asTenant = (await req('GET', `/api/tickets/${id}`, alice)).json();
    const asOperator = (await req('GET', `/api/tickets/${id}`, ops)).json();
    const history = (d: { replies: { side: string; authorName: string; body: string }[] }) =>
      d.replies.map((r) => [r.side, r.authorName, r.body]);
    expect(history(asTenant)).toEqual([
      ['operator', 'Olivia Operator', 'Which form? Please send a screenshot.'],
      ['tenant', 'Alice Anders', 'The opportunity form; screenshot attached.'],
    ]);
    expect(history(asOperator)).toEqual(history(asTenant));
    expect(asOperator.reporter).toMatchObject({ name: 'Alice Anders', email: 'alice@contoso.com' });

    const late = await req('POST', `/api/tickets/${id}/replies`, alice, { body: 'One more thing' });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/closed/);
  });

  it('is not found for another tenant, whatever they try', async () => {
    expect((await req('GET', `/api/tickets/${id}`, fiona)).statusCode).toBe(404);
    expect((await req('POST', `/api/tickets/${id}/replies`, fiona, { body: 'Hello?' })).statusCode).toBe(404);
    expect((await req('POST', `/api/tickets/${id}/status`, fiona, { status: 'open' })).statusCode).toBe(404);
    expect((await upload(id, 'x.txt', Buffer.from('hello'), fiona)).statusCode).toBe(404);
    const replies = await t.ctx.database.db
      .selectFrom('ticket_reply')
      .select('body')
      .where('ticket_id', '=', id)
      .execute();
    expect(replies.map((r) => r.body)).not.toContain('Hello?');
  });
});

describe('two operators at once', () => {
  it('lets one move win and answers the other 409, leaving one change in the audit log', async () => {
    later(1);
    const id = (await file(alice, { title: 'Workflow runs twice', description: 'Every run.' })).json().id;
    const moves = await Promise.all([
      req('POST', `/api/tickets/${id}/status`, ops, { status: 'waitingOnCustomer', from: 'open' }),
      req('POST', `/api/tickets/${id}/status`, ops, { status: 'resolved', from: 'open' }),
    ]);
    expect(moves.map((m) => m.statusCode).sort()).toEqual([200, 409]);
    const changes = await t.ctx.database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('entity_id', '=', id)
      .where('action', '=', 'ticket.status_changed')
      .execute();
    expect(changes).toHaveLength(1);
  });
});

describe('attachments', () => {
  let id: string;
  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

  beforeAll(async () => {
    later(60);
    id = (await file(alice, { title: 'Dashboard charts empty', description: 'No data since Monday.' })).json().id;
  });

  it('keeps a PNG and serves it back only as a download to those who see the ticket', async () => {
    const res = await upload(id, '../../screen shot.png', PNG);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ fileName: 'screen shot.png', contentType: 'image/png', size: PNG.length });
    const url = `/api/tickets/${id}/attachments/${res.json().id}`;
    const got = await req('GET', url, ops);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(PNG)).toBe(true);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['content-disposition']).toMatch(/^attachment; filename="screen shot.png"/);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect((await req('GET', url, fiona)).statusCode).toBe(404);
    expect(
      (await req('GET', `/api/tickets/${id}`, alice)).json().attachments.map((a: { fileName: string }) => a.fileName),
    ).toEqual(['screen shot.png']);
  });

  it('accepts a log file and refuses what its bytes say is something else, naming the file', async () => {
    expect((await upload(id, 'trace.log', Buffer.from('12:00 error 500\n'))).statusCode).toBe(201);
    const exe = await upload(id, 'invoice.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]));
    expect(exe.statusCode).toBe(415);
    expect(exe.headers['content-type']).toMatch(/problem\+json/);
    expect(exe.json().detail).toContain('invoice.pdf');
    const script = await upload(id, 'notes.html', Buffer.from('<script>alert(1)</script>'));
    expect(script.statusCode).toBe(415);
    expect(script.json().detail).toContain('notes.html');
  });

  it('refuses a file over 5 MB, naming it, and keeps nothing', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const res = await upload(id, 'huge.png', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain('huge.png');
    const kept = await t.ctx.database.db
      .selectFrom('ticket_attachment')
      .select('file_name')
      .where('ticket_id', '=', id)
      .execute();
    expect(kept.map((k) => k.file_name).sort()).toEqual(['screen shot.png', 'trace.log']);
  });
});

describe('duplicates', () => {
  it('suggests similar open tickets of the same tenant, and never another tenant’s', async () => {
    later(60);
    const first = await file(alice, {
      title: 'Sales reports are blank in NAM',
      description: 'All of them.',
      serviceId: 'sales',
    });
    expect(first.statusCode).toBe(201);
    const similar = (q: string, who = alice, tenantId = contoso().id) =>
      req('GET', `/api/tenants/${tenantId}/tickets/similar?${q}`, who);
    const found = (await similar('title=Blank%20sales%20reports&serviceId=sales'))
      .json()
      .items.map((x: { id: string }) => x.id);
    expect(found).toContain(first.json().id);
    expect((await similar('title=Cannot%20sign%20in&serviceId=sales')).json().items).toEqual([]);
    expect((await similar('title=Blank%20sales%20reports', fiona, fabrikam().id)).json().items).toEqual([]);
    expect((await similar('title=Blank%20sales%20reports', fiona)).statusCode).toBe(404);
  });

  it('refuses the same ticket sent twice within minutes, naming the first', async () => {
    later(60);
    const body = { title: 'Export to Excel fails', description: 'Error 500.' };
    const first = await file(alice, body);
    later(2);
    const again = await file(alice, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain(first.json().id);
    later(15);
    expect((await file(alice, body)).statusCode).toBe(201); // later, it is a new report
  });
});

describe('the bell', () => {
  const unread = async (who: { authorization: string }) =>
    (await req('GET', '/api/me/notifications', who)).json().unreadCount as number;

  it('drops when the person opens the ticket or incident a notice points to', async () => {
    later(60);
    const ticket = (await file(alice, { title: 'Mail tracking stopped', description: 'Since noon.' })).json().id;
    await req('POST', `/api/tickets/${ticket}/replies`, ops, { body: 'Looking into it.' });
    await req('POST', `/api/tickets/${ticket}/replies`, ops, { body: 'Found it.' });
    const incident = (
      await req('POST', '/api/incidents', ops, {
        classification: 'incident',
        title: 'Slow forms',
        impactDescription: 'Forms load slowly.',
        services: ['sales'],
        scope: { environmentIds: [contoso().environments['nam-prod']] },
      })
    ).json().id;
    await deliverDue(t.ctx);

    const before = await unread(alice);
    const read = await req('POST', '/api/me/notifications/read', alice, {
      subject: { type: 'support_ticket', id: ticket },
    });
    expect(read.json().unreadCount).toBe(before - 2);
    expect(await unread(alice)).toBe(before - 2);

    const samBefore = await unread(sam);
    const samRead = await req('POST', '/api/me/notifications/read', sam, {
      subject: { type: 'incident', id: incident },
    });
    expect(samRead.json().unreadCount).toBe(samBefore - 1);
    // Another person's notices about the same thing stay unread.
    expect(await unread(alice)).toBe(before - 2);
  });
});

describe('sent mail for a tenant', () => {
  it('shows an org admin the email sent to their people, never another tenant’s', async () => {
    const contosoMail = (await req('GET', `/api/tenants/${contoso().id}/sent-mail?limit=500`, alice)).json();
    expect(contosoMail.total).toBeGreaterThan(0);
    const addresses = new Set(contosoMail.items.map((m: { to: string }) => m.to));
    for (const a of addresses) expect(a).toMatch(/@contoso\.com$/);
    const replies = contosoMail.items.filter(
      (m: { eventType: string; to: string }) => m.eventType === 'ticket.replied' && m.to === 'alice@contoso.com',
    );
    expect(replies.map((m: { title: string }) => m.title)).toContain('Sales forms do not save');
    expect(replies.every((m: { status: string }) => m.status === 'sent')).toBe(true);

    const fabrikamMail = (await req('GET', `/api/tenants/${fabrikam().id}/sent-mail?limit=500`, fiona)).json();
    for (const m of fabrikamMail.items) expect(m.to).not.toMatch(/@contoso\.com$/);
    expect((await req('GET', `/api/tenants/${contoso().id}/sent-mail`, fiona)).statusCode).toBe(404);
    expect((await req('GET', `/api/tenants/${contoso().id}/sent-mail`, sam)).statusCode).toBe(403);
    expect(
      (await req('GET', `/api/tenants/${contoso().id}/sent-mail?to=alice@contoso.com`, ops))
        .json()
        .items.every((m: { to: string }) => m.to === 'alice@contoso.com'),
    ).toBe(true);
  });
});
