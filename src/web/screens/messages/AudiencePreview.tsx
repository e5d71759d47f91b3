// Who a Message Center post will reach, before it is sent: the tenants its audience rule matches
// and the people the notification policy picks in them, counted by the server
// (POST /api/messages/audience-preview) with the same rule and directory that sending uses.
import { useEffect, useState } from 'react';
import { Badge, Loaded } from '../../components/ui';
import { api, ApiError } from '../../lib/api';
import { plural } from '../../lib/labels';
import type { MessageAudience } from '../../lib/types';
import { isAudienceEmpty } from '../../../shared/messages';
import type { MessageAudiencePreview as Preview } from '../../lib/types';

/** Typing in the form changes the audience often; ask once it settles. */
const SETTLE_MS = 250;
const SHOWN = 12;

function usePreview(audience: MessageAudience, isMajorChange: boolean, tags: string[]) {
  const [state, setState] = useState<{ data: Preview | undefined; error: ApiError | undefined }>({
    data: undefined,
    error: undefined,
  });
  const key = JSON.stringify([audience, isMajorChange, tags]);
  useEffect(() => {
    if (isAudienceEmpty(audience)) return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .post<Preview>('/api/messages/audience-preview', { audience, isMajorChange, tags })
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
    // `key` stands for the three inputs: a new object with the same content asks nothing new.
  }, [key]);
  return state;
}

export function AudiencePreview({
  audience,
  isMajorChange,
  tags,
}: {
  audience: MessageAudience;
  isMajorChange: boolean;
  tags: string[];
}) {
  const preview = usePreview(audience, isMajorChange, tags);
  return (
    <section className="card audience" aria-labelledby="audience-title" aria-live="polite">
      <h2 id="audience-title">Who will be told</h2>
      {isAudienceEmpty(audience) ? (
        <p className="problem">
          Choose an audience: all tenants, some tenants, or the tenants with environments in some regions or running
          some services.
        </p>
      ) : (
        <Loaded state={preview}>
          {(p) => (
            <>
              <p className="stat-line">
                <strong>{plural(p.tenantCount, 'tenant')}</strong>,{' '}
                <strong>{plural(p.peopleCount, 'person', 'people')}</strong>
              </p>
              <p className="muted">
                In the console{p.channels.includes('email') ? ' and by email' : ''}
                {p.optIn.includes('email') ? '; by email only to those who asked for Message Center email' : ''}.
              </p>
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
          )}
        </Loaded>
      )}
    </section>
  );
}
