// Posts in several languages (issue 15). Readers see which language they are reading
// (TranslationNote); operators add, replace and remove a post's translations from the message
// composer (MessageTranslations) and the incident editor (IncidentTranslations). The server checks
// everything (languages, placeholders, private names) and names the field at fault; the forms
// show its words next to the field.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../lib/api';
import { useT, type Translate } from '../lib/i18n';
import { useTime } from '../lib/time';
import type {
  Incident,
  IncidentTranslation,
  IncidentTranslations as IncidentTranslationList,
  MessageTranslation,
  MessageTranslations as MessageTranslationList,
} from '../lib/types';
import { LANGUAGES } from '../../shared/i18n/languages';
import { useApi } from '../lib/useApi';
import { Badge, Empty, Field, Loaded, ProblemNote, useAction } from './ui';

const base = (tag: string) => tag.split('-')[0]!;

/** A language's name in the reader's own language, by Intl ("Deutsch" → "German" for an English reader). */
function useLanguageName(): (tag: string) => string {
  const t = useT();
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([t.formatLocale], { type: 'language' });
    } catch {
      names = null;
    }
    return (tag: string) => names?.of(tag) ?? tag;
  }, [t.formatLocale]);
}

/** Which language a post is shown in, for readers: "Translated from English" or "You are reading the original (English)". */
export function TranslationNote({
  post,
}: {
  post: { language: string; originalLanguage: string; translated: boolean };
}) {
  const t = useT();
  if (post.translated)
    return (
      <p className="muted" lang={post.language}>
        <em>{t('console.posts.translatedFrom', { original: base(post.originalLanguage) })}</em>
      </p>
    );
  if (base(t.locale) === base(post.originalLanguage)) return null;
  return (
    <p className="muted">
      <em>{t('console.posts.readingOriginal', { original: base(post.originalLanguage) })}</em>
    </p>
  );
}

/** The languages a new translation may be in: Herald's, but not the original's nor one already there. */
const freeLanguages = (original: string, taken: string[]) =>
  LANGUAGES.filter((l) => l !== original && !taken.includes(l));

interface CardProps<T extends { language: string; outOfDate: boolean }> {
  titleId: string;
  original: string;
  items: T[];
  editing: string | null;
  onEdit: (language: string | null) => void;
  onRemove: (language: string) => void;
  removeError: Parameters<typeof ProblemNote>[0]['error'];
  form: (language: string, existing: T | undefined) => ReactNode;
}

/** The list of a post's translations with one form open at a time (adding or editing one language). */
function TranslationsCard<T extends { language: string; outOfDate: boolean; lastModifiedDateTime: string }>({
  titleId,
  original,
  items,
  editing,
  onEdit,
  onRemove,
  removeError,
  form,
}: CardProps<T>) {
  const t = useT();
  const time = useTime();
  const nameOf = useLanguageName();
  const free = freeLanguages(
    original,
    items.map((i) => i.language),
  );
  const [adding, setAdding] = useState<string>(free[0] ?? '');
  // What was chosen, unless it has been translated since (then the next free language).
  const chosen = (free as readonly string[]).includes(adding) ? adding : (free[0] ?? '');
  const language = editing && (free as readonly string[]).includes(editing) ? editing : chosen;
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('console.posts.heading')}</h2>
      <p className="muted">{t('console.posts.intro')}</p>
      {items.length ? (
        <ul className="list">
          {items.map((item) => (
            <li key={item.language}>
              <div className="actions">
                <strong className="spacer" lang={item.language}>
                  {nameOf(item.language)}
                </strong>
                {item.outOfDate ? <Badge tone="warn">{t('console.posts.outOfDate')}</Badge> : null}
                <span className="muted">{time.dateTime(item.lastModifiedDateTime)}</span>
                <button className="btn small" type="button" onClick={() => onEdit(item.language)}>
                  {t('console.posts.edit', { language: nameOf(item.language) })}
                </button>
                <button className="btn small danger" type="button" onClick={() => onRemove(item.language)}>
                  {t('console.posts.remove', { language: nameOf(item.language) })}
                </button>
              </div>
              {editing === item.language ? form(item.language, item) : null}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>{t('console.posts.none')}</Empty>
      )}
      <ProblemNote error={removeError} />
      {free.length > 0 && !items.some((i) => i.language === editing) ? (
        <>
          <Field label={t('console.posts.language')} name="language">
            {(p) => (
              <select
                {...p}
                value={language}
                onChange={(e) => {
                  setAdding(e.target.value);
                  onEdit(null);
                }}
              >
                {free.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {nameOf(l)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {editing === language ? (
            form(language, undefined)
          ) : (
            <button className="btn" type="button" onClick={() => onEdit(language)}>
              {t('console.posts.add', { language: nameOf(language) })}
            </button>
          )}
        </>
      ) : null}
    </section>
  );
}

/** A language's form: its fields, Save and Cancel; the server's complaints next to the fields. */
function TranslationForm({
  language,
  onSubmit,
  onCancel,
  busy,
  error,
  children,
}: {
  language: string;
  onSubmit: (e: FormEvent) => void;
  onCancel: () => void;
  busy: boolean;
  error: Parameters<typeof ProblemNote>[0]['error'];
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form onSubmit={onSubmit} lang={language} className="stack">
      {children}
      <ProblemNote error={error} />
      <div className="actions">
        <button className="btn primary" type="submit" disabled={busy}>
          {t('console.posts.save')}
        </button>
        <button className="btn" type="button" onClick={onCancel}>
          {t('console.posts.cancel')}
        </button>
      </div>
    </form>
  );
}

function useRemove(path: (language: string) => string, reload: () => void, t: Translate) {
  return useAction(async (language: string) => {
    await api.delete(path(language));
    reload();
  }, t('console.posts.removed'));
}

/** In the message composer: the post's title and body in other languages. */
export function MessageTranslations({ messageId }: { messageId: string }) {
  const t = useT();
  const list = useApi<MessageTranslationList>(`/api/messages/${messageId}/translations`);
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useRemove((l) => `/api/messages/${messageId}/translations/${l}`, list.reload, t);
  return (
    <Loaded state={list}>
      {(data) => (
        <TranslationsCard<MessageTranslation>
          titleId="message-translations-title"
          original={data.originalLanguage}
          items={data.items}
          editing={editing}
          onEdit={setEditing}
          onRemove={(l) => void remove.run(l)}
          removeError={remove.error}
          form={(language, existing) => (
            <MessageTranslationForm
              key={language}
              messageId={messageId}
              language={language}
              existing={existing}
              onDone={() => {
                setEditing(null);
                list.reload();
              }}
            />
          )}
        />
      )}
    </Loaded>
  );
}

function MessageTranslationForm({
  messageId,
  language,
  existing,
  onDone,
}: {
  messageId: string;
  language: string;
  existing: MessageTranslation | undefined;
  onDone: () => void;
}) {
  const t = useT();
  const [title, setTitle] = useState(existing?.title ?? '');
  const [body, setBody] = useState(existing?.bodyMarkdown ?? '');
  const save = useAction(async () => {
    await api.put(`/api/messages/${messageId}/translations/${language}`, { title, body });
    onDone();
  }, t('console.posts.saved'));
  return (
    <TranslationForm language={language} onSubmit={save.submit} onCancel={onDone} busy={save.busy} error={save.error}>
      <Field label={t('console.posts.title')} name="title" error={save.error}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />}
      </Field>
      <Field label={t('console.posts.body')} name="body" error={save.error}>
        {(p) => <textarea {...p} rows={8} value={body} onChange={(e) => setBody(e.target.value)} required />}
      </Field>
    </TranslationForm>
  );
}

/** In the incident editor: the incident's title and its posts' text in other languages. */
export function IncidentTranslations({ incident }: { incident: Incident }) {
  const t = useT();
  const list = useApi<IncidentTranslationList>(`/api/incidents/${incident.id}/translations`, ['incident']);
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useRemove((l) => `/api/incidents/${incident.id}/translations/${l}`, list.reload, t);
  return (
    <Loaded state={list}>
      {(data) => (
        <TranslationsCard<IncidentTranslation>
          titleId="incident-translations-title"
          original={data.originalLanguage}
          items={data.items}
          editing={editing}
          onEdit={setEditing}
          onRemove={(l) => void remove.run(l)}
          removeError={remove.error}
          form={(language, existing) => (
            <IncidentTranslationForm
              key={language}
              incident={incident}
              language={language}
              existing={existing}
              onDone={() => {
                setEditing(null);
                list.reload();
              }}
            />
          )}
        />
      )}
    </Loaded>
  );
}

function IncidentTranslationForm({
  incident,
  language,
  existing,
  onDone,
}: {
  incident: Incident;
  language: string;
  existing: IncidentTranslation | undefined;
  onDone: () => void;
}) {
  const t = useT();
  const time = useTime();
  const [title, setTitle] = useState(existing?.title ?? '');
  const [posts, setPosts] = useState<Record<string, string>>(
    Object.fromEntries((existing?.posts ?? []).map((p) => [p.postId, p.description])),
  );
  // Posts left empty are not translated: their readers read the original.
  const translated = incident.posts.filter((p) => posts[p.id]?.trim());
  const save = useAction(async () => {
    await api.put(`/api/incidents/${incident.id}/translations/${language}`, {
      title,
      posts: translated.map((p) => ({ postId: p.id, description: posts[p.id]! })),
    });
    onDone();
  }, t('console.posts.saved'));
  return (
    <TranslationForm language={language} onSubmit={save.submit} onCancel={onDone} busy={save.busy} error={save.error}>
      <Field label={t('console.posts.title')} name="title" error={save.error} hint={incident.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />}
      </Field>
      {incident.posts.map((post) => (
        <Field
          key={post.id}
          label={t('console.posts.update', { time: time.dateTime(post.createdDateTime) })}
          name={`posts.${translated.findIndex((p) => p.id === post.id)}.description`}
          error={save.error}
          hint={post.description.content}
        >
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={posts[post.id] ?? ''}
              placeholder={t('console.posts.untranslated')}
              onChange={(e) => setPosts((all) => ({ ...all, [post.id]: e.target.value }))}
            />
          )}
        </Field>
      ))}
    </TranslationForm>
  );
}
