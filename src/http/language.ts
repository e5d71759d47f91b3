// Which language a visitor of a public page reads: a `?lang=` Herald speaks, else the best of
// their Accept-Language (negotiator, q-values), else the provider's. An unknown `?lang=` is no
// error: it is passed over. The status page, its feeds, badge and embed, and the subscription pages.
import type { FastifyRequest } from 'fastify';
import { acceptedLocale, matchLocale } from '../i18n/locales.js';

const negotiated = new Map<string, string | null>();

export function visitorLocale(request: FastifyRequest, providerDefault: string): string {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  return localeFor(typeof lang === 'string' ? lang : undefined, request.headers['accept-language'], providerDefault);
}

/** The same choice from the raw `?lang=` and Accept-Language (the status page's fast path has no Fastify request). */
export function localeFor(lang: string | undefined, header: string | undefined, providerDefault: string): string {
  const asked = lang ? matchLocale(lang) : null;
  if (asked) return asked;
  if (!header) return providerDefault;
  let accepted = negotiated.get(header);
  if (accepted === undefined) {
    accepted = acceptedLocale(header);
    // Headers vary little; a client sending many different ones must not grow memory without end.
    if (negotiated.size > 1_000) negotiated.clear();
    negotiated.set(header, accepted);
  }
  return accepted ?? providerDefault;
}
