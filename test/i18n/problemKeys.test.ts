// Problems are said in the reader's language only when they carry catalogue keys. This reads the
// server's sources (as test/web/imports.test.ts reads imports) and fails when an error constructor,
// an InputCheck or a field problem is given an English sentence (a string or template literal)
// instead of a key, so English cannot creep back. Every sentence has moved into the catalogue: there
// is no way left to pass an English sentence on as it is, but for a library's own text
// (`problem.passedOn`) and the Graph-compatible API's (`graphEnglish`).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['web', 'catalogue', 'public'].includes(e.name) ? [] : filesUnder(path);
    return /\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Which arguments of each constructor are words a person reads (0-based). */
const WORDS_ARGUMENTS: Record<string, number[]> = {
  forbidden: [0],
  conflict: [0],
  unauthenticated: [0],
  illegalTransition: [0],
  invalid: [1],
  needsConfirmation: [1],
  HeraldError: [1],
  DatabaseUnavailable: [0],
  add: [1],
};

/** An ESTree node as the parser (oxc, through Vite) gives it: enough of its shape for this walk. */
interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
const KEY = /^(problem|cli)\.[\w.]+$/;

const isSentence = (node: Node): boolean =>
  node.type === 'TemplateLiteral' ||
  (node.type === 'Literal' && typeof node.value === 'string' && !KEY.test(node.value));

/** Literals an expression can evaluate to, not looking into calls (`words(…)`, `.join(', ')`) or conditions. */
function literalsOf(node: Node, found: Node[] = []): Node[] {
  switch (node.type) {
    case 'Literal':
    case 'TemplateLiteral':
      found.push(node);
      break;
    case 'ConditionalExpression':
      literalsOf(node.consequent as Node, found);
      literalsOf(node.alternate as Node, found);
      break;
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
      literalsOf(node.expression as Node, found);
      break;
    case 'LogicalExpression':
      literalsOf(node.right as Node, found);
      break;
    case 'ArrowFunctionExpression':
    case 'FunctionExpression': {
      if (node.expression) literalsOf(node.body as Node, found);
      else {
        const visit = (n: unknown): void => {
          if (!isNode(n)) return;
          if (n.type === 'ReturnStatement' && isNode(n.argument)) literalsOf(n.argument, found);
          else if (!/Function/.test(n.type)) for (const v of Object.values(n)) [v].flat().forEach(visit);
        };
        visit(node.body);
      }
    }
  }
  return found;
}

function calleeName(callee: Node): string | null {
  if (callee.type === 'Identifier') return callee.name as string;
  if (callee.type === 'MemberExpression' && isNode(callee.property)) return callee.property.name as string;
  return null;
}

/** Sentences (line and text) given where words are expected. */
export function englishIn(name: string, text: string): { sentences: string[] } {
  const { program } = parseSync(name, text, { lang: 'ts' });
  const sentences: string[] = [];
  const report = (node: Node) =>
    sentences.push(
      `${name}:${text.slice(0, node.start).split('\n').length}: ${text.slice(node.start, node.end as number).slice(0, 80)}`,
    );
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const name = calleeName(node.callee as Node);
      const args = node.arguments as Node[];
      // InputCheck.field(field, value, rule): the rule's complaints are words too. `.add` on a Set
      // or a Map is not a complaint: only the two-argument form whose first argument is the field.
      const positions =
        name === 'field' && args.length === 3
          ? [2]
          : name === 'add' && args.length !== 2
            ? []
            : name
              ? Object.hasOwn(WORDS_ARGUMENTS, name)
                ? WORDS_ARGUMENTS[name]!
                : []
              : [];
      for (const i of positions) if (args[i]) for (const l of literalsOf(args[i])) if (isSentence(l)) report(l);
    }
    // A field problem written out: { field, message: '…' }.
    if (node.type === 'ObjectExpression') {
      const props = (node.properties as Node[]).filter((p) => p.type === 'Property');
      const keyOf = (p: Node) => (isNode(p.key) ? (p.key.name ?? p.key.value) : null);
      const message = props.find((p) => keyOf(p) === 'message');
      if (message && props.some((p) => keyOf(p) === 'field'))
        for (const l of literalsOf(message.value as Node)) if (isSentence(l)) report(l);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type') visit(value);
  };
  visit(program);
  return { sentences };
}

const files = filesUnder(src);
const results = new Map(files.map((f) => [relative(src, f), englishIn(relative(src, f), readFileSync(f, 'utf8'))]));

describe('problems carry catalogue keys, not English sentences', () => {
  it('no error constructor, InputCheck or field problem is given a sentence', () => {
    expect([...results.values()].flatMap((r) => r.sentences)).toEqual([]);
  });

  it('finds a sentence where it hides, and lets keys and words(…) pass', () => {
    const probe = [
      "throw forbidden('Only operators do this.');",
      "new InputCheck().field('body.x', v, (v) => (v ? null : 'is bad'));",
      'problems.push({ field: "x", message: `has ${n}` });',
      "conflict('problem.concurrentChange'); invalid('body.x', words('problem.schema.oneOf', { choices: a.join(', ') }));",
      "seen.add('a b');",
    ].join('\n');
    expect(englishIn('probe.ts', probe).sentences).toEqual([
      "probe.ts:1: 'Only operators do this.'",
      "probe.ts:2: 'is bad'",
      'probe.ts:3: `has ${n}`',
    ]);
  });
});
