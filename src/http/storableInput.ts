// Two kinds of value pass a JSON schema but cannot be stored or compared, and would reach the
// database as a 500 instead of a 400 naming the field:
// - numbers that are not finite: Ajv turns a query or path value such as "1e309" or "Infinity"
//   into Infinity when it coerces it, and then skips `minimum`/`maximum` (they only judge finite
//   numbers), so bounds alone let it through ("datatype mismatch"). In a JSON body `1e309` fails
//   the type check itself.
// - text with a NUL character (U+0000), which PostgreSQL's text type refuses outright.
// After validation, this hook refuses both with the usual problem naming each field.
import type { FastifyRequest, RouteOptions } from 'fastify';
import { type FieldProblem, invalidMany } from '../errors.js';

const MAX_DEPTH = 32;

function check(field: string, value: unknown, found: FieldProblem[], depth: number): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push({ field, message: 'problem.finiteNumber' });
  } else if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push({ field, message: 'problem.nulCharacter' });
  } else if (ArrayBuffer.isView(value)) {
    // A file sent as the raw body (a ticket's attachment): bytes, stored as base64, never as text.
    return;
  } else if (value && typeof value === 'object' && depth < MAX_DEPTH) {
    for (const [key, v] of Object.entries(value as Record<string, unknown>))
      check(`${field}.${key}`, v, found, depth + 1);
  }
}

export async function refuseUnstorableInput(request: FastifyRequest): Promise<void> {
  const found: FieldProblem[] = [];
  check('querystring', request.query, found, 0);
  check('params', request.params, found, 0);
  check('body', request.body, found, 0);
  if (found.length) throw invalidMany(found);
}

/** Adds the check to routes that take input (the status page's fixed routes do not pay for it). */
export function guardInputOf(route: RouteOptions): void {
  if (!route.schema?.querystring && !route.schema?.params && !route.schema?.body && route.method === 'GET') return;
  const existing = route.preHandler;
  route.preHandler = [refuseUnstorableInput, ...(Array.isArray(existing) ? existing : existing ? [existing] : [])];
}
