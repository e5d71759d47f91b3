// "Who will be told", shown in a composer before anything is saved: the server counts the
// environments, tenants and people a notice would reach with the same rule and directory that
// sending uses (POST …/audience-preview), and names the first few. One component for the Message
// Center composer, the maintenance planner and the incident composer; each says what its notice
// is (`how`), what to choose first (`prompt`) and when to warn that nobody would be told (`warning`).
import { useEffect, useId, useState, type ReactNode } from 'react';
import { api, asApiError, type ApiError } from '../lib/api';
import { useT, type Translate } from '../lib/i18n';
import { Badge, Loaded } from './ui';

export interface AudienceCounts {
  environmentCount?: number;
  tenantCount: number;
  tenants: { id: string; name: string }[];
  orgAdminCount?: number;
  systemAdminCount?: number;
  peopleCount: number;
  people: { id: string; name: string; email: string; reason: string }[];
}

export interface AudienceState<T> {
  data: T | undefined;
  error: ApiError | undefined;
}

/** Typing in a form changes the audience often; ask once it settles. */
const SETTLE_MS = 250;
const SHOWN = 12;

/** Asks `url` for the audience of `body`; null asks nothing (the form is not far enough yet). */
export function useAudiencePreview<T>(url: string, body: unknown): AudienceState<T> {
  const [state, setState] = useState<AudienceState<T>>({ data: undefined, error: undefined });
  // `key` stands for the inputs: a new object with the same content asks nothing new.
  const key = JSON.stringify([url, body]);
  useEffect(() => {
    if (body === null) return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .post<T>(url, body)
        .then((data) => current && setState({ data, error: undefined }))
        .catch(
          (e: unknown) =>
            current &&
            setState((s) => ({
              data: s.data,
              error: asApiError(e),
            })),
        );
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return body === null ? { data: undefined, error: undefined } : state;
}

export function AudiencePreview<T extends AudienceCounts>({
  state,
  ready,
  prompt,
  warning,
  how,
}: {
  state: AudienceState<T>;
  /** False until the form names enough to ask (then `prompt` says what to choose). */
  ready: boolean;
  prompt: ReactNode;
  /** A loud message instead of the counts, e.g. when the scope reaches no environment. */
  warning?: (p: T) => ReactNode;
  how: (p: T) => ReactNode;
}) {
  const title = useId();
  const t = useT();
  return (
    <section className="card audience" aria-labelledby={title} aria-live="polite">
      <h2 id={title}>{t('console.shell.audience.title')}</h2>
      {!ready ? (
        prompt
      ) : (
        <Loaded state={state}>
          {(p) => {
            const warned = warning?.(p);
            if (warned) return warned;
            const counts = [
              p.environmentCount === undefined
                ? null
                : t('console.shell.audience.environments', { count: p.environmentCount }),
              t('console.shell.audience.tenants', { count: p.tenantCount }),
              p.orgAdminCount === undefined ? null : t('console.shell.audience.orgAdmins', { count: p.orgAdminCount }),
              p.systemAdminCount === undefined
                ? null
                : t('console.shell.audience.systemAdmins', { count: p.systemAdminCount }),
              t('console.shell.audience.people', { count: p.peopleCount }),
            ].filter((c): c is string => c !== null);
            const names = t.list(p.tenants.map((tenant) => tenant.name));
            const moreTenants = p.tenantCount - p.tenants.length;
            return (
              <>
                <p className="stat-line">{boldList(t, counts)}</p>
                <p className="muted">{how(p)}</p>
                <p>{moreTenants > 0 ? t('console.shell.audience.andMore', { names, count: moreTenants }) : names}</p>
                <ul className="list">
                  {p.people.slice(0, SHOWN).map((person) => (
                    <li key={person.id}>
                      {person.name} <span className="muted">{person.email}</span>{' '}
                      <Badge>{t('console.shell.reason', { value: person.reason.replace(/ /g, '_') })}</Badge>
                    </li>
                  ))}
                </ul>
                {p.peopleCount > SHOWN ? (
                  <p className="muted">{t('console.shell.audience.morePeople', { count: p.peopleCount - SHOWN })}</p>
                ) : null}
              </>
            );
          }}
        </Loaded>
      )}
    </section>
  );
}

/** "3 environments, 2 tenants, 9 people" in the reader's list style, each count in bold. */
function boldList(t: Translate, items: string[]): ReactNode[] {
  return new Intl.ListFormat(t.formatLocale, { type: 'unit', style: 'short' })
    .formatToParts(items)
    .map((part, i) => (part.type === 'element' ? <strong key={i}>{part.value}</strong> : part.value));
}
