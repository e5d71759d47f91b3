// What a person is told, and how: per category of notice, email, push and in the console.
// Service-critical notices arrive whatever is switched off. Push needs this browser or phone to
// subscribe (through the service worker) once.
import { useEffect, useState } from 'react';
import { Empty, Loaded, Page, ProblemNote, useAction } from '../components/ui';
import { api } from '../lib/api';
import { CATEGORY_LABEL } from '../lib/labels';
import { useTime } from '../lib/time';
import type { Preference } from '../lib/types';
import { useApi } from '../lib/useApi';
import type { PushSubscriptionView } from '../lib/types';

const CHANNELS: { id: Preference['channel']; label: string }[] = [
  { id: 'email', label: 'Email' },
  { id: 'push', label: 'Push' },
  { id: 'in_app', label: 'In the console' },
];

const LABEL: Record<string, string> = { ...CATEGORY_LABEL, account: 'Your account and requests' };

export function PreferencesScreen() {
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
  }, 'Preferences saved');

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
    <Page title="Notification preferences">
      <Loaded state={saved}>
        {({ note }) => (
          <>
            <p className="intro">{note}</p>
            <div className="table-wrap">
              <table className="preferences">
                <caption className="sr-only">Channels per category</caption>
                <thead>
                  <tr>
                    <th scope="col">Category</th>
                    {CHANNELS.map((c) => (
                      <th key={c.id} scope="col">
                        {c.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {categories.map((cat) => (
                    <tr key={cat}>
                      <th scope="row">{LABEL[cat] ?? cat}</th>
                      {CHANNELS.map((c) => {
                        const p = find(cat, c.id);
                        return (
                          <td key={c.id}>
                            <label className="choice">
                              <input
                                type="checkbox"
                                aria-label={`${LABEL[cat] ?? cat} by ${c.label.toLowerCase()}`}
                                checked={p?.effective ?? false}
                                onChange={() => flip(cat, c.id)}
                              />
                              <span className="meta">
                                {p?.source === 'choice'
                                  ? 'your choice'
                                  : p && !p.byDefault
                                    ? 'default: major changes only'
                                    : 'default'}
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
                Save preferences
              </button>
              <button className="btn" type="button" onClick={backToDefaults}>
                Back to the defaults
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
  const supported = 'serviceWorker' in navigator && 'PushManager' in window && window.isSecureContext;
  const subscribe = useAction(async () => {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') throw new Error('Notifications are blocked for this site in the browser’s settings.');
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
  }, 'This device now receives push notifications');
  const remove = useAction(async (id: string) => {
    await api.delete(`/api/me/push-subscriptions/${id}`);
    devices.reload();
  }, 'Push stopped for that device');

  return (
    <section aria-labelledby="push-title">
      <h2 id="push-title">Push on your devices</h2>
      <p className="intro">
        Install Herald on your phone (Add to Home Screen) and switch push on there to be told wherever you are.
      </p>
      {supported ? (
        <button className="btn" type="button" disabled={subscribe.busy} onClick={() => void subscribe.run()}>
          Receive push on this device
        </button>
      ) : (
        <p className="muted">
          This browser cannot receive push here (it needs a secure connection and a browser that supports it).
        </p>
      )}
      <ProblemNote error={subscribe.error ?? remove.error} />
      <Loaded state={devices}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No device receives push yet.</Empty>
          ) : (
            <ul className="list">
              {items.map((d) => (
                <li key={d.id} className="actions">
                  <span className="spacer">
                    {d.userAgent ?? new URL(d.endpoint).host}
                    <div className="meta">
                      since {time.date(d.createdAt)}
                      {d.lastSuccessAt ? ` · last delivered ${time.relative(d.lastSuccessAt)}` : ''}
                    </div>
                  </span>
                  <button className="btn small danger" type="button" onClick={() => void remove.run(d.id)}>
                    Stop
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
