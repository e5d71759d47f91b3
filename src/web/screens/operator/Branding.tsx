// The public page's branding: name, logo, colours and support link, applied to the status page,
// its backup site, the badge, the embed and subscriber emails. The server refuses a colour below
// 4.5:1 contrast (422 naming the field and the ratio), shown next to that field.
import { Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useApi } from '../../lib/useApi';
import type { Branding } from '../../lib/types';
export type { Branding };

export function BrandingScreen() {
  const state = useApi<Branding>('/api/branding', ['branding']);
  return (
    <Page
      title="Status page branding"
      intro="What visitors of the public status page, its backup site, the badge and the embed see, and what subscriber emails carry."
    >
      <Loaded state={state}>
        {(b) => <BrandingForm key={b.updatedAt ?? 'defaults'} initial={b} onSaved={state.reload} />}
      </Loaded>
      <Widgets />
    </Page>
  );
}

function BrandingForm({ initial, onSaved }: { initial: Branding; onSaved: () => void }) {
  const form = useFields({
    pageName: initial.pageName,
    logoUrl: initial.logoUrl ?? '',
    primaryColor: initial.primaryColor,
    accentColor: initial.accentColor,
    supportUrl: initial.supportUrl ?? '',
  });
  const v = form.values;
  const save = useAction(async () => {
    await api.put<Branding>('/api/branding', {
      ...v,
      logoUrl: v.logoUrl.trim() || null,
      supportUrl: v.supportUrl.trim() || null,
    });
    onSaved();
  }, 'Branding saved; the status page shows it within seconds');
  const color = (key: 'primaryColor' | 'accentColor', label: string, hint: string) => (
    <Field label={label} name={key} error={save.error} hint={hint}>
      {(p) => (
        <span className="toolbar">
          <input
            {...p}
            value={v[key]}
            onChange={(e) => form.set(key)(e.target.value)}
            pattern="#[0-9a-fA-F]{6}"
            size={8}
          />
          <input
            type="color"
            aria-label={`${label}: pick`}
            value={/^#[0-9a-f]{6}$/i.test(v[key]) ? v[key] : '#000000'}
            onChange={(e) => form.set(key)(e.target.value)}
          />
        </span>
      )}
    </Field>
  );
  return (
    <form noValidate className="card" onSubmit={save.submit} aria-labelledby="branding-form">
      <h2 id="branding-form">Branding</h2>
      <div className="form-row">
        <Field
          label="Page name"
          name="pageName"
          error={save.error}
          hint="Also the badge’s label. Must not name a customer or a person."
        >
          {(p) => (
            <input
              {...p}
              required
              maxLength={80}
              value={v.pageName}
              onChange={(e) => form.set('pageName')(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Logo address (optional)"
          name="logoUrl"
          error={save.error}
          hint="An https address of an image; shown at most 36 pixels high."
        >
          {(p) => <input {...p} type="url" value={v.logoUrl} onChange={(e) => form.set('logoUrl')(e.target.value)} />}
        </Field>
      </div>
      <div className="form-row">
        {color(
          'primaryColor',
          'Primary colour',
          'Behind white text in the page header and the badge: needs 4.5:1 contrast with white.',
        )}
        {color(
          'accentColor',
          'Accent colour',
          'Headings and links on the light page background: needs 4.5:1 contrast.',
        )}
      </div>
      <Field
        label="Support link (optional)"
        name="supportUrl"
        error={save.error}
        hint="https or mailto; shown in the page’s footer."
      >
        {(p) => (
          <input {...p} type="url" value={v.supportUrl} onChange={(e) => form.set('supportUrl')(e.target.value)} />
        )}
      </Field>
      <div
        aria-hidden="true"
        style={{
          background: v.primaryColor,
          color: '#fff',
          padding: '0.5rem 1rem',
          borderRadius: 6,
          margin: '0.75rem 0',
        }}
      >
        <strong>{v.pageName}</strong>{' '}
        <span style={{ color: v.accentColor, background: '#f6f7f9', padding: '0 0.4rem', borderRadius: 4 }}>
          a link
        </span>
      </div>
      <ProblemNote error={save.error} />
      <button className="btn primary" type="submit" disabled={save.busy}>
        Save branding
      </button>
    </form>
  );
}

/** What to paste into another site: the badge and the embed, both served from the public snapshot. */
function Widgets() {
  const origin = window.location.origin;
  return (
    <section className="card" aria-labelledby="widgets">
      <h2 id="widgets">Badge and embed</h2>
      <p>
        <img src="/badge.svg" alt="The status badge of the whole page" />
      </p>
      <p className="muted">Add ?region=EUR or ?service=&lt;id&gt; (or both) for one region or service.</p>
      <pre>{`<img src="${origin}/badge.svg" alt="Status">\n<iframe src="${origin}/embed" title="Status" width="320" height="240"></iframe>`}</pre>
    </section>
  );
}
