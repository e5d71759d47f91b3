// A rehearsal scenario (`herald rehearse scenario.json`): a start, timed events and, optionally,
// a directory of its own (the import format). Read in two passes, so that a bad scenario runs
// nothing: the shape (TypeBox) and each entry's times and kinds first, then — once the directory
// to rehearse over is known — the names it mentions (environments, tenants, regions, refs).
import { Type, type Static } from 'typebox';
import Value from 'typebox/value';
import {
  isScenarioEventKind,
  parseUtcTime,
  resolveAt,
  SCENARIO_EVENT_KINDS,
  type ScenarioEventKind,
} from '../../domain/rehearsal.js';
import { translator, type Translator } from '../../i18n/translator.js';
import { words, type Words } from '../../shared/i18n/words.js';

const Names = Type.Array(Type.String({ minLength: 1 }));

const ScenarioEventSchema = Type.Object(
  {
    at: Type.String(),
    kind: Type.String(),
    /** A name later events use to point at what this one made (an incident, a maintenance, a release). */
    ref: Type.Optional(Type.String({ minLength: 1 })),
    title: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
    classification: Type.Optional(Type.Union([Type.Literal('incident'), Type.Literal('advisory')])),
    major: Type.Optional(Type.Boolean()),
    isPublic: Type.Optional(Type.Boolean()),
    services: Type.Optional(Names),
    regions: Type.Optional(Names),
    tenants: Type.Optional(Names),
    environments: Type.Optional(Names),
    allTenants: Type.Optional(Type.Boolean()),
    incident: Type.Optional(Type.String()),
    maintenance: Type.Optional(Type.String()),
    release: Type.Optional(Type.String()),
    impact: Type.Optional(Type.Union([Type.Literal('none'), Type.Literal('degraded'), Type.Literal('downtime')])),
    security: Type.Optional(Type.Boolean()),
    windowStart: Type.Optional(Type.String()),
    windowEnd: Type.Optional(Type.String()),
    durationMinutes: Type.Optional(Type.Integer({ minimum: 1 })),
    version: Type.Optional(Type.String()),
    releaseKind: Type.Optional(Type.Union([Type.Literal('weekly'), Type.Literal('wave'), Type.Literal('security')])),
    releaseNotesUrl: Type.Optional(Type.String()),
    rolloutStartsAt: Type.Optional(Type.String()),
    step: Type.Optional(
      Type.Union([
        Type.Literal('started'),
        Type.Literal('service_done'),
        Type.Literal('database_done'),
        Type.Literal('failed'),
      ]),
    ),
    tenant: Type.Optional(Type.String()),
    purchaseDate: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    majorChange: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const ScenarioSchema = Type.Object(
  {
    name: Type.Optional(Type.String()),
    start: Type.String(),
    /** Until when the clock runs: a time or a duration after the start (default: a day after the last event). */
    end: Type.Optional(Type.String()),
    /** The directory to rehearse over, in `herald import`'s JSON format; a snapshot of the live one when absent. */
    directory: Type.Optional(Type.Object({}, { additionalProperties: true })),
    events: Type.Array(ScenarioEventSchema),
  },
  { additionalProperties: false },
);

export type ScenarioEventInput = Static<typeof ScenarioEventSchema>;

export interface ScenarioEvent extends ScenarioEventInput {
  kind: ScenarioEventKind;
  /** The position in the file's events list, and the line its entry starts on. */
  index: number;
  line: number;
  time: Date;
}

export interface Scenario {
  name: string;
  start: Date;
  end: Date;
  directory: Record<string, unknown> | null;
  /** In time order (the file's order among events at the same time). */
  events: ScenarioEvent[];
}

/** One thing wrong with a scenario: `where` names the entry, its line and field ("events[3] (line 27), field at"). */
export interface ScenarioProblem {
  where: Words;
  message: Words;
}

/**
 * A place in the scenario in the reader's words: an entry of "events" (its index, the line it
 * starts on, maybe its kind and a field of it), a top-level name ("start", "end"), or the file.
 * Indexes, lines, kinds and fields are machine names and stay as written.
 */
export function scenarioPlace(at: { index: number; line?: number; kind?: string; field?: string } | string): Words {
  if (at === 'file') return 'problem.scenario.file';
  if (typeof at === 'string') return words('problem.scenario.top', { name: at });
  return words('problem.scenario.entry', {
    index: String(at.index),
    line: at.line ? String(at.line) : 'none',
    kind: at.kind ?? 'none',
    field: at.field ?? 'none',
  });
}

/** Where an entry is (and a field of it, or its kind), for the messages of the second pass. */
export const entryPlace = (e: Pick<ScenarioEvent, 'index' | 'line'>, more: { field?: string; kind?: string } = {}) =>
  scenarioPlace({ index: e.index, line: e.line, ...more });

/** What is wrong, where; `message` is the English, `linesIn` says it in the operator's language. */
export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ScenarioProblem[],
  ) {
    super(scenarioErrorLines(file, problems, translator('en')).join('\n'));
  }

  linesIn(tr: Translator): string[] {
    return scenarioErrorLines(this.file, this.problems, tr);
  }
}

function scenarioErrorLines(file: string, problems: ScenarioProblem[], tr: Translator): string[] {
  return [
    tr.t('cli.rehearse.refused', { file, count: problems.length }),
    ...problems.map((p) => `  ${tr.t('problem.fieldIs', { field: tr.words(p.where), message: tr.words(p.message) })}`),
  ];
}

/** The line each element of the top-level "events" list starts on (1-based), found by scanning the text. */
export function eventLines(text: string): number[] {
  const key = /"events"\s*:\s*\[/g.exec(text);
  if (!key) return [];
  const lines: number[] = [];
  let line = text.slice(0, key.index + key[0].length).split('\n').length;
  let depth = 0;
  let inString = false;
  let expectElement = true;
  for (let i = key.index + key[0].length; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 0 && expectElement && c !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) break;
      depth--;
    } else if (c === ',' && depth === 0) expectElement = true;
  }
  return lines;
}

const DAY_MS = 86_400_000;

/** A time that is neither an ISO 8601 UTC time nor a duration after the start. */
const atHint = (value: string): Words => words('problem.scenario.at', { value });

/** TypeBox's keyword and limit as a predicate for the field, in the catalogue's words (as problem.ts says Ajv's). */
function schemaWords(e: { keyword: string; params: object }): Words {
  const limit = (e.params as { limit?: number }).limit ?? 0;
  switch (e.keyword) {
    case 'anyOf':
      return 'problem.schema.notAChoice';
    case 'minLength':
      return limit <= 1 ? 'problem.required' : words('problem.schema.minLength', { limit });
    case 'minimum':
      return words('problem.schema.minimum', { limit });
    case 'pattern':
      return 'problem.schema.pattern';
    case 'type': {
      const type = String((e.params as { type?: string }).type);
      return words('problem.schema.type', {
        type: ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'].includes(type) ? type : 'other',
      });
    }
    default:
      return 'problem.schema.invalid';
  }
}

/** The first pass: JSON, shape, kinds and times. Throws ScenarioError naming every bad entry. */
export function parseScenario(text: string, file = 'scenario'): Scenario {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError(file, [
      { where: 'problem.scenario.file', message: words('problem.scenario.notJson', { reason: (e as Error).message }) },
    ]);
  }
  const lines = eventLines(text);
  const whereOf = (path: string, field?: string): Words => {
    const m = /^\/events\/(\d+)(\/.*)?$/.exec(path);
    if (!m) return scenarioPlace(path ? path.slice(1).replaceAll('/', '.') : 'scenario');
    const index = Number(m[1]);
    return scenarioPlace({ index, line: lines[index], field: field ?? m[2]?.slice(1).replaceAll('/', '.') });
  };
  const problems: ScenarioProblem[] = [];
  if (!Value.Check(ScenarioSchema, data)) {
    const seen = new Set<string>();
    const add = (path: string, message: Words) => {
      const item = { where: whereOf(path), message };
      const k = JSON.stringify(item);
      if (!seen.has(k)) problems.push(item);
      seen.add(k);
    };
    for (const e of Value.Errors(ScenarioSchema, data)) {
      // anyOf explains itself once; its branches' "must be equal to constant" say nothing more.
      if (e.keyword === 'const' || e.keyword === 'boolean') continue;
      const params = e.params as { additionalProperties?: string[]; requiredProperties?: string[] };
      if (params.additionalProperties)
        for (const f of params.additionalProperties) add(`${e.instancePath}/${f}`, 'problem.schema.unknownField');
      else if (params.requiredProperties)
        for (const f of params.requiredProperties) add(`${e.instancePath}/${f}`, 'problem.required');
      else add(e.instancePath, schemaWords(e));
    }
    throw new ScenarioError(file, problems);
  }
  const input = data as Static<typeof ScenarioSchema>;
  const start = parseUtcTime(input.start);
  if (!start) throw new ScenarioError(file, [{ where: scenarioPlace('start'), message: 'problem.scenario.start' }]);
  const events: ScenarioEvent[] = [];
  input.events.forEach((e, index) => {
    const where = whereOf(`/events/${index}`);
    if (!isScenarioEventKind(e.kind)) {
      problems.push({
        where,
        message: words('problem.scenario.kind', { kind: e.kind, choices: SCENARIO_EVENT_KINDS.join(', ') }),
      });
    }
    const time = resolveAt(start, e.at);
    if (!time) problems.push({ where: whereOf(`/events/${index}`, 'at'), message: atHint(e.at) });
    for (const field of ['windowStart', 'windowEnd', 'rolloutStartsAt'] as const) {
      if (e[field] !== undefined && !resolveAt(start, e[field]))
        problems.push({ where: whereOf(`/events/${index}`, field), message: atHint(e[field]) });
    }
    if (time && time.getTime() < start.getTime())
      problems.push({ where: whereOf(`/events/${index}`, 'at'), message: 'problem.scenario.beforeStart' });
    if (isScenarioEventKind(e.kind) && time) events.push({ ...e, kind: e.kind, index, line: lines[index] ?? 0, time });
  });
  let end: Date | null = null;
  if (input.end !== undefined) {
    end = resolveAt(start, input.end);
    if (!end) problems.push({ where: scenarioPlace('end'), message: atHint(input.end) });
    else if (end.getTime() < start.getTime())
      problems.push({ where: scenarioPlace('end'), message: 'problem.scenario.endBeforeStart' });
  }
  if (problems.length) throw new ScenarioError(file, problems);
  events.sort((a, b) => a.time.getTime() - b.time.getTime() || a.index - b.index);
  const last = events.length ? events[events.length - 1]!.time.getTime() : start.getTime();
  return {
    name: input.name ?? file,
    start,
    end: end ?? new Date(last + DAY_MS),
    directory: (input.directory as Record<string, unknown> | undefined) ?? null,
    events,
  };
}

/** Where an entry is, for the messages of the second pass. */
export const entryWhere = (e: Pick<ScenarioEvent, 'index' | 'line'>): string =>
  `events[${e.index}]${e.line ? ` (line ${e.line})` : ''}`;
