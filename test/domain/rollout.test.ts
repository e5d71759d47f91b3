import { describe, it, expect } from 'vitest';
import { REGIONS, STATIONS, parseWindowRule, type RegionCode } from '../../src/domain/regions.js';
import {
  defaultRolloutRegions,
  haltAfter,
  planRollout,
  type RolloutInput,
  type RolloutPlan,
} from '../../src/domain/rollout.js';
import { nextServiceWindowStartingFrom } from '../../src/domain/windows.js';

const at = (iso: string): Date => new Date(iso);
const HOUR = 3_600_000;

function input(overrides: Partial<RolloutInput> = {}): RolloutInput {
  return {
    start: at('2026-03-02T00:00:00Z'),
    regions: defaultRolloutRegions(),
    stations: [...STATIONS],
    pauseBetweenStationsHours: 0,
    ...overrides,
  };
}

/** region → [service start, service end] as ISO strings, for one station. */
function windowsOf(plan: RolloutPlan, station: number): Record<string, [string, string]> {
  const s = plan.stations.find((x) => x.number === station);
  if (!s) throw new Error(`station ${station} not planned`);
  return Object.fromEntries(
    s.regions.map((r) => [r.region, [r.serviceWindow.start.toISOString(), r.serviceWindow.end.toISOString()]]),
  );
}

describe('planRollout against the policy table (Monday 2 March 2026, no pause)', () => {
  const plan = planRollout(input());

  it('skips First Release when no environment is flagged, and plans China last', () => {
    expect(plan.stations.map((s) => [s.number, s.name])).toEqual([
      [2, 'Station 2'],
      [3, 'Station 3'],
      [4, 'Station 4'],
      [5, 'Station 5'],
      [6, 'China'],
    ]);
  });

  it("gives station 2 each region's first window, midnight-crossing ones ending Tuesday", () => {
    expect(windowsOf(plan, 2)).toEqual({
      SAM: ['2026-03-02T00:00:00.000Z', '2026-03-02T10:00:00.000Z'],
      CAN: ['2026-03-02T01:00:00.000Z', '2026-03-02T10:00:00.000Z'],
      ZAF: ['2026-03-02T17:00:00.000Z', '2026-03-03T02:00:00.000Z'],
      FRA: ['2026-03-02T18:00:00.000Z', '2026-03-03T03:00:00.000Z'],
      GER: ['2026-03-02T18:00:00.000Z', '2026-03-03T03:00:00.000Z'],
      IND: ['2026-03-02T19:30:00.000Z', '2026-03-03T01:00:00.000Z'],
    });
    expect(plan.stations[0]!.regions.map((r) => r.region)).toEqual(['SAM', 'CAN', 'ZAF', 'FRA', 'GER', 'IND']);
  });

  it('ends a station when its last database update ends', () => {
    const s2 = plan.stations[0]!;
    expect(s2.start.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(s2.end.toISOString()).toBe('2026-03-04T03:00:00.000Z'); // FRA/GER database window
  });

  it('starts station 3 after station 2 has finished, skipping a window already running', () => {
    expect(windowsOf(plan, 3)).toEqual({
      JPN: ['2026-03-04T10:00:00.000Z', '2026-03-04T19:00:00.000Z'],
      OCE: ['2026-03-04T11:00:00.000Z', '2026-03-04T21:00:00.000Z'],
      APJ: ['2026-03-04T15:00:00.000Z', '2026-03-04T20:00:00.000Z'],
      UAE: ['2026-03-04T15:00:00.000Z', '2026-03-05T00:00:00.000Z'],
      GBR: ['2026-03-04T18:00:00.000Z', '2026-03-05T03:00:00.000Z'],
      // Wednesday's 02:00 window was running at 03:00 when station 2 finished.
      'GCC High': ['2026-03-05T02:00:00.000Z', '2026-03-05T11:00:00.000Z'],
    });
    expect(plan.stations[1]!.end.toISOString()).toBe('2026-03-06T11:00:00.000Z');
  });

  it('plans stations 4, 5 and China in turn', () => {
    expect(windowsOf(plan, 4)).toEqual({
      DEU: ['2026-03-06T17:00:00.000Z', '2026-03-07T02:00:00.000Z'],
      EUR: ['2026-03-06T18:00:00.000Z', '2026-03-07T03:00:00.000Z'],
    });
    expect(windowsOf(plan, 5)).toEqual({
      NAM: ['2026-03-09T02:00:00.000Z', '2026-03-09T11:00:00.000Z'],
      GCC: ['2026-03-09T02:00:00.000Z', '2026-03-09T11:00:00.000Z'],
    });
    expect(windowsOf(plan, 6)).toEqual({ CHN: ['2026-03-10T15:00:00.000Z', '2026-03-10T21:00:00.000Z'] });
    expect(plan.stations.at(-1)!.end.toISOString()).toBe('2026-03-11T21:00:00.000Z');
  });

  it('runs every database update 24 hours after its service update, including UAE ending at midnight', () => {
    for (const s of plan.stations) {
      for (const r of s.regions) {
        expect(r.databaseWindow.start.getTime() - r.serviceWindow.start.getTime()).toBe(24 * HOUR);
        expect(r.databaseWindow.end.getTime() - r.serviceWindow.end.getTime()).toBe(24 * HOUR);
      }
    }
    const uae = plan.stations[1]!.regions.find((r) => r.region === 'UAE')!;
    expect(uae.databaseWindow.start.toISOString()).toBe('2026-03-05T15:00:00.000Z');
    expect(uae.databaseWindow.end.toISOString()).toBe('2026-03-06T00:00:00.000Z');
  });

  it('places every region exactly once, in its first window after the gate', () => {
    const seen = plan.stations.flatMap((s) => s.regions.map((r) => r.region));
    expect([...seen].sort()).toEqual(REGIONS.map((r) => r.code).sort());
    let gate = at('2026-03-02T00:00:00Z');
    for (const s of plan.stations) {
      for (const r of s.regions) {
        const rule = REGIONS.find((x) => x.code === r.region)!.window;
        expect(r.serviceWindow).toEqual(nextServiceWindowStartingFrom(rule, gate));
        expect(r.serviceWindow.start.getTime()).toBeGreaterThanOrEqual(gate.getTime());
        expect(r.environmentIds).toBeUndefined();
      }
      gate = s.end;
    }
  });
});

describe('planRollout with a pause between stations', () => {
  it("waits the pause after the previous station's last database window", () => {
    const plan = planRollout(input({ pauseBetweenStationsHours: 24 }));
    for (let i = 1; i < plan.stations.length; i++) {
      const gate = plan.stations[i - 1]!.end.getTime() + 24 * HOUR;
      for (const r of plan.stations[i]!.regions) expect(r.serviceWindow.start.getTime()).toBeGreaterThanOrEqual(gate);
    }
    // Station 2 ends Wed 03:00, so station 3 may start Thu 03:00: GCC High's Thursday window is running, Friday's is used.
    expect(windowsOf(plan, 3).JPN).toEqual(['2026-03-05T10:00:00.000Z', '2026-03-05T19:00:00.000Z']);
    expect(windowsOf(plan, 3)['GCC High']).toEqual(['2026-03-06T02:00:00.000Z', '2026-03-06T11:00:00.000Z']);
  });

  it('does not pause before the first planned station', () => {
    const plan = planRollout(input({ pauseBetweenStationsHours: 48 }));
    expect(windowsOf(plan, 2).SAM).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-02T10:00:00.000Z']);
  });
});

describe('First Release', () => {
  const firstRelease = [
    { environmentId: 'env-eur-1', region: 'EUR' as RegionCode },
    { environmentId: 'env-nam-1', region: 'NAM' as RegionCode },
    { environmentId: 'env-eur-2', region: 'EUR' as RegionCode },
    { environmentId: 'env-ind-1', region: 'IND' as RegionCode },
    { environmentId: 'env-eur-1', region: 'EUR' as RegionCode },
  ];

  it('plans flagged environments per region at year end, skipping windows in progress', () => {
    const plan = planRollout(input({ start: at('2026-12-31T20:00:00Z'), firstRelease }));
    const s1 = plan.stations[0]!;
    expect([s1.number, s1.name]).toEqual([1, 'First Release']);
    expect(
      s1.regions.map((r) => [
        r.region,
        r.environmentIds,
        r.serviceWindow.start.toISOString(),
        r.serviceWindow.end.toISOString(),
      ]),
    ).toEqual([
      ['NAM', ['env-nam-1'], '2027-01-01T02:00:00.000Z', '2027-01-01T11:00:00.000Z'],
      ['EUR', ['env-eur-1', 'env-eur-2'], '2027-01-01T18:00:00.000Z', '2027-01-02T03:00:00.000Z'],
      ['IND', ['env-ind-1'], '2027-01-01T19:30:00.000Z', '2027-01-02T01:00:00.000Z'],
    ]);
    expect(s1.start.toISOString()).toBe('2027-01-01T02:00:00.000Z');
    expect(s1.end.toISOString()).toBe('2027-01-03T03:00:00.000Z');
    // Station 2 waits for First Release: Sunday 3 January's SAM window began at 00:00, so Monday's is used.
    expect(windowsOf(plan, 2).SAM).toEqual(['2027-01-04T00:00:00.000Z', '2027-01-04T10:00:00.000Z']);
  });

  it("uses the window the operator set for the environment's region", () => {
    const regions = defaultRolloutRegions().map((r) =>
      r.code === 'NAM' ? { ...r, window: parseWindowRule('06:00', '08:00') } : r,
    );
    const plan = planRollout(input({ regions, firstRelease: [{ environmentId: 'canary', region: 'NAM' }] }));
    expect(windowsOf(plan, 1)).toEqual({ NAM: ['2026-03-02T06:00:00.000Z', '2026-03-02T08:00:00.000Z'] });
    // Station 4's EUR database update ends Monday 03:00, before the operator's 06:00 window.
    expect(windowsOf(plan, 5).NAM).toEqual(['2026-03-09T06:00:00.000Z', '2026-03-09T08:00:00.000Z']);
  });

  it('lets a whole region in station 1 cover its flagged environments', () => {
    const regions = defaultRolloutRegions().map((r) => (r.code === 'CAN' ? { ...r, station: 1 } : r));
    const plan = planRollout(
      input({
        regions,
        firstRelease: [
          { environmentId: 'c1', region: 'CAN' },
          { environmentId: 'j1', region: 'JPN' },
        ],
      }),
    );
    const s1 = plan.stations[0]!;
    expect(s1.regions.map((r) => [r.region, r.environmentIds])).toEqual([
      ['CAN', undefined],
      ['JPN', ['j1']],
    ]);
    expect(plan.stations.find((s) => s.number === 2)!.regions.map((r) => r.region)).not.toContain('CAN');
  });

  it('treats an empty list as no First Release', () => {
    expect(planRollout(input({ firstRelease: [] })).stations[0]!.number).toBe(2);
  });
});

describe('planRollout edge cases', () => {
  it('crosses the end of February in a leap year', () => {
    const regions = defaultRolloutRegions().filter((r) => r.code === 'IND' || r.code === 'UAE');
    const plan = planRollout(input({ start: at('2028-02-28T12:00:00Z'), regions }));
    expect(windowsOf(plan, 2)).toEqual({ IND: ['2028-02-28T19:30:00.000Z', '2028-02-29T01:00:00.000Z'] });
    expect(plan.stations[0]!.regions[0]!.databaseWindow.start.toISOString()).toBe('2028-02-29T19:30:00.000Z');
    expect(plan.stations[0]!.end.toISOString()).toBe('2028-03-01T01:00:00.000Z');
    expect(windowsOf(plan, 3)).toEqual({ UAE: ['2028-03-01T15:00:00.000Z', '2028-03-02T00:00:00.000Z'] });
  });

  it('crosses the end of February in a common year', () => {
    const regions = defaultRolloutRegions().filter((r) => r.code === 'IND' || r.code === 'UAE');
    const plan = planRollout(input({ start: at('2027-02-28T12:00:00Z'), regions }));
    expect(windowsOf(plan, 2)).toEqual({ IND: ['2027-02-28T19:30:00.000Z', '2027-03-01T01:00:00.000Z'] });
    expect(plan.stations[0]!.end.toISOString()).toBe('2027-03-02T01:00:00.000Z');
    expect(windowsOf(plan, 3)).toEqual({ UAE: ['2027-03-02T15:00:00.000Z', '2027-03-03T00:00:00.000Z'] });
  });

  it('honours windows restricted to certain days', () => {
    const regions = [
      { code: 'EUR' as RegionCode, station: 2, window: parseWindowRule('18:00', '03:00', [5]) }, // Fridays
      { code: 'NAM' as RegionCode, station: 3, window: parseWindowRule('02:00', '11:00', [6, 7]) }, // weekends
    ];
    const plan = planRollout(input({ regions }));
    expect(windowsOf(plan, 2)).toEqual({ EUR: ['2026-03-06T18:00:00.000Z', '2026-03-07T03:00:00.000Z'] });
    // EUR's database update ends Sunday 03:00; Sunday's NAM window began at 02:00, so the next Saturday's is used.
    expect(windowsOf(plan, 3)).toEqual({ NAM: ['2026-03-14T02:00:00.000Z', '2026-03-14T11:00:00.000Z'] });
  });

  it('orders stations by number, not by input order', () => {
    const plan = planRollout(input({ stations: [...STATIONS].reverse() }));
    expect(plan.stations.map((s) => s.number)).toEqual([2, 3, 4, 5, 6]);
  });

  it('skips defined stations that have no regions', () => {
    const regions = defaultRolloutRegions().map((r) => (r.station === 3 ? { ...r, station: 2 } : r));
    const plan = planRollout(input({ regions }));
    expect(plan.stations.map((s) => s.number)).toEqual([2, 4, 5, 6]);
    expect(plan.stations[0]!.regions).toHaveLength(12);
  });

  it('rejects inconsistent input', () => {
    const regions = defaultRolloutRegions();
    expect(() => planRollout(input({ regions: [...regions, regions[0]!] }))).toThrow(/NAM is listed twice/);
    expect(() => planRollout(input({ regions: [{ ...regions[0]!, station: 9 }] }))).toThrow(/station 9/);
    expect(() => planRollout(input({ stations: [...STATIONS, { number: 2, name: 'again' }] }))).toThrow(
      /Station 2 is defined twice/,
    );
    expect(() => planRollout(input({ pauseBetweenStationsHours: -1 }))).toThrow(RangeError);
    expect(() => planRollout(input({ pauseBetweenStationsHours: Number.NaN }))).toThrow(RangeError);
    expect(() => planRollout(input({ start: at('nope') }))).toThrow(RangeError);
    expect(() =>
      planRollout(
        input({
          regions: regions.filter((r) => r.code !== 'JPN'),
          firstRelease: [{ environmentId: 'e1', region: 'JPN' }],
        }),
      ),
    ).toThrow(/e1.*JPN/);
  });

  it('does not share window objects with REGIONS', () => {
    const regions = defaultRolloutRegions();
    regions[0]!.window.days.length = 0;
    expect(REGIONS[0]!.window.days).toHaveLength(7);
  });
});

describe('haltAfter', () => {
  const plan = planRollout(input({ firstRelease: [{ environmentId: 'canary', region: 'NAM' }] }));

  it('halts every station after the failed one', () => {
    expect(plan.stations.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(haltAfter(plan, 1)).toEqual([2, 3, 4, 5, 6]);
    expect(haltAfter(plan, 3)).toEqual([4, 5, 6]);
    expect(haltAfter(plan, 6)).toEqual([]);
  });

  it('refuses a station that is not in the plan', () => {
    const withoutFirstRelease = planRollout(input());
    expect(() => haltAfter(withoutFirstRelease, 1)).toThrow(RangeError);
    expect(() => haltAfter(plan, 7)).toThrow(/Station 7/);
  });
});
