// The rehearsal's timeline as a person reads it: plain text (the terminal) and an HTML page.
import { html, type Html } from '../../html.js';
import type { Timeline, TimelineEntry } from './rehearse.js';

const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')}Z`;
const causeOf = (e: TimelineEntry): string =>
  'entry' in e.cause ? `${e.cause.entry} ${e.cause.kind}` : `job "${e.cause.job}"`;

const directoryOf = (t: Timeline): string =>
  t.directory === 'scenario' ? "scenario's own directory" : 'snapshot of the live directory';
const titleOf = (e: TimelineEntry): string => (e.event.title ? ` "${e.event.title}"` : '');
const tenantOf = (d: { tenant: string | null }): string => (d.tenant ? ` (${d.tenant})` : '');

export function timelineText(t: Timeline): string {
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
  }
  const told = t.entries.reduce((n, e) => n + e.told.length, 0);
  lines.push('', `${t.entries.length} events, ${told} messages that would have been sent.`);
  return lines.join('\n') + '\n';
}

export function timelineHtml(t: Timeline): string {
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
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>
      </body>
    </html>`.markup;
}
