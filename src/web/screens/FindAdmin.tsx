// "Find your administrator or support person": the org admins and system admins of each of the
// person's environments, and nothing about anyone else's.
import { Empty, Loaded, Page } from '../components/ui';
import type { EnvironmentAdmins } from '../lib/types';
import { useApi } from '../lib/useApi';

export function FindAdminScreen() {
  const admins = useApi<EnvironmentAdmins[]>('/api/me/admins', ['roles', 'directory', 'environment']);
  return (
    <Page title="Find your administrator" intro="Who to ask about each of your environments: its system admins first, then your organization’s admins.">
      <Loaded state={admins}>
        {(list) =>
          list.length === 0 ? (
            <Empty>You have no environments, so there is no administrator to show.</Empty>
          ) : (
            <div className="grid">
              {list.map((e) => (
                <article className="card" key={e.environmentId} aria-labelledby={`admins-${e.environmentId}`}>
                  <h2 id={`admins-${e.environmentId}`}>{e.environmentName}</h2>
                  <p className="meta">
                    <span>{e.tenantName}</span>
                    <span>{e.region}</span>
                    <span>{e.url.replace(/^https?:\/\//, '')}</span>
                  </p>
                  <Contacts title="System admins" people={e.systemAdmins} />
                  <Contacts title="Org admins" people={e.orgAdmins} />
                </article>
              ))}
            </div>
          )
        }
      </Loaded>
    </Page>
  );
}

function Contacts({ title, people }: { title: string; people: { name: string; email: string }[] }) {
  return (
    <>
      <h3>{title}</h3>
      {people.length === 0 ? (
        <p className="muted">None</p>
      ) : (
        <ul className="list">
          {people.map((p) => (
            <li key={p.email}>
              {p.name} · <a href={`mailto:${p.email}`}>{p.email}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
