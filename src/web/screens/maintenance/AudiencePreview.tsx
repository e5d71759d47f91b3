// Who maintenance will reach, shown while it is being scheduled: the environments its regions and
// services select, their tenants and the people the notice goes to, counted by the server
// (POST /api/maintenance/audience-preview) as scheduling resolves them. Zero environments is
// said loudly: such work tells nobody, and the server refuses it unless confirmed.
import { useEffect, useState } from 'react';
import { Badge, Loaded } from '../../components/ui';
import { api, ApiError } from '../../lib/api';
import { plural } from '../../lib/labels';
import type { MaintenanceAudience } from '../../lib/types';
export type { MaintenanceAudience };

export interface MaintenanceScope {
  kind: string;
  impact: string;
  regions: string[];
  services: string[];
}

const SETTLE_MS = 250;
const SHOWN = 12;

const HOW: Record<MaintenanceAudience['announcement'], string> = {
  notice: 'Emailed and shown in the console ahead of the window.',
  unplanned: 'Emailed at once, as unplanned maintenance.',
  none: 'Without impact, it is only shown in the schedule; nobody is told.',
};

export function useMaintenanceAudience(scope: MaintenanceScope) {
  const [state, setState] = useState<{ data: MaintenanceAudience | undefined; error: ApiError | undefined }>({
    data: undefined,
    error: undefined,
  });
  const key = JSON.stringify(scope);
  useEffect(() => {
    if (!scope.regions.length) return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .post<MaintenanceAudience>('/api/maintenance/audience-preview', {
          kind: scope.kind,
          impact: scope.impact,
          regions: scope.regions,
          ...(scope.services.length ? { services: scope.services } : {}),
        })
        .then((data) => current && setState({ data, error: undefined }))
        .catch(
          (e: unknown) =>
            current &&
            setState((s) => ({
              data: s.data,
              error: e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e)),
            })),
        );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` stands for the scope: a new object with the same content asks nothing new.
  }, [key]);
  return scope.regions.length ? state : { data: undefined, error: undefined };
}

export function MaintenanceAudiencePreview({
  scope,
  audience,
}: {
  scope: MaintenanceScope;
  audience: ReturnType<typeof useMaintenanceAudience>;
}) {
  return (
    <section className="card audience" aria-labelledby="audience-title" aria-live="polite">
      <h2 id="audience-title">Who will be told</h2>
      {!scope.regions.length ? (
        <p className="muted">Choose the regions the work is in.</p>
      ) : (
        <Loaded state={audience}>
          {(p) =>
            p.environmentCount === 0 ? (
              <p className="problem" role="alert">
                No environment runs in these regions{scope.services.length ? ' with these services' : ''}: nobody would
                be told. Check the regions and services.
              </p>
            ) : (
              <>
                <p className="stat-line">
                  <strong>{plural(p.environmentCount, 'environment')}</strong>,{' '}
                  <strong>{plural(p.tenantCount, 'tenant')}</strong>,{' '}
                  <strong>{plural(p.peopleCount, 'person', 'people')}</strong>
                </p>
                <p className="muted">{HOW[p.announcement]}</p>
                <p>
                  {p.tenants.map((t) => t.name).join(', ')}
                  {p.tenantCount > p.tenants.length ? ` and ${p.tenantCount - p.tenants.length} more` : ''}
                </p>
                <ul className="list">
                  {p.people.slice(0, SHOWN).map((person) => (
                    <li key={person.id}>
                      {person.name} <span className="muted">{person.email}</span> <Badge>{person.reason}</Badge>
                    </li>
                  ))}
                </ul>
                {p.peopleCount > SHOWN ? <p className="muted">and {p.peopleCount - SHOWN} more</p> : null}
              </>
            )
          }
        </Loaded>
      )}
    </section>
  );
}
