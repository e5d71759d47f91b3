// The public page's branding: name, logo, colours and support link, applied to the status page,
// its backup site, the badge, the embed and subscriber emails. The server refuses a colour below
// 4.5:1 contrast (422 naming the field and the ratio), shown next to that field.
import { Field, Loaded, Page, ProblemNote, useAction, useFields } from '../../components/ui';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useApi } from '../../lib/useApi';
import type { Branding } from '../../lib/types';
export type { Branding };

export function BrandingScreen() {
  const state = useApi<Branding>('/api/branding', ['branding']);
  const t = useT();
  return (
    <Page title={t('console.operator.branding.title')} intro={t('console.operator.branding.intro')}>
      <Loaded state={state}>
        {(b) => <BrandingForm key={b.updatedAt ?? 'defaults'} initial={b} onSaved={state.reload} />}
      </Loaded>
      <Widgets />
    </Page>
  );
}

function BrandingForm({ initial, onSaved }: { initial: Branding; onSaved: () => void }) {
  const t = useT();
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
  }, t('console.operator.branding.saved'));
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
            aria-label={t('console.operator.branding.pick', { label })}
            value={/^#[0-9a-f]{6}$/i.test(v[key]) ? v[key] : '#000000'}
            onChange={(e) => form.set(key)(e.target.value)}
          />
        </span>
      )}
    </Field>
  );
  return (
    <form noValidate className="card" onSubmit={save.submit} aria-labelledby="branding-form">
      <h2 id="branding-form">{t('console.operator.branding.heading')}</h2>
      <div className="form-row">
        <Field
          label={t('console.operator.branding.pageName')}
          name="pageName"
          error={save.error}
          hint={t('console.operator.branding.pageNameHint')}
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
          label={t('console.operator.branding.logoUrl')}
          name="logoUrl"
          error={save.error}
          hint={t('console.operator.branding.logoUrlHint', { pixels: 36 })}
        >
          {(p) => <input {...p} type="url" value={v.logoUrl} onChange={(e) => form.set('logoUrl')(e.target.value)} />}
        </Field>
      </div>
      <div className="form-row">
        {color(
          'primaryColor',
          t('console.operator.branding.primaryColor'),
          t('console.operator.branding.primaryColorHint', { ratio: '4.5:1' }),
        )}
        {color(
          'accentColor',
          t('console.operator.branding.accentColor'),
          t('console.operator.branding.accentColorHint', { ratio: '4.5:1' }),
        )}
      </div>
      <Field
        label={t('console.operator.branding.supportUrl')}
        name="supportUrl"
        error={save.error}
        hint={t('console.operator.branding.supportUrlHint')}
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
          {t('console.operator.branding.aLink')}
        </span>
      </div>
      <ProblemNote error={save.error} />
      <button className="btn primary" type="submit" disabled={save.busy}>
        {t('console.operator.branding.save')}
      </button>
    </form>
  );
}

/** What to paste into another site: the badge and the embed, both served from the public snapshot. */
function Widgets() {
  const origin = window.location.origin;
  const t = useT();
  return (
    <section className="card" aria-labelledby="widgets">
      <h2 id="widgets">{t('console.operator.branding.widgets')}</h2>
      <p>
        <img src="/badge.svg" alt={t('console.operator.branding.badgeAlt')} />
      </p>
      <p className="muted">
        {t('console.operator.branding.widgetsHint', { region: '?region=EUR', service: '?service=<id>' })}
      </p>
      <pre>{`<img src="${origin}/badge.svg" alt="Status">\n<iframe src="${origin}/embed" title="Status" width="320" height="240"></iframe>`}</pre>
    </section>
  );
}
