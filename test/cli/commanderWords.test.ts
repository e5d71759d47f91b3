// Commander's own refusals in the operator's language: each is made by a real Commander parser
// (so a Commander upgrade that rewords one shows up here) and said again from the catalogue.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commanderError } from '../../src/cli/commanderWords.js';
import { translator } from '../../src/i18n/translator.js';

/** What Commander writes for `args`, through commanderError in `locale`. */
function refusal(args: string[], locale: string): string {
  const tr = translator(locale);
  let written = '';
  const program = new Command()
    .name('herald')
    .exitOverride()
    .configureOutput({
      writeErr: (s) => (written += s),
      outputError: (text, write) => write(commanderError(text, tr)),
    });
  program
    .command('import')
    .argument('<files...>')
    .action(() => undefined);
  program
    .command('rehearse')
    .argument('<scenario>')
    .option('--out <dir>')
    .action(() => undefined);
  program
    .command('token')
    .requiredOption('--email <email>')
    .action(() => undefined);
  try {
    program.parse(args, { from: 'user' });
  } catch {
    // exitOverride: Commander throws where it would exit.
  }
  return written.trim();
}

describe('Commander’s refusals in the operator’s language', () => {
  it('keeps Commander’s English word for word', () => {
    expect(refusal(['token'], 'en')).toBe("error: required option '--email <email>' not specified");
    expect(refusal(['rehearse', 'a.json', 'b.json'], 'en')).toBe(
      "error: too many arguments for 'rehearse'. Expected 1 argument but got 2.",
    );
    expect(refusal(['rehearse', 'a.json', '--outt', 'x'], 'en')).toBe(
      "error: unknown option '--outt'\n(Did you mean --out?)",
    );
  });

  it('says each in French, German, Japanese and Arabic', () => {
    expect(refusal(['token'], 'fr')).toBe(
      'erreur\u00a0: option obligatoire «\u00a0--email <email>\u00a0» non indiquée',
    );
    expect(refusal(['import'], 'de')).toBe('Fehler: erforderliches Argument „files“ fehlt');
    expect(refusal(['rehearse', 'a.json', '--out'], 'es')).toBe(
      'error: a la opción «--out <dir>» le falta su argumento',
    );
    expect(refusal(['rehears'], 'fr')).toBe(
      'erreur\u00a0: commande inconnue «\u00a0rehears\u00a0»\n(Vouliez-vous dire rehearse\u00a0?)',
    );
    expect(refusal(['rehearse', 'a.json', 'b.json', 'c.json'], 'de')).toBe(
      'Fehler: zu viele Argumente für „rehearse“. Erwartet wird 1 Argument, angegeben wurden 3.',
    );
    expect(refusal(['rehearse', 'a.json', 'b.json'], 'ja')).toBe(
      'エラー: 「rehearse」の引数が多すぎます。想定は 1 個ですが、2 個指定されました。',
    );
    expect(refusal(['rehearse', 'a.json', 'b.json', 'c.json'], 'ar')).toBe(
      'خطأ: وسائط أكثر من اللازم للأمر «rehearse». المتوقع وسيط واحد، لكن وصل 3 وسائط.',
    );
  });

  it('leaves a message of another form as Commander wrote it', () => {
    expect(commanderError('error: something new\n', translator('fr'))).toBe('error: something new\n');
  });
});
