// Public subscribers of the status page: how many each region and service reaches, a search to
// find one and remove it, and the whole list as CSV.
import { valueLabel } from '../../lib/labels';
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
  return (
    <table className="card">
      <thead>
        <tr>
          <th>{title}</th>
          <th>Chose it</th>
          <th>Reached (with “everything”)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={`${c.kind}:${c.code}`}>
            <td>{c.name}</td>
            <td>{c.chosen}</td>
            <td>{c.reached}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
  const remove = useAction(async (id: string) => {
    await api.delete(`/api/subscribers/${id}`);
    list.reload();
    summary.reload();
  }, 'Subscriber removed');
  return (
    <Page
      title="Status page subscribers"
      intro="People and systems that subscribed on the public status page. They confirmed by email, or their webhook answered a signed verification."
    >
      <Loaded state={summary}>
        {(s) => (
          <>
            <p>
              {s.active} active ({s.byKind.email} email, {s.byKind.webhook} webhook), {s.pending} waiting for
              confirmation; {s.everything} hear of everything.{' '}
              <a href="/api/subscribers/export.csv" download>
                Export CSV
              </a>
            </p>
            <Counts title="Region" rows={s.components.filter((c) => c.kind === 'region')} />
            <Counts title="Service" rows={s.components.filter((c) => c.kind === 'service')} />
          </>
        )}
      </Loaded>
      <label>
        Find an address <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <ProblemNote error={remove.error} />
      <Loaded state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No subscribers here.</Empty>
          ) : (
            <ul className="list card">
              {items.map((x) => (
                <li key={x.id}>
                  <div className="actions">
                    <span className="item-title">{x.address}</span>
                    <Badge tone={x.status === 'active' ? 'ok' : 'warn'}>{valueLabel(x.status)}</Badge>
                    <button
                      className="btn danger"
                      type="button"
                      disabled={remove.busy}
                      onClick={() => void remove.run(x.id)}
                    >
                      Remove
                    </button>
                  </div>
                  <div className="meta">
                    <span>{x.kind}</span>
                    <span>{x.everything ? 'everything' : [...x.regions, ...x.services].join(', ')}</span>
                    <span>since {time.dateTime(x.createdAt)}</span>
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
