// Commander's own refusals (a missing argument or required option, an unknown option or command,
// too many arguments) in the operator's language. Commander builds them in English inside its
// parser, so its message is read back by its known forms and said again from the catalogue
// (cli.commander.*); a message of another form is left as Commander wrote it.
import type { Translator } from '../i18n/translator.js';
import type { MessageKey } from '../shared/i18n/catalogue/en.js';

type Reading = [MessageKey, (m: RegExpExecArray) => Record<string, string | number>];

const FORMS: [RegExp, Reading][] = [
  [/^error: missing required argument '(.*)'$/, ['cli.commander.missingArgument', (m) => ({ name: m[1]! })]],
  [/^error: option '(.*)' argument missing$/, ['cli.commander.optionMissingArgument', (m) => ({ flags: m[1]! })]],
  [
    /^error: required option '(.*)' not specified$/,
    ['cli.commander.missingMandatoryOptionValue', (m) => ({ flags: m[1]! })],
  ],
  [/^error: unknown option '(.*)'$/, ['cli.commander.unknownOption', (m) => ({ flag: m[1]! })]],
  [/^error: unknown command '(.*)'$/, ['cli.commander.unknownCommand', (m) => ({ name: m[1]! })]],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    [
      'cli.commander.excessArguments',
      (m) => ({ command: m[1] ?? 'none', expected: Number(m[2]), received: Number(m[3]) }),
    ],
  ],
];

const SUGGESTION = /^\(Did you mean (?:one of )?(.*)\?\)$/;

/** Commander's error output (its message, maybe a "Did you mean" line) in the operator's language. */
export function commanderError(output: string, tr: Translator): string {
  const [first = '', ...rest] = output.replace(/\n$/, '').split('\n');
  const form = FORMS.map(([re, reading]) => [re.exec(first), reading] as const).find(([m]) => m);
  if (!form) return output;
  const [m, [key, values]] = form;
  const lines = [tr.t(key, values(m!))];
  for (const line of rest) {
    const s = SUGGESTION.exec(line);
    lines.push(s ? tr.t('cli.commander.didYouMean', { suggestion: s[1]!, count: s[1]!.split(', ').length }) : line);
  }
  return `${lines.join('\n')}\n`;
}
