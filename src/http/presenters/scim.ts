// Herald's people and SCIM groups in SCIM 2.0's shapes (RFC 7643), and its error and list
// envelopes (RFC 7644).
import type { ScimGroupRecord, ScimPage, ScimUserRecord } from '../../app/identity/scim.js';
import { SCIM_ERROR, SCIM_GROUP, SCIM_LIST, SCIM_USER, type ScimType } from '../../domain/scim.js';

export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

export function presentScimUser(base: string, u: ScimUserRecord) {
  return {
    schemas: [SCIM_USER],
    id: u.person.id,
    ...(u.member.external_id ? { externalId: u.member.external_id } : {}),
    userName: u.person.email,
    displayName: u.person.name,
    name: { formatted: u.person.name },
    emails: [{ value: u.person.email, type: 'work', primary: true }],
    // Both from the one setting Herald keeps; none chosen (they read their tenant's language): omitted.
    ...(u.person.locale ? { preferredLanguage: u.person.locale, locale: u.person.locale } : {}),
    timezone: u.person.time_zone,
    active: u.member.status !== 'deactivated' && !u.person.deactivated_at,
    groups: u.groups.map((g) => ({ value: g.id, display: g.displayName, $ref: `${base}/Groups/${g.id}` })),
    meta: {
      resourceType: 'User',
      created: u.member.created_at,
      lastModified: u.member.updated_at > u.person.updated_at ? u.member.updated_at : u.person.updated_at,
      location: `${base}/Users/${u.person.id}`,
    },
  };
}

export function presentScimGroup(base: string, g: ScimGroupRecord) {
  return {
    schemas: [SCIM_GROUP],
    id: g.group.id,
    ...(g.group.external_id ? { externalId: g.group.external_id } : {}),
    displayName: g.group.display_name,
    members: g.members.map((m) => ({ value: m.id, display: m.email, $ref: `${base}/Users/${m.id}` })),
    meta: {
      resourceType: 'Group',
      created: g.group.created_at,
      lastModified: g.group.updated_at,
      location: `${base}/Groups/${g.group.id}`,
    },
  };
}

export function presentScimList<T, R>(page: ScimPage<T>, present: (item: T) => R) {
  return {
    schemas: [SCIM_LIST],
    totalResults: page.totalResults,
    startIndex: page.startIndex,
    itemsPerPage: page.items.length,
    Resources: page.items.map(present),
  };
}

export const presentScimError = (status: number, detail: string, scimType?: ScimType) => ({
  schemas: [SCIM_ERROR],
  status: String(status),
  ...(scimType ? { scimType } : {}),
  detail,
});
