// Markdown as Herald renders it everywhere: the preview uses the server's own renderer
// (markdown-it with raw HTML off and unsafe links refused), so what the writer sees is what
// readers, emails and the Graph API get.
import { useId, useState } from 'react';
import { renderMarkdown } from '../../shared/markdown';
import type { ApiError } from '../lib/api';
import { useT } from '../lib/i18n';
import { Field } from './ui';

/** Shows Markdown source. */
export function Markdown({ source }: { source: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}

interface EditorProps {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  error?: ApiError | undefined;
  rows?: number;
}

/** A Markdown text area with its preview beside it (below it on a phone). */
export function MarkdownEditor({ label, name, value, onChange, error, rows = 8 }: EditorProps) {
  const previewId = useId();
  const t = useT();
  const [showPreview, setShowPreview] = useState(true);
  return (
    <div className="composer-wrap">
      <Field label={label} name={name} error={error} hint={t('console.shell.markdown.hint')}>
        {(p) => (
          <div className={showPreview ? 'composer' : ''}>
            <textarea {...p} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
            {showPreview ? (
              <div
                className="preview"
                id={previewId}
                aria-label={t('console.shell.markdown.previewOf', { label })}
                role="region"
              >
                {value.trim() ? (
                  <Markdown source={value} />
                ) : (
                  <span className="muted">{t('console.shell.markdown.empty')}</span>
                )}
              </div>
            ) : null}
          </div>
        )}
      </Field>
      <button
        type="button"
        className="btn small"
        aria-pressed={showPreview}
        onClick={() => setShowPreview(!showPreview)}
      >
        {t('console.shell.markdown.preview')}
      </button>
    </div>
  );
}
