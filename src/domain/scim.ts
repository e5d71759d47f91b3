// SCIM 2.0 (RFC 7643/7644) rules that need no database: the error shape's types, the filter
// subset directory clients send (Entra ID and Okta ask `attr eq "value"`), paging bounds and
// the PATCH operation forms, including Entra's habits ("Replace", "False" as a string).

export const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const SCIM_PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const SCIM_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

export type ScimType =
  | 'invalidFilter'
  | 'invalidSyntax'
  | 'invalidValue'
  | 'invalidPath'
  | 'noTarget'
  | 'uniqueness'
  | 'mutability'
  | 'tooMany';

/** A failure in SCIM's own terms; the SCIM routes answer it in the RFC 7644 §3.12 shape. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
    this.name = 'ScimError';
  }
}

export const invalidValue = (detail: string) => new ScimError(400, detail, 'invalidValue');

export interface EqFilter {
  /** Lower-cased attribute path, e.g. "username", "externalid", "displayname", "emails.value". */
  attribute: string;
  value: string;
}

/** `attr eq "value"`; anything else is answered with invalidFilter naming what is supported. */
export function parseFilter(filter: string | undefined, allowed: readonly string[]): EqFilter | null {
  if (filter === undefined || filter.trim() === '') return null;
  const match = /^\s*([A-Za-z][\w.:]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  if (!match)
    throw new ScimError(
      400,
      `filter: only 'attribute eq "value"' is supported, with attribute one of ${allowed.join(', ')}`,
      'invalidFilter',
    );
  // A fully qualified name (urn:…:User:userName) means the same attribute.
  const attribute = match[1]!.split(':').pop()!.toLowerCase();
  if (!allowed.map((a) => a.toLowerCase()).includes(attribute)) {
    throw new ScimError(400, `filter: cannot filter on ${match[1]}; use one of ${allowed.join(', ')}`, 'invalidFilter');
  }
  return { attribute, value: match[2]!.replace(/\\(.)/g, '$1') };
}

export const MAX_SCIM_PAGE = 200;

/** RFC 7644 §3.4.2.4: startIndex is 1-based (below 1 means 1); count below 0 means 0. */
export function pageBounds(
  startIndex: string | undefined,
  count: string | undefined,
): { startIndex: number; count: number } {
  const start = startIndex === undefined ? 1 : Number(startIndex);
  const size = count === undefined ? 100 : Number(count);
  if (!Number.isInteger(start)) throw invalidValue('startIndex: must be a whole number');
  if (!Number.isInteger(size)) throw invalidValue('count: must be a whole number');
  return { startIndex: Math.max(start, 1), count: Math.min(Math.max(size, 0), MAX_SCIM_PAGE) };
}

export interface PatchOperation {
  op: 'add' | 'replace' | 'remove';
  path: string | null;
  value: unknown;
}

/** Checks a PatchOp body and normalises its operations' names. */
export function patchOperations(body: unknown): PatchOperation[] {
  const b = body as { schemas?: unknown; Operations?: unknown } | null;
  if (!b || typeof b !== 'object' || !Array.isArray(b.schemas) || !b.schemas.includes(SCIM_PATCH)) {
    throw new ScimError(400, `schemas: a PATCH body must list ${SCIM_PATCH}`, 'invalidSyntax');
  }
  if (!Array.isArray(b.Operations) || b.Operations.length === 0)
    throw new ScimError(400, 'Operations: must be a non-empty array', 'invalidSyntax');
  return b.Operations.map((raw, i) => {
    const o = raw as { op?: unknown; path?: unknown; value?: unknown };
    const op = typeof o?.op === 'string' ? o.op.toLowerCase() : '';
    if (op !== 'add' && op !== 'replace' && op !== 'remove')
      throw new ScimError(400, `Operations[${i}].op: must be add, replace or remove`, 'invalidSyntax');
    if (o.path !== undefined && typeof o.path !== 'string')
      throw new ScimError(400, `Operations[${i}].path: must be a string`, 'invalidPath');
    if (op === 'remove' && !o.path)
      throw new ScimError(400, `Operations[${i}].path: is required to remove`, 'noTarget');
    return { op, path: (o.path as string | undefined) ?? null, value: o.value };
  });
}

/** SCIM booleans as clients send them: true/false, or Entra's "True"/"False". */
export function scimBoolean(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw invalidValue(`${field}: must be true or false`);
}
