// Version availability, public: `/versions` (HTML, no JavaScript) and `/api/versions.json`, per
// region the version running, the one scheduled and when, and the history. Anonymous like the
// status page; the weekly region posts link here.
import type { AppContext } from '../../../app/context.js';
import { versionAvailability, type VersionAvailability } from '../../../app/updates/versions.js';
import { html, safeUrl } from '../../../html.js';
import { utcTime } from '../../pages/html.js';
import type { HeraldServer } from '../../types.js';
import { VersionsSchema } from '../../../shared/contracts/updates.js';

const PUBLIC = { config: { public: true } } as const;

function page(v: VersionAvailability): string {
  const rows = v.regions.map(
    (r) =>
      html`<section id="${r.code}">
        <h2>${r.name} (${r.code})</h2>
        <p>
          Running:
          ${r.running ? html`<strong>${r.running.version}</strong> since ${utcTime(r.running.since)} (<a href="${safeUrl(r.running.releaseNotesUrl)}">release notes</a>)` : 'no update deployed through Herald yet'}
        </p>
        <p>
          Scheduled:
          ${
            r.scheduled
              ? html`<strong>${r.scheduled.version}</strong
                  >${r.scheduled.kind === 'wave' ? ' (major release wave)' : ''}: service update
                  ${utcTime(r.scheduled.serviceStartsAt)} to ${utcTime(r.scheduled.serviceEndsAt)}, database update
                  ${utcTime(r.scheduled.databaseStartsAt)} to ${utcTime(r.scheduled.databaseEndsAt)} (<a
                    href="${safeUrl(r.scheduled.releaseNotesUrl)}"
                    >release notes</a
                  >)`
              : 'nothing scheduled'
          }
        </p>
        ${
          r.history.length
            ? html`<details>
                <summary>History</summary>
                <ul>
                  ${r.history.map((h) => html`<li>${h.version} since ${utcTime(h.since)}</li>`)}
                </ul>
              </details>`
            : ''
        }
      </section>`,
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>Version availability</title>
        <style>
          body {
            font-family: system-ui, sans-serif;
            margin: 2rem auto;
            max-width: 60rem;
            padding: 0 1rem;
          }
          section {
            border-top: 1px solid #ddd;
            padding: 0.5rem 0;
          }
          h2 {
            font-size: 1.1rem;
          }
        </style>
      </head>
      <body>
        <h1>Version availability</h1>
        <p>
          Each week every region gets an updated deployment, starting with First Release; the database update runs 24
          hours after the service update. Times in UTC. <a href="/api/versions.json">JSON</a> ·
          <a href="/status">Service status</a>
        </p>
        ${rows}
      </body>
    </html>`.markup;
}

export function registerVersionRoutes(app: HeraldServer, ctx: AppContext): void {
  app.get(
    '/api/versions.json',
    {
      ...PUBLIC,
      schema: {
        tags: ['public status'],
        summary: 'Version availability per region: running, scheduled, history (public)',
        security: [],
        response: { 200: VersionsSchema },
      },
    },
    async () => versionAvailability(ctx.database.db, ctx.now()),
  );
  app.get(
    '/versions',
    {
      ...PUBLIC,
      schema: { tags: ['public status'], summary: 'The version availability page (HTML, public)', security: [] },
    },
    async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(page(await versionAvailability(ctx.database.db, ctx.now()))),
  );
}
