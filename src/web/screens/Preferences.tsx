// What a person is told, and how: per category of notice, email, push and in the console.
// Service-critical notices arrive whatever is switched off. Push needs this browser or phone to
// subscribe (through the service worker) once.
import { useEffect, useState } from 'react';
import { Empty, Loaded, Page, ProblemNote, useAction } from '../components/ui';
import { api, consoleError } from '../lib/api';
import { useT } from '../lib/i18n';
import { useLabels } from '../lib/labels';
import { useTime } from '../lib/time';
import type { Preference } from '../lib/types';
import { useApi } from '../lib/useApi';
import type { PushSubscriptionView } from '../lib/types';

/** The channels a person chooses per category, in the columns' order. */
const CHANNELS: readonly Preference['channel'][] = ['email', 'push', 'in_app'];

export function PreferencesScreen() {
  const t = useT();
  const labels = useLabels();
  // "account" (their own requests, sign-in links) is a category of preferences only, not of notices.
  const categoryName = (category: string) =>
    category === 'account' ? t('console.account.preferences.accountCategory') : labels.category(category);
  const saved = useApi<{ preferences: Preference[]; note: string }>('/api/me/preferences');
  const [draft, setDraft] = useState<Preference[] | null>(null);
  useEffect(() => setDraft(saved.data?.preferences ?? null), [saved.data]);
  // Only what changed is sent, so a default stays a default (and follows the rule if it changes).
  const changes = (draft ?? []).filter((p) => {
    const before = saved.data?.preferences.find((b) => b.category === p.category && b.channel === p.channel);
    return before?.enabled !== p.enabled;
  });
  const save = useAction(async () => {
    await api.put('/api/me/preferences', {
      preferences: changes.map(({ category, channel, enabled }) => ({ category, channel, enabled })),
    });
    saved.reload();
  }, t('console.account.preferences.saved'));

  const categories = [...new Set((draft ?? []).map((p) => p.category))];
  const find = (category: string, channel: string) =>
    draft?.find((p) => p.category === category && p.channel === channel);
  const flip = (category: Preference['category'], channel: Preference['channel']) =>
    setDraft((d) =>
      (d ?? []).map((p) =>
        p.category === category && p.channel === channel
          ? { ...p, enabled: !p.effective, effective: !p.effective, source: 'choice' }
          : p,
      ),
    );
  const backToDefaults = () =>
    setDraft((d) => (d ?? []).map((p) => ({ ...p, enabled: null, effective: p.byDefault, source: 'default' })));

  return (
    <Page title={t('console.account.preferences.title')}>
      <Loaded state={saved}>
        {() => (
          <>
            {/* The API's note is English for API callers; the console says the same rule in the reader's words. */}
            <p className="intro">{t('console.account.preferences.note')}</p>
            <div className="table-wrap">
              <table className="preferences">
                <caption className="sr-only">{t('console.account.preferences.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('console.account.preferences.category')}</th>
                    {CHANNELS.map((channel) => (
                      <th key={channel} scope="col">
                        {t('console.account.preferences.channel', { channel })}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {categories.map((cat) => (
                    <tr key={cat}>
                      <th scope="row">{categoryName(cat)}</th>
                      {CHANNELS.map((channel) => {
                        const p = find(cat, channel);
                        return (
                          <td key={channel}>
                            <label className="choice">
                              <input
                                type="checkbox"
                                aria-label={t('console.account.preferences.cell', {
                                  category: categoryName(cat),
                                  channel,
                                })}
                                checked={p?.effective ?? false}
                                onChange={() => flip(cat, channel)}
                              />
                              <span className="meta">
                                {t(
                                  p?.source === 'choice'
                                    ? 'console.account.preferences.yourChoice'
                                    : p && !p.byDefault
                                      ? 'console.account.preferences.defaultMajorOnly'
                                      : 'console.account.preferences.default',
                                )}
                              </span>
                            </label>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <ProblemNote error={save.error} />
            <div className="actions">
              <button
                className="btn primary"
                type="button"
                disabled={save.busy || changes.length === 0}
                onClick={() => void save.run()}
              >
                {t('console.account.preferences.save')}
              </button>
              <button className="btn" type="button" onClick={backToDefaults}>
                {t('console.account.preferences.backToDefaults')}
              </button>
            </div>
          </>
        )}
      </Loaded>
      <PushDevices />
    </Page>
  );
}

/** The VAPID key as the bytes PushManager.subscribe wants. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

function PushDevices() {
  const devices = useApi<{ items: PushSubscriptionView[] }>('/api/me/push-subscriptions');
  const time = useTime();
  const t = useT();
  const supported = 'serviceWorker' in navigator && 'PushManager' in window && window.isSecureContext;
  const subscribe = useAction(async () => {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') throw consoleError('console.account.push.blocked');
    const { publicKey } = await api.get<{ publicKey: string }>('/api/push/vapid-public-key');
    const registration = await navigator.serviceWorker.ready;
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey),
    });
    const json = subscription.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
    await api.post('/api/me/push-subscriptions', {
      endpoint: json.endpoint,
      keys: json.keys,
      userAgent: navigator.userAgent,
    });
    devices.reload();
  }, t('console.account.push.subscribed'));
  const remove = useAction(async (id: string) => {
    await api.delete(`/api/me/push-subscriptions/${id}`);
    devices.reload();
  }, t('console.account.push.stopped'));

  return (
    <section aria-labelledby="push-title">
      <h2 id="push-title">{t('console.account.push.title')}</h2>
      <p className="intro">{t('console.account.push.intro')}</p>
      {supported ? (
        <button className="btn" type="button" disabled={subscribe.busy} onClick={() => void subscribe.run()}>
          {t('console.account.push.subscribe')}
        </button>
      ) : (
        <p className="muted">{t('console.account.push.unsupported')}</p>
      )}
      <ProblemNote error={subscribe.error ?? remove.error} />
      <Loaded state={devices}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.account.push.none')}</Empty>
          ) : (
            <ul className="list">
              {items.map((d) => (
                <li key={d.id} className="actions">
                  <span className="spacer">
                    {d.userAgent ?? new URL(d.endpoint).host}
                    <div className="meta">
                      {d.lastSuccessAt
                        ? t('console.account.push.sinceDelivered', {
                            since: time.date(d.createdAt),
                            delivered: time.relative(d.lastSuccessAt),
                          })
                        : t('console.account.push.since', { since: time.date(d.createdAt) })}
                    </div>
                  </span>
                  <button className="btn small danger" type="button" onClick={() => void remove.run(d.id)}>
                    {t('console.account.push.stop')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
