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
import { Link, setQueryParam, useLocation } from '../../lib/router';
import { useTime } from '../../lib/time';
import type { IncidentReport, ReportState } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export const REPORT_STATE: Record<ReportState, { label: string; tone: Tone }> = {
  notStarted: { label: 'Not started', tone: 'warn' },
  draft: { label: 'Draft', tone: 'info' },
  due: { label: 'Due', tone: 'info' },
  dueSoon: { label: 'Due soon', tone: 'warn' },
  overdue: { label: 'Overdue', tone: 'bad' },
  published: { label: 'Published', tone: 'ok' },
};

export function ReportsScreen() {
  const { query } = useLocation();
  const state = query.get('state') ?? '';
  const list = useApi<{ items: IncidentReport[] }>(withQuery('/api/incident-reports', { state }), ['incident']);
  const time = useTime();
  return (
    <Page
      title="Post-incident reports"
      intro="A report is due 5 business days after a major incident is restored: summary, user experience, start, resolution, root cause and next steps."
    >
      <Tabs
        label="Which reports"
        current={state}
        onChange={(v) => setQueryParam('state', v)}
        tabs={[
          { id: '', label: 'All' },
          { id: 'overdue', label: 'Overdue' },
          { id: 'dueSoon', label: 'Due soon' },
          { id: 'draft', label: 'Drafts' },
          { id: 'published', label: 'Published' },
        ]}
      />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No reports here.</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Incident</th>
                    <th scope="col">State</th>
                    <th scope="col">Due</th>
                    <th scope="col">Published</th>
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
                        <Badge tone={REPORT_STATE[r.state].tone}>{REPORT_STATE[r.state].label}</Badge>
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
  }, 'Report saved');
  const publish = useAction(async () => {
    await api.put(`/api/incidents/${report.incidentId}/report`, body());
    await api.post(`/api/incidents/${report.incidentId}/report/publish`);
    onSaved();
  }, 'Report published: everyone told of the incident is told');
  const submit = save.submit;
  const error = save.error ?? publish.error;
  const text = (name: 'summary' | 'userExperience' | 'rootCause' | 'nextSteps', label: string, hint?: string) => (
    <Field label={label} name={name} error={error} hint={hint}>
      {(p) => <textarea {...p} rows={4} value={form.values[name]} onChange={(e) => form.set(name)(e.target.value)} />}
    </Field>
  );

  return (
    <Page
      title={`Report: ${report.title}`}
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
        <Badge tone={REPORT_STATE[report.state].tone}>{REPORT_STATE[report.state].label}</Badge>
        <span className="muted">
          {report.publishedDateTime
            ? `published ${time.dateTime(report.publishedDateTime)}`
            : `due ${time.dateTime(report.dueDateTime)} (${time.relative(report.dueDateTime)})`}
        </span>
        <Link to={`/incidents/${report.incidentId}`}>Back to the incident</Link>
      </p>
      <form noValidate className="card" onSubmit={submit}>
        {text('summary', 'Summary')}
        {text('userExperience', 'User experience')}
        <div className="form-row">
          <Field label={`Start (${time.zone})`} name="startDateTime" error={error}>
            {(p) => (
              <input
                {...p}
                type="datetime-local"
                value={form.values.startDateTime}
                onChange={(e) => form.set('startDateTime')(e.target.value)}
              />
            )}
          </Field>
          <Field label={`Resolution (${time.zone})`} name="resolutionDateTime" error={error}>
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
        {text('rootCause', 'Root cause')}
        {text('nextSteps', 'Next steps')}
        <ProblemNote error={error} />
        <div className="actions">
          <button className="btn" type="submit" disabled={save.busy || publish.busy}>
            Save draft
          </button>
          {report.state !== 'published' ? (
            <button
              className="btn primary"
              type="button"
              disabled={save.busy || publish.busy}
              onClick={() => void publish.run()}
            >
              Publish
            </button>
          ) : null}
        </div>
      </form>
    </Page>
  );
}
