// Operators translate an incident: its title and the text of its posts, per language. Saving a
// language replaces all of it (title and posts); posts left out are read in the original. Text of
// an incident that is or may become public is public text in every language, so a translation is
// checked for private names like the original (src/app/publicText.ts).
import { isOperator, type Actor } from '../../domain/actor.js';
import { mayBePublic } from '../../domain/publicity.js';
import { HeraldError, forbidden, notFound, unauthenticated } from '../../errors.js';
import type { IncidentTable, IncidentTranslationTable } from '../../store/schema.js';
import { fromJson } from '../../store/values.js';
import { runCommand, type CommandScope } from '../command.js';
import type { AppContext } from '../context.js';
import { words } from '../../shared/i18n/words.js';
import { InputCheck } from '../directory/check.js';
import { checkPublicText } from '../publicText.js';
import { findVisibleIncident, viewerOf } from '../serviceHealth/access.js';
import { announceChange } from '../serviceHealth/incidentEvents.js';
import { isPublicIncident, NO_SCOPE, type IncidentScope } from '../serviceHealth/scope.js';
import { checkPlaceholders, checkTranslationLanguage, digestOf } from './check.js';
import { originalLanguage } from './language.js';

export interface IncidentTranslationInput {
  title: string;
  posts: { postId: string; description: string }[];
}

export interface IncidentTranslationRecord {
  translation: IncidentTranslationTable;
  posts: { postId: string; description: string }[];
  /** The title changed, or a post came, since this was saved. */
  outOfDate: boolean;
}

const LANGUAGE_FIELD = 'params.language';

/** Non-operators learn nothing of incidents they cannot see: 404 before 403. */
async function requireOperatorOn(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (!isOperator(actor)) {
    await findVisibleIncident(ctx.database.db, viewerOf(actor), id);
    throw forbidden('problem.translation.operatorsOnly');
  }
}

async function lockedIncident(s: CommandScope, id: string): Promise<IncidentTable> {
  const row = await s.lock('incident', id);
  if (!row) throw notFound('incident', id);
  return row;
}

async function tenantsOf(s: CommandScope, id: string): Promise<string[]> {
  const rows = await s.trx
    .selectFrom('incident_environment')
    .select('tenant_id')
    .distinct()
    .where('incident_id', '=', id)
    .execute();
  return rows.map((r) => r.tenant_id);
}

export async function listIncidentTranslations(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ originalLanguage: string; items: IncidentTranslationRecord[] }> {
  await requireOperatorOn(ctx, actor, id);
  const db = ctx.database.db;
  const incident = await db.selectFrom('incident').selectAll().where('id', '=', id).executeTakeFirst();
  if (!incident) throw notFound('incident', id);
  const [rows, posts, postIds] = await Promise.all([
    db.selectFrom('incident_translation').selectAll().where('incident_id', '=', id).orderBy('language').execute(),
    db
      .selectFrom('incident_post_translation as t')
      .innerJoin('incident_post as p', 'p.id', 't.post_id')
      .select(['t.post_id', 't.language', 't.description'])
      .where('t.incident_id', '=', id)
      .orderBy('p.created_at')
      .orderBy('p.id')
      .execute(),
    db.selectFrom('incident_post').select('id').where('incident_id', '=', id).execute(),
  ]);
  const items = rows.map((translation) => {
    const own = posts.filter((p) => p.language === translation.language);
    return {
      translation,
      posts: own.map((p) => ({ postId: p.post_id, description: p.description })),
      outOfDate: translation.original_digest !== digestOf(incident.title) || own.length < postIds.length,
    };
  });
  return { originalLanguage: originalLanguage(ctx), items };
}

/** Adds the incident's translation into `languageTag`, or replaces the one there is (title and posts). */
export async function saveIncidentTranslation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  languageTag: string,
  input: IncidentTranslationInput,
): Promise<IncidentTranslationRecord> {
  await requireOperatorOn(ctx, actor, id);
  const language = checkTranslationLanguage(LANGUAGE_FIELD, languageTag, originalLanguage(ctx));
  const shape = new InputCheck().require('body.title', input.title);
  input.posts.forEach((p, i) => {
    shape.require(`body.posts.${i}.description`, p.description);
    if (input.posts.findIndex((q) => q.postId === p.postId) !== i)
      shape.add(`body.posts.${i}.postId`, 'problem.translation.twice');
  });
  shape.done();
  return runCommand(ctx, actor, async (s) => {
    const incident = await lockedIncident(s, id);
    const originals = await s.trx
      .selectFrom('incident_post')
      .select(['id', 'description'])
      .where('incident_id', '=', id)
      .execute();
    const check = new InputCheck();
    checkPlaceholders(check, 'body.title', incident.title, input.title);
    input.posts.forEach((p, i) => {
      const original = originals.find((o) => o.id === p.postId);
      if (!original) check.add(`body.posts.${i}.postId`, 'problem.translation.notAPost');
      else checkPlaceholders(check, `body.posts.${i}.description`, original.description, p.description);
    });
    check.done();
    const scope = fromJson<IncidentScope>(incident.scope, NO_SCOPE);
    if (mayBePublic({ scope, raisedFromMaintenance: !!incident.maintenance_id })) {
      await checkPublicText(s.trx, [
        { field: 'body.title', text: input.title },
        ...input.posts.map((p, i) => ({ field: `body.posts.${i}.description`, text: p.description })),
      ]);
    }
    const before = await s.trx
      .selectFrom('incident_translation')
      .selectAll()
      .where('incident_id', '=', id)
      .where('language', '=', language)
      .executeTakeFirst();
    const after: IncidentTranslationTable = {
      incident_id: id,
      language,
      title: input.title.trim(),
      original_digest: digestOf(incident.title),
      translated_by: s.actor.kind === 'person' ? s.actor.personId : null,
      created_at: before?.created_at ?? s.nowIso,
      updated_at: s.nowIso,
    };
    if (before)
      await s.trx
        .updateTable('incident_translation')
        .set(after)
        .where('incident_id', '=', id)
        .where('language', '=', language)
        .execute();
    else await s.trx.insertInto('incident_translation').values(after).execute();
    await s.trx
      .deleteFrom('incident_post_translation')
      .where('incident_id', '=', id)
      .where('language', '=', language)
      .execute();
    const posts = input.posts.map((p) => ({ postId: p.postId, description: p.description.trim() }));
    if (posts.length)
      await s.trx
        .insertInto('incident_post_translation')
        .values(
          posts.map((p) => ({
            post_id: p.postId,
            language,
            incident_id: id,
            description: p.description,
            updated_at: s.nowIso,
          })),
        )
        .execute();
    await s.audit({
      action: before ? 'incident.translation_replaced' : 'incident.translation_added',
      entityType: 'incident',
      entityId: id,
      tenantId: null,
      before: before ?? null,
      after: { ...after, posts },
    });
    announceChange(s, incident, isPublicIncident(incident), await tenantsOf(s, id));
    return { translation: after, posts, outOfDate: posts.length < originals.length };
  });
}

export async function removeIncidentTranslation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  languageTag: string,
): Promise<void> {
  await requireOperatorOn(ctx, actor, id);
  const language = checkTranslationLanguage(LANGUAGE_FIELD, languageTag, originalLanguage(ctx));
  await runCommand(ctx, actor, async (s) => {
    const incident = await lockedIncident(s, id);
    const before = await s.trx
      .selectFrom('incident_translation')
      .selectAll()
      .where('incident_id', '=', id)
      .where('language', '=', language)
      .executeTakeFirst();
    if (!before) throw new HeraldError('HERALD_NOT_FOUND', words('problem.translation.notFound', { language }));
    await s.trx
      .deleteFrom('incident_post_translation')
      .where('incident_id', '=', id)
      .where('language', '=', language)
      .execute();
    await s.trx
      .deleteFrom('incident_translation')
      .where('incident_id', '=', id)
      .where('language', '=', language)
      .execute();
    await s.audit({
      action: 'incident.translation_removed',
      entityType: 'incident',
      entityId: id,
      tenantId: null,
      before,
    });
    announceChange(s, incident, isPublicIncident(incident), await tenantsOf(s, id));
  });
}
