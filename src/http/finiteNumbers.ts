// Ajv turns a query or path value such as "1e309" or "Infinity" into Infinity when it coerces it
// to a number, and then skips `minimum`/`maximum` (they only judge finite numbers), so a schema's
// bounds alone let it through to the database ("datatype mismatch"). After validation, this hook
// refuses any number that is not finite with the usual 400 naming the field. JSON bodies cannot
// carry one past the schema: there `1e309` fails the type check itself.
import type { FastifyRequest, RouteOptions } from 'fastify';
import { HeraldError, type FieldProblem } from '../errors.js';

function nonFinite(where: string, value: unknown, found: FieldProblem[]): void {
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const values = Array.isArray(v) ? v : [v];
    if (values.some((x) => typeof x === 'number' && !Number.isFinite(x))) found.push({ field: `${where}.${key}`, message: 'must be a finite number' });
  }
}

export async function refuseNonFiniteNumbers(request: FastifyRequest): Promise<void> {
  const found: FieldProblem[] = [];
  nonFinite('querystring', request.query, found);
  nonFinite('params', request.params, found);
  if (found.length) throw new HeraldError('HERALD_VALIDATION', found.map((p) => `${p.field} ${p.message}`).join('; '), found);
}

/** Adds the check to routes whose schema coerces query or path values (the status page's do not pay for it). */
export function guardNumbersOf(route: RouteOptions): void {
  if (!route.schema?.querystring && !route.schema?.params) return;
  const existing = route.preHandler;
  route.preHandler = [refuseNonFiniteNumbers, ...(Array.isArray(existing) ? existing : existing ? [existing] : [])];
}
