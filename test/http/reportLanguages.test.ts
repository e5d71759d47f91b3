// Post-incident reports in the reader's language: the HTML with its lang and direction, and PDFs
// whose Japanese and Arabic come out as real text, checked the way a reader's tools read a PDF
// (poppler's pdftotext, installed by .ci/run).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

const run = promisify(execFile);

let t: TestApp;
let ops: { authorization: string };
let alice: { authorization: string };
let fiona: { authorization: string };
let dir: string;
let incident: string;

const TITLE = '東京リージョンでサインインできない';
const REPORT = {
  summary: 'データベースの更新により、3時間にわたってサインインできませんでした。',
  userExperience: 'Records could not be saved.',
  rootCause: '設定の誤り。',
  nextSteps: 'Stage deployments.',
};

async function setLocale(email: string, locale: string) {
  await t.ctx.database.db.updateTable('person').set({ locale }).where('email', '=', email).execute();
}

/** The PDF's text as pdftotext extracts it (in reading order, one line per line). */
async function pdfText(pdf: Buffer): Promise<string> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, pdf);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  // pdftotext frames right-to-left lines in embedding marks; a reader sees none of them.
  return stdout.replace(/[\u202a-\u202e\u200e\u200f]/gu, '');
}

const pdfOf = async (headers: { authorization: string }, query = '') => {
  const res = await t.app.inject({ url: `/api/incidents/${incident}/report.pdf${query}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
};

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-23T09:00:00.000Z') });
  dir = await mkdtemp(path.join(tmpdir(), 'herald-report-'));
  ops = await t.auth('ops@herald.example');
  alice = await t.auth('alice@contoso.com');
  fiona = await t.auth('fiona@fabrikam.com');
  const opened = await t.app.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: ops,
    payload: {
      classification: 'incident',
      title: TITLE,
      impactDescription: 'Impact.',
      services: ['dataverse'],
      scope: { tenantIds: [t.demo.tenants.contoso.id, t.demo.tenants.fabrikam.id] },
      status: 'serviceInterruption',
    },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  incident = opened.json().id;
  t.clock.now = new Date('2026-11-23T12:00:00.000Z');
  const restored = await t.app.inject({
    method: 'POST',
    url: `/api/incidents/${incident}/posts`,
    headers: ops,
    payload: { description: 'Restored.', status: 'serviceRestored' },
  });
  expect(restored.statusCode, restored.body).toBe(201);
  expect(
    (await t.app.inject({ method: 'PUT', url: `/api/incidents/${incident}/report`, headers: ops, payload: REPORT }))
      .statusCode,
  ).toBe(200);
  expect(
    (await t.app.inject({ method: 'POST', url: `/api/incidents/${incident}/report/publish`, headers: ops })).statusCode,
  ).toBe(200);
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

describe('post-incident report documents in the reader’s language', () => {
  it('gives a Japanese reader a PDF whose headings and title extract as typed', async () => {
    await setLocale('alice@contoso.com', 'ja-JP');
    const text = await pdfText(await pdfOf(alice));
    for (const heading of ['概要', 'ユーザーへの影響', '開始日時', '解決日時', '根本原因', '今後の対応'])
      expect(text).toContain(heading);
    // The long title wraps (Japanese breaks between characters): read across the line ends.
    expect(text.replace(/\n/g, '')).toContain(`インシデント事後レポート ${incident}: ${TITLE}`);
    expect(text).toContain(REPORT.rootCause);
    expect(text).toContain('重大度: 重大');
    // Latin text typed into a Japanese report stays as it was.
    expect(text).toContain('Records could not be saved.');
    expect(text).not.toContain('Summary');
  });

  it('gives an Arabic reader a PDF whose headings read right to left as words', async () => {
    await setLocale('fiona@fabrikam.com', 'ar');
    const text = await pdfText(await pdfOf(fiona));
    const lines = text.split('\n').map((l) => l.trim());
    // Each heading is a line of its own, its words in reading order (pdftotext gives logical order).
    for (const heading of [
      'الملخص',
      'تجربة المستخدم',
      'تاريخ البدء ووقته',
      'تاريخ الحل ووقته',
      'السبب الجذري',
      'الخطوات التالية',
    ])
      expect(lines).toContain(heading);
    expect(text).toContain('تقرير ما بعد الحادث');
    expect(text).toContain(incident);
    // The Japanese title is drawn in a Japanese font inside the Arabic document.
    expect(text).toContain(TITLE);
  });

  it('takes ?lang= before the reader’s own, and passes over one Herald does not speak', async () => {
    await setLocale('alice@contoso.com', 'en-US');
    const german = await t.app.inject({ url: `/api/incidents/${incident}/report.html?lang=de`, headers: alice });
    expect(german.statusCode).toBe(200);
    expect(german.headers['content-language']).toBe('de');
    expect(german.body).toContain('<html lang="de" dir="ltr">');
    for (const heading of ['Zusammenfassung', 'Grundursache', 'Nächste Schritte'])
      expect(german.body).toContain(heading);
    expect(german.body).toContain('Schweregrad: Schwer');

    const unknown = await t.app.inject({ url: `/api/incidents/${incident}/report.html?lang=xx-YY`, headers: alice });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('<html lang="en" dir="ltr">');
    expect(unknown.body).toContain('Root Cause');

    const text = await pdfText(await pdfOf(alice, '?lang=de'));
    expect(text).toContain('Zusammenfassung');
    expect(text).toContain('Bericht nach dem Vorfall');
  });

  it('marks the Arabic HTML right to left, and falls back to the tenant’s language', async () => {
    const arabic = await t.app.inject({ url: `/api/incidents/${incident}/report.html`, headers: fiona });
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.body).toContain('<h2>السبب الجذري</h2>');

    // A person whose own language Herald does not speak reads their tenant's.
    await setLocale('alice@contoso.com', 'it-IT');
    await t.ctx.database.db
      .updateTable('tenant')
      .set({ locale: 'fr' })
      .where('id', '=', t.demo.tenants.contoso.id)
      .execute();
    const french = await t.app.inject({ url: `/api/incidents/${incident}/report.html`, headers: alice });
    expect(french.body).toContain('<html lang="fr" dir="ltr">');
    expect(french.body).toContain('Cause première');
    // Contoso's language is Contoso's: Fabrikam's reader is unaffected.
    expect((await t.app.inject({ url: `/api/incidents/${incident}/report.html`, headers: fiona })).body).toContain(
      'lang="ar"',
    );
  });
});
