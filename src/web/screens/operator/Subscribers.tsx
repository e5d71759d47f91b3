// Public subscribers of the status page: how many each region and service reaches, a search to
// find one and remove it, and the whole list as CSV.
import { useT } from '../../lib/i18n';
import { useLabels } from '../../lib/labels';
import { useState } from 'react';
import { Badge, Empty, Loaded, Page, ProblemNote, useAction } from '../../components/ui';
import { api, withQuery } from '../../lib/api';
import { useTime } from '../../lib/time';
import { useApi } from '../../lib/useApi';

interface ComponentCount {
  kind: 'region' | 'service';
  code: string;
  name: string;
  chosen: number;
  reached: number;
}
interface Summary {
  active: number;
  pending: number;
  everything: number;
  byKind: { email: number; webhook: number };
  components: ComponentCount[];
}
interface Subscriber {
  id: string;
  kind: 'email' | 'webhook';
  address: string;
  status: 'pending' | 'active';
  everything: boolean;
  regions: string[];
  services: string[];
  createdAt: string;
}

function Counts({ rows, title }: { rows: ComponentCount[]; title: string }) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>{title}</th>
            <th>{t('console.operator.subscribers.chose')}</th>
            <th>{t('console.operator.subscribers.reached')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={`${c.kind}:${c.code}`}>
              <td>{c.name}</td>
              <td>{t.number(c.chosen)}</td>
              <td>{t.number(c.reached)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SubscribersScreen() {
  const summary = useApi<Summary>('/api/subscribers/summary', ['subscribers']);
  const [search, setSearch] = useState('');
  const list = useApi<{ items: Subscriber[] }>(
    withQuery('/api/subscribers', { search: search || undefined, limit: 100 }),
    ['subscribers'],
  );
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  const remove = useAction(async (id: string) => {
    await api.delete(`/api/subscribers/${id}`);
    list.reload();
    summary.reload();
  }, t('console.operator.subscribers.removed'));
  return (
    <Page title={t('console.operator.subscribers.title')} intro={t('console.operator.subscribers.intro')}>
      <Loaded state={summary}>
        {(s) => (
          <>
            <p>
              {t('console.operator.subscribers.summary', {
                active: s.active,
                email: s.byKind.email,
                webhook: s.byKind.webhook,
                pending: s.pending,
                everything: s.everything,
              })}{' '}
              <a href="/api/subscribers/export.csv" download>
                {t('console.operator.subscribers.export')}
              </a>
            </p>
            <Counts title={t('console.incidents.region')} rows={s.components.filter((c) => c.kind === 'region')} />
            <Counts title={t('console.incidents.service')} rows={s.components.filter((c) => c.kind === 'service')} />
          </>
        )}
      </Loaded>
      <label>
        {t('console.operator.subscribers.find')}{' '}
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <ProblemNote error={remove.error} />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.operator.subscribers.none')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((x) => (
                <li key={x.id}>
                  <div className="actions">
                    <span className="item-title">{x.address}</span>
                    <Badge tone={x.status === 'active' ? 'ok' : 'warn'}>{labels.value(x.status)}</Badge>
                    <button
                      className="btn danger"
                      type="button"
                      disabled={remove.busy}
                      onClick={() => void remove.run(x.id)}
                    >
                      {t('console.operator.subscribers.remove')}
                    </button>
                  </div>
                  <div className="meta">
                    <span>{labels.value(x.kind)}</span>
                    <span>
                      {x.everything
                        ? t('console.operator.subscribers.everything')
                        : t.list([...x.regions, ...x.services])}
                    </span>
                    <span>{t('console.operator.subscribers.since', { time: time.dateTime(x.createdAt) })}</span>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}
