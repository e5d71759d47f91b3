// Who a Message Center post will reach, before it is sent: the tenants its audience rule matches
// and the people the notification policy picks in them, counted and named. It runs the same pure
// functions as the server (src/domain/messages.ts audienceTenantIds, src/domain/policies.ts
// decide) over the directory the operator can read, so the preview and the sending agree.
import { useMemo } from 'react';
import { Badge, Loaded } from '../../components/ui';
import { plural } from '../../lib/labels';
import { useTenant } from '../../lib/tenant';
import type { Environment, MessageAudience, Page as ListPage, Person } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { audienceTenantIds, DATA_PRIVACY_TAG, isAudienceEmpty } from '../../../domain/messages';
import { decide, isSilence, type AudienceSelector } from '../../../domain/policies';

interface Told {
  person: Person;
  why: string;
}

const SHOWN = 12;

/** The people a selector picks among the audience's tenants and environments. */
function picks(selector: AudienceSelector, people: Person[], tenants: Set<string>, environments: Set<string>): Told[] {
  if (!('role' in selector)) return [];
  return people.flatMap((person) => {
    const role = person.roles.find((r) => {
      if (r.role !== selector.role) return false;
      if (selector.role === 'additional_recipient') return tenants.has(r.tenantId ?? '') && r.categories.includes(selector.category);
      if (selector.role === 'system_admin') return environments.has(r.environmentId ?? '');
      if (selector.role === 'org_admin') return tenants.has(r.tenantId ?? '');
      return true;
    });
    return role ? [{ person, why: selector.role.replace('_', ' ') }] : [];
  });
}

export function AudiencePreview({ audience, isMajorChange, tags }: { audience: MessageAudience; isMajorChange: boolean; tags: string[] }) {
  const { tenants, nameOf } = useTenant();
  const environments = useApi<ListPage<Environment>>('/api/environments?limit=1000', ['environment']);
  const people = useApi<ListPage<Person>>('/api/people?limit=1000', ['roles', 'recipients']);

  const preview = useMemo(() => {
    if (!environments.data || !people.data) return null;
    const envs = environments.data.items;
    const tenantIds = audienceTenantIds(audience, {
      tenantIds: tenants.map((t) => t.id),
      environments: envs.map((e) => ({ id: e.id, tenantId: e.tenantId, regionCode: e.region, serviceIds: e.services })),
    });
    const inTenants = new Set(tenantIds);
    const envIds = new Set(envs.filter((e) => inTenants.has(e.tenantId)).map((e) => e.id));
    const rule = decide({ type: 'message.published', payload: { isMajorChange } });
    if (isSilence(rule)) return { tenantIds, told: [] as Told[], channels: [] as string[], optIn: [] as string[] };
    const seen = new Set<string>();
    let told = rule.audience.flatMap((s) => picks(s, people.data!.items, inTenants, envIds)).filter((t) => !seen.has(t.person.id) && seen.add(t.person.id));
    // A data-privacy post reaches only org admins (and readers they named) — never system admins.
    if (tags.includes(DATA_PRIVACY_TAG)) told = told.filter((t) => t.why === 'org admin');
    return { tenantIds, told, channels: rule.channels, optIn: rule.optIn };
  }, [audience, isMajorChange, tags, environments.data, people.data, tenants]);

  return (
    <section className="card audience" aria-labelledby="audience-title" aria-live="polite">
      <h2 id="audience-title">Who will be told</h2>
      {isAudienceEmpty(audience) ? (
        <p className="problem">Choose an audience: all tenants, some tenants, or the tenants with environments in some regions or running some services.</p>
      ) : (
        <Loaded state={people}>
          {() =>
            preview ? (
              <>
                <p className="stat-line">
                  <strong>{plural(preview.tenantIds.length, 'tenant')}</strong>, <strong>{plural(preview.told.length, 'person', 'people')}</strong>
                </p>
                <p className="muted">
                  In the console{preview.channels.includes('email') ? ' and by email' : ''}
                  {preview.optIn.includes('email') ? '; by email only to those who asked for Message Center email' : ''}.
                </p>
                <p>{preview.tenantIds.map(nameOf).join(', ')}</p>
                <ul className="list">
                  {preview.told.slice(0, SHOWN).map((t) => (
                    <li key={t.person.id}>
                      {t.person.name} <span className="muted">{t.person.email}</span> <Badge>{t.why}</Badge>
                    </li>
                  ))}
                </ul>
                {preview.told.length > SHOWN ? <p className="muted">and {preview.told.length - SHOWN} more</p> : null}
              </>
            ) : null
          }
        </Loaded>
      )}
    </section>
  );
}
