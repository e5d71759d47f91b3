// Regions, stations and services exist in every Herald, demo or not. They are inserted when
// missing and never overwritten: an operator's change to a window or a station survives restarts.
import type { Kysely } from 'kysely';
import { REGIONS, STATIONS } from '../domain/regions.js';
import { SERVICES } from '../domain/services.js';
import type { DB } from './schema.js';
import { toJson } from './values.js';

export async function ensureReferenceData(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const s of STATIONS) {
      await trx
        .insertInto('station')
        .values({ number: s.number, name: s.name, pause_hours: 24 })
        .onConflict((oc) => oc.column('number').doNothing())
        .execute();
    }
    for (const [sort, r] of REGIONS.entries()) {
      await trx
        .insertInto('region')
        .values({
          code: r.code,
          name: r.name,
          service_url: r.serviceUrl,
          window_start: r.window.start,
          window_end: r.window.end,
          window_days: toJson(r.window.days),
          holiday_country: r.holidayCountry,
          station: r.station,
          sort,
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
    for (const [sort, s] of SERVICES.entries()) {
      await trx
        .insertInto('service')
        .values({ id: s.id, name: s.name, sort })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      for (const feature of s.features) {
        await trx
          .insertInto('feature')
          .values({ id: feature.id, service_id: s.id, name: feature.name, feature_group: feature.group })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      }
    }
  });
}
