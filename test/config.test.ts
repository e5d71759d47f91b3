import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { translator } from '../src/i18n/translator.js';

describe('configuration', () => {
  it('has working defaults for the embedded start', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBe('sqlite:data/herald.db');
    expect(c.publicUrl).toBe('http://127.0.0.1:3000');
    expect(c.smtpUrl).toBeNull();
  });

  it('names the setting that is wrong instead of running with NaN', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ MAINTENANCE_NOTICE_LEAD_DAYS: 'a week' })).toThrow(
      /MAINTENANCE_NOTICE_LEAD_DAYS must be a non-negative number, not "a week"/,
    );
    expect(() => loadConfig({ SLA_DEGRADATION_WEIGHT: '-1' })).toThrow(/SLA_DEGRADATION_WEIGHT/);
  });

  it('takes EMBED_FRAME_ANCESTORS as CSP sources, and refuses what could end the directive', () => {
    expect(loadConfig({}).embedFrameAncestors).toBe('*');
    expect(
      loadConfig({ EMBED_FRAME_ANCESTORS: "  'self'   https://intranet.example https: " }).embedFrameAncestors,
    ).toBe("'self' https://intranet.example https:");
    expect(() => loadConfig({ EMBED_FRAME_ANCESTORS: "'self'; script-src *" })).toThrow(/EMBED_FRAME_ANCESTORS/);
    expect(() => loadConfig({ EMBED_FRAME_ANCESTORS: 'https://a.example,https://b.example' })).toThrow(
      /EMBED_FRAME_ANCESTORS/,
    );
  });

  it('drops a trailing slash from PUBLIC_URL so links are not doubled', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://status.example.com/', HERALD_SECRET: 'x'.repeat(32) }).publicUrl).toBe(
      'https://status.example.com',
    );
  });

  it('takes DEFAULT_LOCALE as one of Herald’s languages, and refuses one it does not speak', () => {
    expect(loadConfig({}).defaultLocale).toBe('en');
    expect(loadConfig({ DEFAULT_LOCALE: 'de-DE' }).defaultLocale).toBe('de');
    expect(loadConfig({ DEFAULT_LOCALE: 'pt-br' }).defaultLocale).toBe('pt-BR');
    expect(() => loadConfig({ DEFAULT_LOCALE: 'tlh' })).toThrow(
      /DEFAULT_LOCALE must be one of en, fr, de, es, pt-BR, ja, ar/,
    );
  });

  it('says a refused setting in the operator’s language, the English staying its message', () => {
    const refusal = (env: NodeJS.ProcessEnv): ConfigError => {
      try {
        loadConfig(env);
      } catch (e) {
        if (e instanceof ConfigError) return e;
        throw e;
      }
      throw new Error('accepted');
    };
    const frames = refusal({ EMBED_FRAME_ANCESTORS: "'self'; script-src *" });
    expect(frames.message).toBe(
      "EMBED_FRAME_ANCESTORS must be CSP frame-ancestors sources separated by spaces ('self', 'none', *, https://site.example), not \"'self'; script-src *\"",
    );
    const short = refusal({ NODE_ENV: 'production', HERALD_SECRET: 'short' });
    expect(short.message).toBe(
      'HERALD_SECRET must be set to at least 32 random bytes (e.g. `openssl rand -base64 48`) because NODE_ENV=production; it has 5 bytes.',
    );
    expect(translator('fr').words(short.words)).toBe(
      'HERALD_SECRET doit compter au moins 32 octets aléatoires (par exemple `openssl rand -base64 48`) car NODE_ENV=production\u00a0; il n’en compte que 5.',
    );
    expect(translator('de').words(refusal({ PORT: '70000' }).words)).toBe(
      'PORT muss eine ganze Zahl von 0 bis 65535 sein, nicht „70000“',
    );
  });
});
