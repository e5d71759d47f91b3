// Post-incident reports: every report owed or written with its due date (5 business days after a
// major incident's restoration), overdue ones first to catch the eye; and the editor of one
// report with the policy's six parts, publish, and its HTML and PDF.
import {
  Badge,
  Empty,
  Field,
  Loaded,
  Page,
  ProblemNote,
  Tabs,
  useAction,
  useFields,
  type Tone,
} from '../../components/ui';
import { api, withQuery } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { Link, setQueryParam, useLocation } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { IncidentReport, ReportState } from '../../lib/types';
import { useApi } from '../../lib/useApi';

const REPORT_TONE: Record<ReportState, Tone> = {
  notStarted: 'warn',
  draft: 'info',
  due: 'info',
  dueSoon: 'warn',
  overdue: 'bad',
  published: 'ok',
};

/** Where a report stands, in the reader's words and the colour of its urgency. */
export function ReportStateBadge({ state }: { state: ReportState }) {
  const t = useT();
  return <Badge tone={REPORT_TONE[state]}>{t('console.incidents.report.state', { state })}</Badge>;
}

export function ReportsScreen() {
  const { query } = useLocation();
  const state = query.get('state') ?? '';
  const list = useApi<{ items: IncidentReport[] }>(withQuery('/api/incident-reports', { state }), ['incident']);
  const time = useTime();
  const t = useT();
  return (
    <Page title={t('console.incidents.reports.title')} intro={t('console.incidents.reports.intro', { days: 5 })}>
      <Tabs
        label={t('console.incidents.reports.which')}
        current={state}
        onChange={(v) => setQueryParam('state', v)}
        tabs={[
          { id: '', label: t('console.incidents.list.all') },
          { id: 'overdue', label: t('console.incidents.report.state', { state: 'overdue' }) },
          { id: 'dueSoon', label: t('console.incidents.report.state', { state: 'dueSoon' }) },
          { id: 'draft', label: t('console.incidents.reports.drafts') },
          { id: 'published', label: t('console.incidents.report.state', { state: 'published' }) },
        ]}
      />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.incidents.reports.none')}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('console.incidents.reports.incident')}</th>
                    <th scope="col">{t('console.incidents.reports.state')}</th>
                    <th scope="col">{t('console.incidents.reports.due')}</th>
                    <th scope="col">{t('console.incidents.reports.published')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((r) => (
                    <tr key={r.incidentId}>
                      <td>
                        <Link to={`/incidents/${r.incidentId}/report`}>{r.title}</Link>
                        <div className="muted">{r.incidentId}</div>
                      </td>
                      <td>
                        <ReportStateBadge state={r.state} />
                      </td>
                      <td>
                        {time.dateTime(r.dueDateTime)}
                        {r.state !== 'published' && r.dueDateTime ? (
                          <div className="muted">{time.relative(r.dueDateTime)}</div>
                        ) : null}
                      </td>
                      <td>{r.publishedDateTime ? time.date(r.publishedDateTime) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </Page>
  );
}

export function ReportEditorScreen({ id }: { id: string }) {
  const report = useApi<IncidentReport>(`/api/incidents/${id}/report`, ['incident']);
  return <Loaded state={report}>{(r) => <ReportForm report={r} onSaved={report.reload} />}</Loaded>;
}

function ReportForm({ report, onSaved }: { report: IncidentReport; onSaved: () => void }) {
  const time = useTime();
  const t = useT();
  const form = useFields({
    // A report not started yet has none of its text (null): the fields start empty.
    summary: report.summary ?? '',
    userExperience: report.userExperience ?? '',
    startDateTime: time.toLocalInput(report.startDateTime),
    resolutionDateTime: time.toLocalInput(report.resolutionDateTime),
    rootCause: report.rootCause ?? '',
    nextSteps: report.nextSteps ?? '',
  });
  const body = () => ({
    ...form.values,
    startDateTime: time.toUtc(form.values.startDateTime) ?? undefined,
    resolutionDateTime: time.toUtc(form.values.resolutionDateTime) ?? undefined,
  });
  const save = useAction(async () => {
    await api.put(`/api/incidents/${report.incidentId}/report`, body());
    onSaved();
  }, t('console.incidents.reports.saved'));
  const publish = useAction(async () => {
    await api.put(`/api/incidents/${report.incidentId}/report`, body());
    await api.post(`/api/incidents/${report.incidentId}/report/publish`);
    onSaved();
  }, t('console.incidents.reports.publishedToast'));
  const submit = save.submit;
  const error = save.error ?? publish.error;
  const text = (name: 'summary' | 'userExperience' | 'rootCause' | 'nextSteps', label: string, hint?: string) => (
    <Field label={label} name={name} error={error} hint={hint}>
      {(p) => <textarea {...p} rows={4} value={form.values[name]} onChange={(e) => form.set(name)(e.target.value)} />}
    </Field>
  );

  return (
    <Page
      title={t('console.incidents.reports.editorTitle', { title: report.title })}
      actions={
        <>
          <a className="btn" href={`/api/incidents/${report.incidentId}/report.html`} target="_blank" rel="noopener">
            HTML
          </a>
          <a className="btn" href={`/api/incidents/${report.incidentId}/report.pdf`}>
            PDF
          </a>
        </>
      }
    >
      <p className="actions">
        <ReportStateBadge state={report.state} />
        <span className="muted">
          {report.publishedDateTime
            ? t('console.incidents.reports.publishedOn', { time: time.dateTime(report.publishedDateTime) })
            : t('console.incidents.reports.dueOn', {
                time: time.dateTime(report.dueDateTime),
                relative: time.relative(report.dueDateTime),
              })}
        </span>
        <Link to={`/incidents/${report.incidentId}`}>{t('console.incidents.reports.back')}</Link>
      </p>
      <form noValidate className="card" onSubmit={submit}>
        {text('summary', t('console.incidents.reports.summary'))}
        {text('userExperience', t('console.incidents.userExperience'))}
        <div className="form-row">
          <Field label={t('console.incidents.reports.start', { zone: time.zone })} name="startDateTime" error={error}>
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={form.values.startDateTime}
                onChange={(e) => form.set('startDateTime')(e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('console.incidents.reports.resolution', { zone: time.zone })}
            name="resolutionDateTime"
            error={error}
          >
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={form.values.resolutionDateTime}
                onChange={(e) => form.set('resolutionDateTime')(e.target.value)}
              />
            )}
          </Field>
        </div>
        {text('rootCause', t('console.incidents.reports.rootCause'))}
        {text('nextSteps', t('console.incidents.reports.nextSteps'))}
        <ProblemNote error={error} />
        <div className="actions">
          <button className="btn" type="submit" disabled={save.busy || publish.busy}>
            {t('console.incidents.reports.saveDraft')}
          </button>
          {report.state !== 'published' ? (
            <button
              className="btn primary"
              type="button"
              disabled={save.busy || publish.busy}
              onClick={() => void publish.run()}
            >
              {t('console.incidents.reports.publish')}
            </button>
          ) : null}
        </div>
      </form>
    </Page>
  );
}
