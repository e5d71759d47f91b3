// Rehearsal (operators): paste or upload a scenario (the JSON `herald rehearse` reads), run it on a
// simulated clock over a copy of the directory, and read the timeline: at each moment who would be
// told what, by which channel and rule, and what the tenants' dashboards and the public page would
// show. The server sends nothing and writes nothing live; a bad scenario runs nothing and the
// problem names the entry, its line and field.
import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { Badge, Empty, Field, Loaded, Page, useAction } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import type { RehearsalEntry, RehearsalShows, RehearsalTimeline, ShownIssue } from '../../lib/types';
import { useApi } from '../../lib/useApi';

/** Simulated times are shown in UTC, as the scenario writes them, in the reader's format. */
function useWhen(): (iso: string) => string {
  const t = useT();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(t.formatLocale, {
      timeZone: 'UTC',
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return (iso: string) => t('console.operator.rehearsal.utc', { time: format.format(new Date(iso)) });
  }, [t]);
}

function ShowsList({ shows }: { shows: RehearsalShows }) {
  const t = useT();
  const labels = useLabels();
  const when = useWhen();
  const issue = (i: ShownIssue): string =>
    t('console.operator.rehearsal.issue', {
      title: i.title,
      status: labels.value(i.status),
      severity: labels.value(i.severity),
    });
  const p = shows.publicPage;
  return (
    <ul className="list shows">
      {shows.dashboards.map((d) => (
        <li key={d.tenant}>
          {t.rich('console.operator.rehearsal.dashboard', {
            tenant: d.tenant,
            issues: d.activeIssues.length ? (
              t.list(d.activeIssues.map(issue))
            ) : (
              <span className="muted">{t('console.operator.rehearsal.noIssues')}</span>
            ),
          })}
        </li>
      ))}
      <li>
        {t.rich('console.operator.rehearsal.publicPage', {
          status: t('status.component', { status: p.status }),
          badge: (c) => <Badge tone={p.status === 'operational' ? 'ok' : 'warn'}>{c}</Badge>,
        })}
        {p.incidents.length
          ? ` — ${t('console.operator.rehearsal.publicIncidents', { list: t.list(p.incidents.map(issue)) })}`
          : ''}
        {p.maintenance.length
          ? ` — ${t('console.operator.rehearsal.publicMaintenance', {
              list: t.list(
                p.maintenance.map((m) =>
                  t('console.operator.rehearsal.maintenance', {
                    title: m.title,
                    status: t('status.maintenance', { status: m.status }),
                    time: when(m.scheduledFor),
                  }),
                ),
              ),
            })}`
          : ''}
      </li>
    </ul>
  );
}

function TimelineView({ timeline }: { timeline: RehearsalTimeline }) {
  const t = useT();
  const labels = useLabels();
  const when = useWhen();
  const causeOf = (e: RehearsalEntry): string =>
    'entry' in e.cause
      ? t('console.operator.rehearsal.causeEntry', { entry: e.cause.entry })
      : t('console.operator.rehearsal.causeJob', { job: e.cause.job });
  const told = timeline.entries.reduce((n, e) => n + e.told.length, 0);
  let before = '';
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('console.operator.rehearsal.timelineOf', { scenario: timeline.scenario })}</h2>
      <p className="intro">
        {t('console.operator.rehearsal.summary', {
          start: when(timeline.start),
          end: when(timeline.end),
          directory: timeline.directory,
          events: timeline.entries.length,
          messages: told,
        })}
      </p>
      {timeline.entries.length === 0 ? (
        <Empty>{t('console.operator.rehearsal.empty')}</Empty>
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
                    {when(e.at)} ·{' '}
                    {e.event.title
                      ? t('common.labelValue', { label: e.event.type, value: e.event.title })
                      : e.event.type}
                  </span>
                  <Badge>{e.rule}</Badge>
                </div>
                <div className="meta">
                  <span>{causeOf(e)}</span>
                </div>
                {e.silence ? (
                  <p className="muted">{t('console.operator.rehearsal.silence', { reason: e.silence })}</p>
                ) : e.told.length === 0 ? (
                  <p className="muted">{t('console.operator.rehearsal.nobody')}</p>
                ) : (
                  <ul className="list told" aria-label={t('console.operator.rehearsal.whoIsTold')}>
                    {e.told.map((d, j) => (
                      <li key={j}>
                        <Badge>{labels.value(d.channel)}</Badge> {d.recipient}
                        {d.tenant ? ` (${d.tenant})` : ''}{' '}
                        <span className="muted">
                          {t('console.operator.rehearsal.as', { role: labels.role(d.reason) })}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                {changed ? (
                  <details open={i === 0}>
                    <summary>{t('console.operator.rehearsal.pagesShow')}</summary>
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
  const t = useT();
  useEffect(() => {
    if (scenario === null && sample.data) setScenario(sample.data.scenario);
  }, [sample.data, scenario]);
  const run = useAction(async () => {
    setTimeline(undefined);
    setTimeline(await api.post<RehearsalTimeline>('/api/rehearsals', { scenario: scenario ?? '' }));
  }, t('console.operator.rehearsal.finished'));
  const upload = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) void file.text().then(setScenario);
  };
  const problems = run.error?.problems.length ? run.error.problems : [];
  return (
    <Page
      title={t('console.operator.rehearsal.title')}
      intro={t('console.operator.rehearsal.intro', { examples: 'PT1H, P1DT2H' })}
    >
      <Loaded state={sample}>
        {() => (
          <form className="card" onSubmit={run.submit}>
            <Field
              label={t('console.operator.rehearsal.scenario')}
              name="scenario"
              hint={t('console.operator.rehearsal.scenarioHint')}
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
            <Field label={t('console.operator.rehearsal.file')} name="file">
              {(p) => <input {...p} type="file" accept="application/json,.json" onChange={upload} />}
            </Field>
            {run.error ? (
              <div className="problem" role="alert">
                <p>{problems.length ? t('console.operator.rehearsal.notRun') : run.error.message}</p>
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
                {t(run.busy ? 'console.operator.rehearsal.rehearsing' : 'console.operator.rehearsal.rehearse')}
              </button>
              {sample.data && scenario !== sample.data.scenario ? (
                <button className="btn" type="button" onClick={() => setScenario(sample.data!.scenario)}>
                  {t('console.operator.rehearsal.backToSample')}
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
