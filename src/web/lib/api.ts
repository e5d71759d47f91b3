// The console's one way to talk to Herald: JSON over fetch with the session cookie. Every change
// carries the CSRF token from the session response; errors come back as problem+json and become
// an ApiError that names the fields at fault, so forms can show the message next to the field.
// Requests ask for the reader's language, so problem details come back in it.
import en, { type MessageKey } from '../../shared/i18n/catalogue/en';

export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: FieldProblem[] = [],
    /** Set when the console itself words the error (no answer, or not one it can read): shown through the catalogue. */
    readonly key?: MessageKey,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one field (`body.email` or just `email`), if the server named it. */
  about(field: string): string | undefined {
    return this.problems.find((p) => p.field === field || p.field === `body.${field}` || p.field === `query.${field}`)
      ?.message;
  }
}

let csrfToken = '';
let language = 'en';

/** The language problem details are asked in (src/web/lib/i18n.tsx sets it). */
export function setRequestLanguage(locale: string): void {
  language = locale;
}
/** Called whenever any request finds the session gone, so the console can ask to sign in again. */
let onSignedOut: () => void = () => {};

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function onSessionExpired(handler: () => void): void {
  onSignedOut = handler;
}

async function errorOf(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const body = (await res.json().catch(() => ({}))) as {
      code?: string;
      detail?: string;
      title?: string;
      errors?: FieldProblem[];
    };
    return new ApiError(
      res.status,
      body.code ?? `HTTP_${res.status}`,
      body.detail ?? body.title ?? res.statusText,
      body.errors ?? [],
    );
  }
  if (res.status >= 500)
    return new ApiError(
      res.status,
      `HTTP_${res.status}`,
      en['console.error.unavailable'],
      [],
      'console.error.unavailable',
    );
  return new ApiError(res.status, `HTTP_${res.status}`, res.statusText);
}

async function refreshCsrf(): Promise<void> {
  const res = await fetch('/api/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (res.ok) csrfToken = ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** A body sent as it is, with its own content type (a CSV file, an attached file), instead of as JSON. */
export class RawBody {
  constructor(
    readonly text: string | Blob,
    readonly contentType: string,
  ) {}
}

export async function request<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (body !== undefined) headers['content-type'] = body instanceof RawBody ? body.contentType : 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    const payload = body === undefined ? undefined : body instanceof RawBody ? body.text : JSON.stringify(body);
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: payload });
  } catch {
    throw new ApiError(0, 'OFFLINE', en['console.error.offline'], [], 'console.error.offline');
  }
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const type = res.headers.get('content-type') ?? '';
    return (type.includes('json') ? await res.json() : await res.text()) as T;
  }
  const error = await errorOf(res);
  // The CSRF secret lives in its own cookie; after a server restart or a new tab it may have
  // changed. Fetch a fresh token once and try again.
  if (error.code === 'HERALD_CSRF' && !retried) {
    await refreshCsrf();
    return request<T>(method, path, body, true);
  }
  if (error.status === 401 && path !== '/api/session') onSignedOut();
  throw error;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** Builds `path?a=1&b=2`, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | number | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}
