// Rehearsal (operators): paste or upload a scenario (the JSON `herald rehearse` reads), run it on a
// simulated clock over a copy of the directory, and read the timeline: at each moment who would be
// told what, by which channel and rule, and what the tenants' dashboards and the public page would
// show. The server sends nothing and writes nothing live; a bad scenario runs nothing and the
// problem names the entry, its line and field.
import { useEffect, useState, type ChangeEvent } from 'react';
import { Badge, Empty, Field, Loaded, Page, useAction } from '../../components/ui';
import { api } from '../../lib/api';
import { plural } from '../../lib/labels';
import type { RehearsalEntry, RehearsalShows, RehearsalTimeline, ShownIssue } from '../../lib/types';
import { useApi } from '../../lib/useApi';

/** Simulated times are shown in UTC, as the scenario writes them. */
const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
const words = (s: string): string => s.replaceAll('_', ' ');
const causeOf = (e: RehearsalEntry): string =>
  'entry' in e.cause ? `scenario ${e.cause.entry}` : `as time passed: ${e.cause.job}`;
const issue = (i: ShownIssue): string => `${i.title} (${words(i.status)}, ${i.severity})`;

function ShowsList({ shows }: { shows: RehearsalShows }) {
  const p = shows.publicPage;
  return (
    <ul className="list shows">
      {shows.dashboards.map((d) => (
        <li key={d.tenant}>
          Dashboard of {d.tenant}:{' '}
          {d.activeIssues.length ? (
            d.activeIssues.map(issue).join('; ')
          ) : (
            <span className="muted">no active issues</span>
          )}
        </li>
      ))}
      <li>
        Public page: <Badge tone={p.status === 'operational' ? 'ok' : 'warn'}>{words(p.status)}</Badge>
        {p.incidents.length ? ` — incidents: ${p.incidents.map(issue).join('; ')}` : ''}
        {p.maintenance.length
          ? ` — maintenance: ${p.maintenance.map((m) => `${m.title} (${words(m.status)} from ${when(m.scheduledFor)})`).join('; ')}`
          : ''}
      </li>
    </ul>
  );
}

function TimelineView({ timeline }: { timeline: RehearsalTimeline }) {
  const told = timeline.entries.reduce((n, e) => n + e.told.length, 0);
  let before = '';
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline of {timeline.scenario}</h2>
      <p className="intro">
        {when(timeline.start)} to {when(timeline.end)}, over{' '}
        {timeline.directory === 'scenario' ? 'the scenario’s own directory' : 'a copy of the live directory'}:{' '}
        {plural(timeline.entries.length, 'event')}, {plural(told, 'message')} that would have been sent. Nothing was
        sent.
      </p>
      {timeline.entries.length === 0 ? (
        <Empty>Nothing happened in this scenario.</Empty>
      ) : (
        <ol className="list card timeline">
          {timeline.entries.map((e, i) => {
            const shows = JSON.stringify(e.shows);
            const changed = shows !== before;
            before = shows;
            return (
              <li key={i}>
                <div className="actions">
                  <span className="item-title">
                    {when(e.at)} · {e.event.type}
                    {e.event.title ? `: ${e.event.title}` : ''}
                  </span>
                  <Badge>{e.rule}</Badge>
                </div>
                <div className="meta">
                  <span>{causeOf(e)}</span>
                </div>
                {e.silence ? (
                  <p className="muted">Nobody is told: {e.silence}</p>
                ) : e.told.length === 0 ? (
                  <p className="muted">Nobody matched the rule.</p>
                ) : (
                  <ul className="list told" aria-label="Who is told">
                    {e.told.map((d, j) => (
                      <li key={j}>
                        <Badge>{words(d.channel)}</Badge> {d.recipient}
                        {d.tenant ? ` (${d.tenant})` : ''} <span className="muted">as {words(d.reason)}</span>
                      </li>
                    ))}
                  </ul>
                )}
                {changed ? (
                  <details open={i === 0}>
                    <summary>What the pages show</summary>
                    <ShowsList shows={e.shows} />
                  </details>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

export function RehearsalScreen() {
  const sample = useApi<{ scenario: string }>('/api/rehearsals/sample');
  const [scenario, setScenario] = useState<string | null>(null);
  const [timeline, setTimeline] = useState<RehearsalTimeline>();
  useEffect(() => {
    if (scenario === null && sample.data) setScenario(sample.data.scenario);
  }, [sample.data, scenario]);
  const run = useAction(async () => {
    setTimeline(undefined);
    setTimeline(await api.post<RehearsalTimeline>('/api/rehearsals', { scenario: scenario ?? '' }));
  }, 'Rehearsal finished');
  const upload = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) void file.text().then(setScenario);
  };
  const problems = run.error?.problems.length ? run.error.problems : [];
  return (
    <Page
      title="Rehearsal"
      intro="Run a scenario of timed events through the real policy, planner and periodic jobs on a simulated clock, over a copy of the directory. Nothing is sent and nothing live changes. Times in a scenario are relative to its start (PT1H, P1DT2H) or ISO 8601 UTC."
    >
      <Loaded state={sample}>
        {() => (
          <form className="card" onSubmit={run.submit}>
            <Field
              label="Scenario (JSON)"
              name="scenario"
              hint="Starts with a sample; paste your own, or load a file. Without a directory of its own it runs over a copy of the live one."
            >
              {(p) => (
                <textarea
                  {...p}
                  rows={18}
                  spellCheck={false}
                  className="code"
                  value={scenario ?? ''}
                  onChange={(e) => setScenario(e.target.value)}
                />
              )}
            </Field>
            <Field label="Load a scenario file" name="file">
              {(p) => <input {...p} type="file" accept="application/json,.json" onChange={upload} />}
            </Field>
            {run.error ? (
              <div className="problem" role="alert">
                <p>{problems.length ? 'The scenario was not run:' : run.error.message}</p>
                {problems.length ? (
                  <ul>
                    {problems.map((p, i) => (
                      <li key={i}>{p.message}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
            <div className="actions">
              <button className="btn primary" type="submit" disabled={run.busy || !scenario}>
                {run.busy ? 'Rehearsing…' : 'Rehearse'}
              </button>
              {sample.data && scenario !== sample.data.scenario ? (
                <button className="btn" type="button" onClick={() => setScenario(sample.data!.scenario)}>
                  Back to the sample
                </button>
              ) : null}
            </div>
          </form>
        )}
      </Loaded>
      {timeline ? <TimelineView timeline={timeline} /> : null}
    </Page>
  );
}
