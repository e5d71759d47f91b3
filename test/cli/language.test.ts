// The compiled `herald` speaks the operator's language: HERALD_LANG, else the POSIX locale
// (LC_ALL, LC_MESSAGES, LANG as "fr_FR.UTF-8"), else DEFAULT_LOCALE, else English — its help,
// its messages, its summaries with their plurals, and its errors. Run as a release runs it.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'herald.js');

let database: TestDatabase;
let dir: string;

function herald(
  args: string[],
  locale: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HERALD_SECRET: 'a-test-secret-that-is-long-enough-0123456789',
    DATABASE_URL: database.url,
    ...locale,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env, cwd: dir, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A JSON import of `tenants` tenants with one person each. */
function importFile(name: string, tenants: number): string {
  const file = path.join(dir, name);
  const list = Array.from({ length: tenants }, (_, i) => ({
    name: `${path.basename(name, '.json')} ${i}`,
    domain: `${path.basename(name, '.json')}${i}.example`,
    purchaseDate: '2026-01-15',
  }));
  const people = list.map((t, i) => ({
    email: `person${i}@${t.domain}`,
    name: `Person ${i}`,
    roles: [{ role: 'org_admin', tenant: t.domain }],
  }));
  fs.writeFileSync(file, JSON.stringify({ tenants: list, environments: [], people }));
  return file;
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'herald.js')))
    throw new Error('dist/ is not built: run `npm run build:server` first.');
  database = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-lang-'));
});

afterAll(async () => {
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const french = { LANG: 'fr_FR.UTF-8' };

describe('herald in the operator’s language', { timeout: 120_000 }, () => {
  it('prints its help in French for LANG=fr_FR.UTF-8', async () => {
    const help = await herald(['--help'], french);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Utilisation\s:/m);
    expect(help.stdout).toMatch(/^Commandes\s:/m);
    expect(help.stdout).toContain('Importe en masse locataires');
    const english = await herald(['--help'], {});
    expect(english.stdout).toMatch(/^Usage:/m);
    expect(english.stdout).toContain('Bulk-import tenants');
  });

  it('says what it did in French, with plurals, and in English when asked for nothing it speaks', async () => {
    const none = await herald(['operator', 'list'], french);
    expect(none.stdout.trim()).toBe(
      'Il n’y a pas encore d’opérateur\u00a0: `herald operator add --email vous@example.com` crée le premier.',
    );

    const one = await herald(['import', importFile('solo.json', 1)], french);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain('Import de 1 locataire, 0 environnement et 1 personne depuis solo.json…');
    expect(one.stdout).toMatch(/^1 locataire, 0 environnement, 1 personne et 1 rôle importés en \d+,\d\u00a0s\.$/m);

    const three = await herald(['import', importFile('trio.json', 3)], french);
    expect(three.stdout).toContain('Import de 3 locataires, 0 environnement et 3 personnes depuis trio.json…');
    expect(three.stdout).toMatch(/^3 locataires, 0 environnement, 3 personnes et 3 rôles importés en/m);

    const unspoken: Record<string, string>[] = [{ LANG: 'C' }, { LANG: 'tlh_KL.UTF-8' }, {}];
    for (const locale of unspoken) {
      const english = await herald(['token', 'list', '--email', 'person0@solo0.example'], locale);
      expect(english.stdout.trim()).toBe('person0@solo0.example has no API tokens.');
    }
  });

  it('takes HERALD_LANG over LANG, and LC_ALL over LANG', async () => {
    const japanese = await herald(['token', 'list', '--email', 'person0@solo0.example'], {
      ...french,
      HERALD_LANG: 'ja',
    });
    expect(japanese.stdout.trim()).toBe('person0@solo0.example には API トークンがありません。');
    const german = await herald(['token', 'list', '--email', 'person0@solo0.example'], {
      ...french,
      LC_ALL: 'de_DE.UTF-8',
    });
    expect(german.stdout.trim()).toBe('person0@solo0.example hat keine API-Tokens.');
  });

  it('reports a refused command in French, naming the field, and exits 1', async () => {
    const refused = await herald(['operator', 'add', '--email', 'not-an-email'], french);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('herald: email\u00a0: n’est pas une adresse e-mail (nom@example.com)');
    const unknown = await herald(['operator', 'link', '--email', 'nobody@solo0.example'], french);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      'Opérateur «\u00a0nobody@solo0.example\u00a0»\u00a0: n’existe pas ou ne vous est pas visible',
    );
  });

  it('refuses a bad setting and Commander’s own refusals in French', async () => {
    const port = await herald(['migrate'], { ...french, PORT: '70000' });
    expect(port.code).toBe(1);
    expect(port.stderr.trim()).toBe('herald: PORT doit être un nombre entier de 0 à 65535, pas «\u00a070000\u00a0»');
    const noEmail = await herald(['token', 'list'], french);
    expect(noEmail.code).toBe(1);
    expect(noEmail.stderr).toContain('erreur\u00a0: option obligatoire «\u00a0--email <email>\u00a0» non indiquée');
    expect(noEmail.stderr).not.toMatch(/required option/);
    const typo = await herald(['rehears'], french);
    expect(typo.stderr).toContain(
      'erreur\u00a0: commande inconnue «\u00a0rehears\u00a0»\n(Vouliez-vous dire rehearse\u00a0?)',
    );
  });

  it('refuses a bad rehearsal scenario in French, naming the entry, its line and field', async () => {
    const file = path.join(dir, 'mauvais.json');
    const events = [
      { at: 'PT1H', kind: 'incident.opened', title: 'Lent' },
      { at: 'demain midi', kind: 'incident.explosé' },
    ];
    fs.writeFileSync(file, JSON.stringify({ start: '2026-12-07T00:00:00Z', events }, null, 2));
    const refused = await herald(['rehearse', file], french);
    expect(refused.code).toBe(1);
    const lines = refused.stderr.trim().split('\n');
    expect(lines[0]).toBe('herald: mauvais.json\u00a0: 2 problèmes\u00a0; rien n’a été exécuté\u00a0:');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(
        /^ {2}events\[1\] \(ligne \d+\)\u00a0: a un type d’événement inconnu, «\u00a0incident\.explosé\u00a0»\u00a0; utilisez l’un de ceux-ci\u00a0: incident\.opened, /,
      ),
      expect.stringMatching(
        /^ {2}events\[1\] \(ligne \d+\), champ at\u00a0: «\u00a0demain midi\u00a0» n’est ni une heure UTC ISO 8601 .* ni une durée ISO 8601 après le début/,
      ),
    ]);
  });
});
