// What a tenant lets its members (end users) see. No row: the defaults (they see no health).
import type { Flag } from './foundation.js';

export interface MemberSettingTable {
  tenant_id: string;
  /** Members read the health of their environments (incidents and maintenance touching them). */
  members_see_health: Flag;
  updated_at: string;
}

export interface MemberTables {
  member_setting: MemberSettingTable;
}
