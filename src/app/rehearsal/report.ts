// The rehearsal's timeline as a person reads it: plain text (the terminal) and an HTML page.
import { html, type Html } from '../../html.js';
import type { Shows, ShownIssue, Timeline, TimelineEntry } from './rehearse.js';

const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')}Z`;
const causeOf = (e: TimelineEntry): string =>
  'entry' in e.cause ? `${e.cause.entry} ${e.cause.kind}` : `job "${e.cause.job}"`;

const directoryOf = (t: Timeline): string =>
  t.directory === 'scenario' ? "scenario's own directory" : 'snapshot of the live directory';
const titleOf = (e: TimelineEntry): string => (e.event.title ? ` "${e.event.title}"` : '');
const tenantOf = (d: { tenant: string | null }): string => (d.tenant ? ` (${d.tenant})` : '');

const issueOf = (i: ShownIssue): string => `"${i.title}" (${i.status}, ${i.severity})`;

/** One line per page: each tenant's dashboard, then the public page. */
export function showsLines(s: Shows): string[] {
  const dashboards = s.dashboards.map(
    (d) => `${d.tenant}: ${d.activeIssues.length ? d.activeIssues.map(issueOf).join(', ') : 'no active issues'}`,
  );
  const p = s.publicPage;
  const publicPage = [
    p.status.replaceAll('_', ' '),
    p.incidents.length ? `incidents ${p.incidents.map(issueOf).join(', ')}` : 'no incidents',
    p.maintenance.length
      ? `maintenance ${p.maintenance.map((m) => `"${m.title}" (${m.status.replaceAll('_', ' ')} from ${when(m.scheduledFor)})`).join(', ')}`
      : 'no maintenance',
  ].join('; ');
  const quiet = s.quietDashboards
    ? [
        s.dashboards.length
          ? `dashboards of ${s.quietDashboards} other tenant${s.quietDashboards === 1 ? '' : 's'}: no active issues`
          : 'every dashboard: no active issues',
      ]
    : [];
  return [...dashboards.map((d) => `dashboard ${d}`), ...quiet, `public page: ${publicPage}`];
}

/** The entries whose pages differ from the entry before (the first always): when to print them. */
function changedShows(t: Timeline): Set<TimelineEntry> {
  const changed = new Set<TimelineEntry>();
  let before = '';
  for (const e of t.entries) {
    const now = JSON.stringify(e.shows);
    if (now !== before) changed.add(e);
    before = now;
  }
  return changed;
}

export function timelineText(t: Timeline): string {
  const changed = changedShows(t);
  const lines = [
    `Rehearsal of ${t.scenario}: ${when(t.start)} to ${when(t.end)}, over the ${directoryOf(t)}; nothing was sent.`,
    '',
  ];
  for (const e of t.entries) {
    lines.push(`${when(e.at)}  ${e.event.type}${titleOf(e)} — rule ${e.rule} (from ${causeOf(e)})`);
    if (e.silence) lines.push(`    nobody is told: ${e.silence}`);
    else if (!e.told.length) lines.push('    nobody matched the rule');
    for (const d of e.told)
      lines.push(`    ${d.channel.padEnd(7)} ${d.recipient}${d.tenant ? ` (${d.tenant})` : ''} as ${d.reason}`);
    if (changed.has(e)) for (const line of showsLines(e.shows)) lines.push(`    shows: ${line}`);
  }
  const told = t.entries.reduce((n, e) => n + e.told.length, 0);
  lines.push('', `${t.entries.length} events, ${told} messages that would have been sent.`);
  return lines.join('\n') + '\n';
}

export function timelineHtml(t: Timeline): string {
  const changed = changedShows(t);
  const rows: Html[] = t.entries.map(
    (e) =>
      html`<tr>
        <td>${when(e.at)}</td>
        <td>${e.event.type}<br /><small>${e.event.title ?? ''}</small></td>
        <td>${e.rule}</td>
        <td>${causeOf(e)}</td>
        <td>
          ${
            e.silence
              ? html`<em>nobody: ${e.silence}</em>`
              : html`<ul>
                  ${e.told.map((d) => html`<li>${d.channel}: ${d.recipient}${tenantOf(d)} as ${d.reason}</li>`)}
                </ul>`
          }
        </td>
        <td>
          ${
            changed.has(e)
              ? html`<ul>
                  ${showsLines(e.shows).map((line) => html`<li>${line}</li>`)}
                </ul>`
              : html`<small>unchanged</small>`
          }
        </td>
      </tr>`,
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Rehearsal: ${t.scenario}</title>
        <style>
          body {
            font-family: system-ui, sans-serif;
            margin: 2rem;
          }
          table {
            border-collapse: collapse;
          }
          td,
          th {
            border: 1px solid #ccc;
            padding: 0.3rem 0.5rem;
            vertical-align: top;
            text-align: left;
          }
          ul {
            margin: 0;
            padding-left: 1rem;
          }
        </style>
      </head>
      <body>
        <h1>Rehearsal: ${t.scenario}</h1>
        <p>${when(t.start)} to ${when(t.end)}. Nothing was sent.</p>
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>Event</th>
              <th>Rule</th>
              <th>Because of</th>
              <th>Who is told, how</th>
              <th>What the dashboards and the public page show</th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>
      </body>
    </html>`.markup;
}
