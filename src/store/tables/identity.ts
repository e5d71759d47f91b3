// Single sign-on and provisioning: each tenant's OpenID Connect providers, the rules that turn a
// directory group into a Herald role, who joined a tenant through SSO or SCIM, SCIM tokens and
// groups, sign-ins in flight and which provider session a Herald session came from.
import type { Flag } from './foundation.js';

/** What happens to someone who signs in through the provider for the first time. */
export type JoinPolicy = 'join' | 'approval';

export interface IdentityProviderTable {
  id: string;
  tenant_id: string;
  name: string;
  issuer: string;
  client_id: string;
  /** AES-256-GCM under a key derived from HERALD_SECRET (src/app/identity/secretBox.ts). */
  client_secret_sealed: string;
  /** JSON array of lower-case domains whose people this provider signs in. */
  allowed_domains: string;
  /** The ID token claim holding the person's groups (matched against group_role_rule). */
  groups_claim: string;
  join_policy: JoinPolicy;
  /** 1: people of these domains may still sign in with a Herald password. */
  password_fallback: Flag;
  created_at: string;
  updated_at: string;
}

/** One group name (an ID token claim value or a SCIM group's displayName) → one role in the tenant. */
export interface GroupRoleRuleTable {
  id: string;
  tenant_id: string;
  group_name: string;
  role: 'org_admin' | 'system_admin';
  /** Set for system_admin; '' otherwise (part of the unique key on both databases). */
  environment_id: string;
  created_at: string;
}

export type MemberStatus = 'active' | 'pending' | 'deactivated';

/** A person who arrived in a tenant through SSO (just in time) or SCIM; also the SCIM User resource. */
export interface TenantMemberTable {
  tenant_id: string;
  person_id: string;
  source: 'oidc' | 'scim';
  status: MemberStatus;
  external_id: string | null;
  /** JSON array: the groups the provider last named, kept while approval is pending. */
  groups: string;
  created_at: string;
  updated_at: string;
}

/** A role assignment that group rules made, so a later sync may take it away (manual ones stay). */
export interface ManagedRoleTable {
  role_assignment_id: string;
  tenant_id: string;
  person_id: string;
}

export interface ScimTokenTable {
  id: string;
  tenant_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface ScimGroupTable {
  id: string;
  tenant_id: string;
  display_name: string;
  external_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScimGroupMemberTable {
  group_id: string;
  person_id: string;
}

/** A sign-in between the redirect to the provider and its callback; used once. */
export interface OidcLoginTable {
  /** SHA-256 of the `state` sent to the provider. */
  state_hash: string;
  /** An identity_provider id, or 'operators' for the configured operators' provider. */
  provider_key: string;
  code_verifier: string;
  nonce: string;
  expires_at: string;
}

/** Which provider session (sid) a Herald session belongs to, for back-channel logout. */
export interface OidcSessionTable {
  session_id: string;
  provider_key: string;
  sid: string | null;
  subject: string;
  created_at: string;
}

export interface IdentityTables {
  identity_provider: IdentityProviderTable;
  group_role_rule: GroupRoleRuleTable;
  tenant_member: TenantMemberTable;
  managed_role: ManagedRoleTable;
  scim_token: ScimTokenTable;
  scim_group: ScimGroupTable;
  scim_group_member: ScimGroupMemberTable;
  oidc_login: OidcLoginTable;
  oidc_session: OidcSessionTable;
}
