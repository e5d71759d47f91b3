// Who changed what, and when, newest first; each entry opens to show what it was before and after.
// Operators read all of it; an org admin reads their tenant's entries.
import { Empty, Field, Loaded, NewerOlder, Page } from '../components/ui';
import { withQuery } from '../lib/api';
import { setQueryParam, useLocation } from '../lib/router';
import { useMe } from '../lib/session';
import { useTenant } from '../lib/tenant';
import { useTime } from '../lib/time';
import type { AuditEntry, Page as ListPage } from '../lib/types';
import { useApi } from '../lib/useApi';

const PAGE = 50;

/** "maintenance.created" → "Maintenance created", "role_assignment.deleted" → "Role assignment deleted". */
const actionWords = (action: string) => {
  const words = action.replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function AuditLogScreen() {
  const me = useMe();
  const { tenantId, nameOf } = useTenant();
  const time = useTime();
  const { query } = useLocation();
  const filter = {
    entityType: query.get('entityType') ?? '',
    action: query.get('action') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
  };
  const offset = Number(query.get('offset') ?? 0);
  const list = useApi<ListPage<AuditEntry>>(
    withQuery('/api/audit-log', {
      ...filter,
      from: filter.from ? time.toUtc(`${filter.from}T00:00`) : undefined,
      to: filter.to ? time.toUtc(`${filter.to}T23:59`) : undefined,
      tenantId: me.isOperator ? undefined : tenantId,
      limit: PAGE,
      offset,
    }),
  );

  return (
    <Page
      title="Audit log"
      intro={
        me.isOperator
          ? 'Every change made in Herald, by whom, with what it was before and after.'
          : `Changes to ${nameOf(tenantId)}, by whom, with what it was before and after.`
      }
    >
      <div className="toolbar" role="search">
        <Field label="Action" name="action" hint="e.g. incident.opened">
          {(p) => (
            <input {...p} defaultValue={filter.action} onChange={(e) => setQueryParam('action', e.target.value)} />
          )}
        </Field>
        <Field label="Kind of thing" name="entityType" hint="e.g. incident, role_assignment">
          {(p) => (
            <input
              {...p}
              defaultValue={filter.entityType}
              onChange={(e) => setQueryParam('entityType', e.target.value)}
            />
          )}
        </Field>
        <Field label="From" name="from">
          {(p) => (
            <input
              {...p}
              type="date"
              defaultValue={filter.from}
              onChange={(e) => setQueryParam('from', e.target.value)}
            />
          )}
        </Field>
        <Field label="To" name="to">
          {(p) => (
            <input {...p} type="date" defaultValue={filter.to} onChange={(e) => setQueryParam('to', e.target.value)} />
          )}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>No entries match.</Empty>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Who</th>
                      <th scope="col">What</th>
                      <th scope="col">Change</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((e) => (
                      <tr key={e.id}>
                        <td title={e.at}>{time.dateTime(e.at)}</td>
                        <td>{e.actorLabel}</td>
                        <td>
                          {actionWords(e.action)}
                          <div className="muted">
                            {e.entityName
                              ? `${e.entityType.replace(/_/g, ' ')} “${e.entityName}”`
                              : `${e.entityType.replace(/_/g, ' ')} ${e.entityId}`}
                            {me.isOperator && e.tenantId ? ` · ${nameOf(e.tenantId)}` : ''}
                          </div>
                        </td>
                        <td>
                          <details>
                            <summary>Before and after</summary>
                            <pre className="diff">
                              {JSON.stringify({ before: e.before ?? undefined, after: e.after ?? undefined }, null, 2)}
                            </pre>
                          </details>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <NewerOlder offset={offset} shown={items.length} total={total} pageSize={PAGE} />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
