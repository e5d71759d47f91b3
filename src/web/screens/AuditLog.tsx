// Who changed what, and when, newest first; each entry opens to show what it was before and after.
// Operators read all of it; an org admin reads their tenant's entries.
import { Empty, Field, Loaded, NewerOlder, Page } from '../components/ui';
import { withQuery } from '../lib/api';
import { useT } from '../lib/i18n';
import { setQueryParam, useLocation } from '../lib/router';
import { useMe } from '../lib/session';
import { useTenant } from '../lib/tenant';
import { useTime } from '../lib/time';
import type { AuditEntry, Page as ListPage } from '../lib/types';
import { useApi } from '../lib/useApi';

const PAGE = 50;

export function AuditLogScreen() {
  const me = useMe();
  const { tenantId, nameOf } = useTenant();
  const time = useTime();
  const t = useT();
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
      title={t('console.logs.audit.title')}
      intro={
        me.isOperator
          ? t('console.logs.audit.introOperator')
          : t('console.logs.audit.introTenant', { tenant: nameOf(tenantId) })
      }
    >
      <div className="toolbar" role="search">
        <Field
          label={t('console.logs.audit.action')}
          name="action"
          hint={t('console.logs.audit.example', { example: 'incident.opened' })}
        >
          {(p) => (
            <input {...p} defaultValue={filter.action} onChange={(e) => setQueryParam('action', e.target.value)} />
          )}
        </Field>
        <Field
          label={t('console.logs.audit.entityType')}
          name="entityType"
          hint={t('console.logs.audit.example', { example: 'incident, role_assignment' })}
        >
          {(p) => (
            <input
              {...p}
              defaultValue={filter.entityType}
              onChange={(e) => setQueryParam('entityType', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('console.logs.audit.from')} name="from">
          {(p) => (
            <input
              {...p}
              type="date"
              defaultValue={filter.from}
              onChange={(e) => setQueryParam('from', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('console.logs.audit.to')} name="to">
          {(p) => (
            <input {...p} type="date" defaultValue={filter.to} onChange={(e) => setQueryParam('to', e.target.value)} />
          )}
        </Field>
      </div>
      <Loaded state={list}>
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>{t('console.logs.audit.none')}</Empty>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('console.logs.audit.when')}</th>
                      <th scope="col">{t('console.logs.audit.who')}</th>
                      <th scope="col">{t('console.logs.audit.what')}</th>
                      <th scope="col">{t('console.logs.audit.change')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((e) => (
                      <tr key={e.id}>
                        <td title={e.at}>{time.dateTime(e.at)}</td>
                        <td>{e.actorLabel}</td>
                        <td>
                          {/* The action and kind are the API's codes (what the filters above take). */}
                          <code>{e.action}</code>
                          <div className="muted">
                            {e.entityName
                              ? t.rich('console.logs.audit.entityNamed', {
                                  type: <code>{e.entityType}</code>,
                                  name: e.entityName,
                                })
                              : t.rich('console.logs.audit.entityId', {
                                  type: <code>{e.entityType}</code>,
                                  id: e.entityId,
                                })}
                          </div>
                          {me.isOperator && e.tenantId ? <div className="muted">{nameOf(e.tenantId)}</div> : null}
                        </td>
                        <td>
                          <details>
                            <summary>{t('console.logs.audit.beforeAfter')}</summary>
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
