// The console's building blocks: a page with its heading, labelled form fields that show the
// server's message for that field, badges, empty and error states, and a polite status line.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { ApiError, asApiError } from '../lib/api';
import { useT, type MessageKey } from '../lib/i18n';
import { hasNavigated, setQueryParam } from '../lib/router';

/** The tab's title: the screen's, then Herald's name, in the reader's language. */
export function useDocumentTitle(title: string) {
  const t = useT();
  const full = t('console.shell.documentTitle', { title });
  useEffect(() => {
    document.title = full;
  }, [full]);
}

/**
 * A screen. After moving to it within the console its heading takes the focus, so screen readers
 * announce where one is; on first load the focus stays at the top, where the skip link is.
 */
export function Page({
  title,
  actions,
  children,
  intro,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  intro?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title);
  useEffect(() => {
    if (hasNavigated()) heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-head">
        <h1 id="page-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {intro ? <p className="intro">{intro}</p> : null}
      {children}
    </section>
  );
}

interface FieldProps {
  label: string;
  /** The name the server uses for it (e.g. `email` for `body.email`), to show its message here. */
  name: string;
  error?: ApiError | undefined;
  hint?: ReactNode;
  children: (props: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}

/** A label, the control, a hint and the server's complaint about this field, all tied together for assistive technology. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  const id = useId();
  const t = useT();
  const message = error?.about(name);
  const describedBy = [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${message ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-invalid': Boolean(message), 'aria-describedby': describedBy })}
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {message ? (
        <div className="field-error" id={`${id}-error`}>
          {t('console.shell.fieldProblem', { label, message })}
        </div>
      ) : null}
    </div>
  );
}

export type Tone = 'neutral' | 'ok' | 'warn' | 'bad' | 'info';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** How a refusal starts, by status; the server's detail (in plain words) follows. */
const LEAD: Record<number, MessageKey> = {
  400: 'console.shell.problem.notSaved',
  403: 'console.shell.problem.notAllowed',
  404: 'console.shell.problem.notFound',
  409: 'console.shell.problem.notChanged',
  422: 'console.shell.problem.notSavedYet',
};

/**
 * An error from the API, with the problems it names; fields shown in a form are left to the form.
 * The server's detail comes in the reader's language already; what the console words itself (no
 * answer, an answer it cannot read) carries a catalogue key instead.
 */
export function ProblemNote({ error }: { error: ApiError | undefined }) {
  const t = useT();
  if (!error) return null;
  return (
    <div className="problem" role="alert">
      <strong>{t(LEAD[error.status] ?? 'console.shell.problem.failed')}</strong>{' '}
      {error.key ? t(error.key) : error.message}
    </div>
  );
}

/** "Loading…", or what is being waited for (already in the reader's words). */
export function Loading({ what }: { what?: string }) {
  const t = useT();
  return (
    <p className="loading" role="status">
      {what ? t('console.shell.waitingFor', { what }) : t('console.shell.loading')}
    </p>
  );
}

/** A form's values and a setter per field: `set('name')(value)`. */
export function useFields<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(
    <K extends keyof T>(key: K) =>
      (value: T[K]) =>
        setValues((v) => ({ ...v, [key]: value })),
    [],
  );
  return { values, set, reset: () => setValues(initial), setAll: setValues };
}

/** The state of one list or record from useApi, as the screen should show it. */
export function Loaded<T>({
  state,
  children,
}: {
  state: { data: T | undefined; error: ApiError | undefined };
  children: (data: T) => ReactNode;
}) {
  if (state.error && state.data === undefined) return <ProblemNote error={state.error} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}

/** Runs a change; remembers its error for the form and says "Saved" (or your words) when it worked. */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>, done?: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const say = useAnnounce();
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setBusy(true);
      setError(undefined);
      try {
        const result = await fn(...args);
        if (done) say(done);
        return result;
      } catch (e) {
        setError(asApiError(e));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [fn, done, say],
  );
  /** A form's onSubmit for an action that takes no arguments: no page reload, then run. */
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(...([] as unknown as A));
  };
  return { run, submit, busy, error, clear: () => setError(undefined) };
}

const AnnounceContext = createContext<(message: string) => void>(() => {});

/** A polite live region at the bottom of the screen for "Saved", "Marked as read", …. */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const say = useCallback((m: string) => {
    setMessage(m);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), 4000);
  }, []);
  return (
    <AnnounceContext.Provider value={say}>
      {children}
      <div className={`toast${message ? ' shown' : ''}`} role="status" aria-live="polite">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}

/** A choice of views (a segmented control); the caller keeps the choice in the URL (`?tab=`). */
export function Tabs({
  tabs,
  current,
  onChange,
  label,
}: {
  tabs: { id: string; label: string }[];
  current: string;
  onChange: (id: string) => void;
  label: string;
}) {
  return (
    <div className="tabs" role="group" aria-label={label}>
      {tabs.map((t) => (
        <button key={t.id} type="button" aria-pressed={t.id === current} onClick={() => onChange(t.id)}>
          {t.label}
        </button>
      ))}
    </div>
  );
}

/** A group of checkboxes choosing several values, with the server's complaint about the group. */
export function CheckList({
  legend,
  name,
  options,
  value,
  onChange,
  error,
  columns,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: ApiError | undefined;
  columns?: boolean;
}) {
  const id = useId();
  const message = error?.about(name);
  const toggle = (v: string) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <fieldset className={message ? 'invalid' : ''} aria-describedby={message ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className={columns ? 'check-columns' : ''}>
        {options.map((o) => (
          <label key={o.value} className="check">
            <input type="checkbox" checked={value.includes(o.value)} onChange={() => toggle(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {message ? (
        <div className="field-error" id={`${id}-error`}>
          {legend} {message}
        </div>
      ) : null}
    </fieldset>
  );
}

/** Paging of a list shown newest first, kept in the URL's `offset` so a page can be linked. */
export function NewerOlder({
  offset,
  shown,
  total,
  pageSize,
}: {
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
}) {
  const t = useT();
  return (
    <nav className="actions" aria-label={t('console.shell.pages')}>
      <button
        className="btn"
        type="button"
        disabled={offset === 0}
        onClick={() => setQueryParam('offset', String(Math.max(offset - pageSize, 0)))}
      >
        {t('console.shell.newer')}
      </button>
      <span className="muted">{t('console.shell.pageRange', { first: offset + 1, last: offset + shown, total })}</span>
      <button
        className="btn"
        type="button"
        disabled={offset + shown >= total}
        onClick={() => setQueryParam('offset', String(offset + pageSize))}
      >
        {t('console.shell.older')}
      </button>
    </nav>
  );
}
