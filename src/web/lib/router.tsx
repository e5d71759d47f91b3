// A small history router: the console's screens are real URLs (shareable, reloadable; the server
// answers any of them with the console, see src/http/routes/console.ts), without a library.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();
/** Whether the person has moved within the console since it loaded (as opposed to arriving). */
let moved = false;
const notify = () => {
  moved = true;
  listeners.forEach((l) => l());
};
window.addEventListener('popstate', notify);

export const hasNavigated = (): boolean => moved;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

const currentUrl = () => window.location.pathname + window.location.search;

/** The current path and query; re-renders on every navigation. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const url = useSyncExternalStore(subscribe, currentUrl);
  const [path, search = ''] = url.split('?');
  return { path: path!, query: new URLSearchParams(search) };
}

/** Changes one query parameter in place (filters, tabs), keeping the rest; a new filter starts again at the first page. */
export function setQueryParam(name: string, value: string | null): void {
  const params = new URLSearchParams(window.location.search);
  if (name !== 'offset') params.delete('offset');
  if (value === null || value === '') params.delete(name);
  else params.set(name, value);
  const s = params.toString();
  navigate(window.location.pathname + (s ? `?${s}` : ''), { replace: true });
}

/** Matches `/incidents/:id` against a path; returns the parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i]!.startsWith(':')) params[p[i]!.slice(1)] = decodeURIComponent(s[i]!);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An ordinary link (open in a new tab works) that navigates in place on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
