// The status page's subscription pages: the subscribe form, the confirmation and manage pages
// reached from subscribers' mail, and the answers. Plain HTML forms (no JavaScript), built with
// src/html.ts like the status page itself, with the provider's branding (src/app/branding.ts), in
// the visitor's language (src/http/language.ts); forms keep it in their action's `?lang=`.
import type { Branding } from '../../app/branding.js';
import type { SubscriberChoice } from '../../domain/subscribers.js';
import { html, raw, safeUrl, type Html } from '../../html.js';
import { LANGUAGES } from '../../i18n/locales.js';
import { translator, type Translator } from '../../i18n/translator.js';

export interface Components {
  regions: { code: string; name: string }[];
  services: { id: string; name: string }[];
}

const STYLE =
  raw(`body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.5rem}fieldset{border:1px solid #d0d7de;border-radius:6px;margin:.8rem 0;background:#fff}
label{display:inline-block;margin-block:.15rem;margin-inline:0 1rem}input[type=email],input[type=url]{width:100%;padding:.4rem;box-sizing:border-box}
button{padding:.5rem 1rem;margin:.5rem .5rem 0 0}.error{color:#cf222e;font-weight:600}.muted{color:#57606a;font-size:.9em}
header{padding:.6rem 1rem}header a{color:#fff;font-weight:600;text-decoration:none}header img{height:1.5rem;vertical-align:middle;margin-inline-end:.5rem}`);

// The header is white on the primary colour, which saveBranding checks for contrast against white.
export function subscriptionPage(brand: Branding, title: string, body: Html, t: Translator): string {
  const logo = brand.logoUrl ? html`<img src="${safeUrl(brand.logoUrl)}" alt="">` : '';
  const support = brand.supportUrl
    ? html`<p class="muted"><a href="${safeUrl(brand.supportUrl)}">${t.t('common.contactSupport')}</a></p>`
    : '';
  return html`<!doctype html>
<html lang="${t.locale}" dir="${t.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · ${brand.pageName}</title><meta name="robots" content="noindex"><style>${STYLE}</style></head>
<body><header style="background:${brand.primaryColor}"><a href="/status?lang=${t.locale}">${logo}${brand.pageName}</a></header><main><h1>${title}</h1>
${body}${support}</main></body></html>
`.markup;
}

function choiceFields(c: Components, choice: SubscriberChoice, t: Translator): Html {
  const checked = (on: boolean) => (on ? raw(' checked') : '');
  return html`<fieldset><legend>${t.t('subscribe.what')}</legend>
<label><input type="checkbox" name="everything" value="on"${checked(choice.everything)}> ${t.t('subscribe.everything')}</label>
<p class="muted">${t.t('subscribe.only')}</p>
<p>${c.regions.map((r) => html`<label><input type="checkbox" name="regions" value="${r.code}"${checked(choice.regions.includes(r.code))}> ${r.name} (${r.code})</label>`)}</p>
<p>${c.services.map((s) => html`<label><input type="checkbox" name="services" value="${s.id}"${checked(choice.services.includes(s.id))}> ${s.name}</label>`)}</p>
</fieldset>`;
}

export function subscribeForm(
  c: Components,
  t: Translator,
  problem?: { field: string; message: string },
  values: { email?: string; url?: string; format?: string } & Partial<SubscriberChoice> = {},
): Html {
  const choice = {
    everything: values.everything ?? !problem,
    regions: values.regions ?? [],
    services: values.services ?? [],
  };
  const format = values.format ?? 'standard';
  const formatChoice = (value: string, label: string) =>
    html`<label><input type="radio" name="format" value="${value}"${format === value ? raw(' checked') : ''}> ${label}</label>`;
  return html`${problem && html`<p class="error" role="alert">${problem.field}: ${problem.message}</p>`}
<p>${t.t('subscribe.intro')}</p>
<form method="post" action="/subscribe?lang=${t.locale}">
<fieldset><legend>${t.t('subscribe.byEmail')}</legend><label for="email">${t.t('subscribe.email')}</label><input id="email" type="email" name="email" value="${values.email ?? ''}" autocomplete="email"></fieldset>
<fieldset><legend>${t.t('subscribe.byWebhook')}</legend><label for="url">${t.t('subscribe.url')}</label><input id="url" type="url" name="url" value="${values.url ?? ''}">
<p>${formatChoice('standard', t.t('subscribe.format.standard'))}${formatChoice('slack', t.t('subscribe.format.slack'))}${formatChoice('teams', t.t('subscribe.format.teams'))}</p>
<p class="muted">${t.t('subscribe.webhookHelp')}</p></fieldset>
${choiceFields(c, choice, t)}
<button type="submit">${t.t('subscribe.submit')}</button></form>`;
}

/** The language of the emails, each named in itself (as the page's language switch names them). */
function languageField(locale: string, t: Translator): Html {
  const options = LANGUAGES.map(
    (l) =>
      html`<option value="${l}" lang="${l}"${l === locale ? raw(' selected') : ''}>${translator(l).t('language.name')}</option>`,
  );
  return html`<p><label for="locale">${t.t('subscriber.language')}</label> <select id="locale" name="locale">${options}</select></p>`;
}

/** `locale`: the language the subscriber's mail is written in now. */
export function manageForm(
  c: Components,
  address: string,
  choice: SubscriberChoice,
  locale: string,
  token: string,
  t: Translator,
  note?: string,
): Html {
  return html`${note && html`<p role="status"><strong>${note}</strong></p>`}<p>${t.html('subscribe.sendsTo', { address: html`<strong>${address}</strong>` })}</p>
<form method="post" action="/subscriptions/manage/${token}?lang=${t.locale}">${choiceFields(c, choice, t)}${languageField(locale, t)}<button type="submit">${t.t('subscribe.save')}</button></form>
<form method="post" action="/subscriptions/unsubscribe/${token}?lang=${t.locale}"><button type="submit">${t.t('subscribe.unsubscribe')}</button></form>`;
}
