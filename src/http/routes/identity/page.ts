// The small server-rendered page a browser sees when a single sign-on cannot go on: what happened
// and what to do, never a stack trace, never a silent fall back to the password form.
import type { FastifyReply } from 'fastify';
import { html, raw } from '../../../html.js';

const STYLE = raw(
  'body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1b1b1b}h1{font-size:1.4rem}a{color:#0b5cad}',
);

export function sendSignInPage(reply: FastifyReply, status: number, title: string, detail: string): FastifyReply {
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Herald</title>
<style>${STYLE}</style>
</head><body><main><h1>${title}</h1><p>${detail}</p><p><a href="/sign-in">Back to sign-in</a></p></main></body></html>`;
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page.markup);
}
