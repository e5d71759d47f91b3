// The public page's branding: name, logo, colours and a support link, set by operators and
// applied to the status page, the backup site, the embed and badge, and subscriber emails.
// Branding is provider-wide and public by nature; the name is still checked for directory names
// like any public text, and the colours for contrast (src/domain/branding.ts).
import type { Kysely } from 'kysely';
import { isOperator, type Actor } from '../domain/actor.js';
import { brandingColorProblems } from '../domain/branding.js';
import type { HeraldConfig } from '../config.js';
import {
  type FieldProblem,
  fieldsDetail,
  forbidden,
  HeraldError,
  invalidMany,
  unauthenticated,
  words,
} from '../errors.js';
import type { BrandingTable, DB } from '../store/schema.js';
import { runCommand } from './command.js';
import type { AppContext } from './context.js';
import { checkPublicText } from './publicText.js';

const ROW_ID = 'page';

export interface Branding {
  pageName: string;
  /** An https URL, or null for no logo. */
  logoUrl: string | null;
  /** Background of white text: the page header and the badge's label. */
  primaryColor: string;
  /** Links and headings on the page background. */
  accentColor: string;
  /** https or mailto, or null. */
  supportUrl: string | null;
  /** Null while the defaults are in use. */
  updatedAt: string | null;
}

export type BrandingInput = Omit<Branding, 'updatedAt'>;

export const DEFAULT_COLORS = { primaryColor: '#24292f', accentColor: '#0550ae' } as const;

const fromRow = (row: BrandingTable): Branding => ({
  pageName: row.page_name,
  logoUrl: row.logo_url,
  primaryColor: row.primary_color,
  accentColor: row.accent_color,
  supportUrl: row.support_url,
  updatedAt: row.updated_at,
});

/**
 * The branding in effect: what operators saved, else STATUS_PAGE_NAME and Herald's colours. For
 * anything that renders with the provider's look (the status page, emails to subscribers).
 */
export async function getBranding(db: Kysely<DB>, config: Pick<HeraldConfig, 'statusPageName'>): Promise<Branding> {
  const row = await db.selectFrom('branding').selectAll().where('id', '=', ROW_ID).executeTakeFirst();
  return row
    ? fromRow(row)
    : { pageName: config.statusPageName, logoUrl: null, ...DEFAULT_COLORS, supportUrl: null, updatedAt: null };
}

function urlProblem(field: string, value: string | null, schemes: readonly string[]): FieldProblem | null {
  if (value === null) return null;
  try {
    const url = new URL(value);
    if (schemes.includes(url.protocol)) return null;
  } catch {
    // falls through to the problem below
  }
  return { field, message: words('problem.branding.scheme', { schemes: schemes.length === 1 ? 'https' : 'both' }) };
}

/** Operators replace the branding; every field is checked before anything is written. */
function requireOperator(actor: Actor): void {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!isOperator(actor)) throw forbidden('problem.branding.operatorsOnly');
}

export async function saveBranding(ctx: AppContext, actor: Actor, input: BrandingInput): Promise<Branding> {
  requireOperator(actor);
  const problems = [
    urlProblem('body.logoUrl', input.logoUrl, ['https:']),
    urlProblem('body.supportUrl', input.supportUrl, ['https:', 'mailto:']),
  ].filter((p): p is FieldProblem => !!p);
  if (problems.length) throw invalidMany(problems);
  const low = brandingColorProblems({ primaryColor: input.primaryColor, accentColor: input.accentColor });
  if (low.length) {
    const named = low.map((p) => ({ field: `body.${p.field}`, message: p.message }));
    throw new HeraldError('HERALD_LOW_CONTRAST', fieldsDetail(named), named);
  }
  await checkPublicText(ctx.database.db, [{ field: 'body.pageName', text: input.pageName }]);
  return runCommand(ctx, actor, async (s) => {
    const before = await s.lock('branding', ROW_ID);
    const row: BrandingTable = {
      id: ROW_ID,
      page_name: input.pageName.trim(),
      logo_url: input.logoUrl,
      primary_color: input.primaryColor.toLowerCase(),
      accent_color: input.accentColor.toLowerCase(),
      support_url: input.supportUrl,
      updated_at: s.nowIso,
      updated_by: actor.kind === 'person' ? actor.personId : null,
    };
    const { id: _id, ...changes } = row;
    await s.trx
      .insertInto('branding')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(changes))
      .execute();
    await s.audit({
      action: 'branding.saved',
      entityType: 'branding',
      entityId: ROW_ID,
      tenantId: null,
      before: before ?? null,
      after: row,
    });
    s.changed({ tenantIds: null, topic: 'branding' });
    return fromRow(row);
  });
}

/** The branding for the operators' screen (the public sees it applied, on the page). */
export async function readBranding(ctx: AppContext, actor: Actor): Promise<Branding> {
  requireOperator(actor);
  return getBranding(ctx.database.db, ctx.config);
}
