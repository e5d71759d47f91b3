// The public page's branding, set by operators: one row (id 'page'), provider-wide. No row means
// the defaults (STATUS_PAGE_NAME, Herald's colours).

export interface BrandingTable {
  id: string;
  page_name: string;
  /** An https URL of the logo, or null for none. */
  logo_url: string | null;
  /** #rrggbb, checked for contrast when saved (src/domain/branding.ts). */
  primary_color: string;
  accent_color: string;
  support_url: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface BrandingTables {
  branding: BrandingTable;
}
