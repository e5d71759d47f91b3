// The delivery log: every event, the policy rule that decided who hears of it, and its deliveries
// by status; one event opens to each recipient with why they were chosen, the channel, the
// attempts and the last error. Operators see everything; org admins their tenant's. Without
// SMTP_URL, operators also read the mail Herald kept instead of sending; org admins read the mail
// sent to their tenant's people.
import {
  Badge,
  Empty,
  Field,
  Loaded,
  NewerOlder,
  Page,
  ProblemNote,
  Tabs,
  useAction,
  type Tone,
} from '../components/ui';
import { api, withQuery } from '../lib/api';
import { DELIVERY_CHANNELS, DELIVERY_STATUSES, EVENT_TYPES } from '../../shared/notifications';
import { useT } from '../lib/i18n';
import { useLabels } from '../lib/labels';
import { useMe } from '../lib/session';
import { Link, setQueryParam, useLocation } from '../lib/router';
import { useTenant } from '../lib/tenant';
import { useTime } from '../lib/time';
import type { DeliveryRecord, EventRecord, SentMail, TenantMail } from '../lib/types';
import { useApi } from '../lib/useApi';

const STATUS_TONE: Record<string, Tone> = {
  sent: 'ok',
  pending: 'info',
  failed: 'warn',
  dead: 'bad',
  suppressed: 'neutral',
};
const PAGE = 50;

/** A filter of the log as a select: "" for every value, the others in people's words. */
function FilterSelect(props: {
  label: string;
  name: string;
  value: string;
  every: string;
  options: readonly string[];
  words: (value: string) => string;
}) {
  return (
    <Field label={props.label} name={props.name}>
      {(p) => (
        <select {...p} value={props.value} onChange={(e) => setQueryParam(props.name, e.target.value)}>
          <option value="">{props.every}</option>
          {props.options.map((v) => (
            <option key={v} value={v}>
              {props.words(v)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A delivery count per outcome ("3 sent", "1 dead"), each as a badge in its tone. */
function Counts({ d }: { d: EventRecord['deliveries'] }) {
  const t = useT();
  return (
    <span className="actions">
      {(Object.keys(d) as (keyof typeof d)[])
        .filter((k) => d[k] > 0)
        .map((k) => (
          <Badge key={k} tone={STATUS_TONE[k]}>
            {t('console.logs.deliveryCount', { status: k, count: d[k] })}
          </Badge>
        ))}
    </span>
  );
}

export function DeliveryLogScreen() {
  const { query } = useLocation();
  const type = query.get('type') ?? '';
  const channel = query.get('channel') ?? '';
  const status = query.get('status') ?? '';
  const offset = Number(query.get('offset') ?? 0);
  const events = useApi<{ items: EventRecord[]; total: number }>(
    withQuery('/api/events', { type, channel, status, limit: PAGE, offset }),
  );
  const filtered = Boolean(type || channel || status);
  const { nameOf } = useTenant();
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  return (
    <Page title={t('console.logs.delivery.title')} intro={t('console.logs.delivery.intro')}>
      <div className="toolbar" role="search">
        <FilterSelect
          label={t('console.logs.delivery.event')}
          name="type"
          value={type}
          every={t('console.logs.delivery.everyEvent')}
          options={EVENT_TYPES}
          words={labels.eventType}
        />
        <FilterSelect
          label={t('console.logs.delivery.channel')}
          name="channel"
          value={channel}
          every={t('console.logs.delivery.everyChannel')}
          options={DELIVERY_CHANNELS}
          words={labels.value}
        />
        <FilterSelect
          label={t('console.logs.delivery.outcome')}
          name="status"
          value={status}
          every={t('console.logs.delivery.anyOutcome')}
          options={DELIVERY_STATUSES}
          words={labels.value}
        />
      </div>
      <Loaded state={events}>
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>{t(filtered ? 'console.logs.delivery.noMatch' : 'console.logs.delivery.none')}</Empty>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('console.logs.delivery.when')}</th>
                      <th scope="col">{t('console.logs.delivery.event')}</th>
                      <th scope="col">{t('console.logs.delivery.rule')}</th>
                      <th scope="col">
                        {channel
                          ? t('console.logs.delivery.deliveriesOn', { channel: labels.value(channel) })
                          : t('console.logs.delivery.deliveries')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((e) => (
                      <tr key={e.id}>
                        <td>{time.dateTime(e.occurredAt)}</td>
                        <td>
                          <Link to={withQuery(`/deliveries/${e.id}`, { status })}>{e.title || e.subject.id}</Link>
                          <div className="muted">{labels.eventType(e.type)}</div>
                          {e.tenantId ? <div className="muted">{nameOf(e.tenantId)}</div> : null}
                        </td>
                        <td>
                          {e.decision.rule}
                          {e.decision.audience === 'nobody' ? (
                            <div className="muted">{t('console.logs.delivery.nobody')}</div>
                          ) : null}
                          {e.payload.notified === false ? (
                            <div className="muted">{t('console.logs.delivery.silent')}</div>
                          ) : null}
                        </td>
                        <td>
                          <Counts d={e.deliveries} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <NewerOlder offset={offset} shown={items.length} total={total} pageSize={PAGE} />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}

export function EventDeliveriesScreen({ id }: { id: string }) {
  const { query } = useLocation();
  const status = query.get('status') ?? '';
  const data = useApi<{ event: EventRecord; items: DeliveryRecord[]; total: number }>(
    withQuery(`/api/events/${id}/deliveries`, { status, limit: 500 }),
  );
  const time = useTime();
  const me = useMe();
  const t = useT();
  const labels = useLabels();
  // Operators replay dead deliveries once their cause is fixed; what was delivered is not resent.
  const replay = useAction(async (deliveryId?: string) => {
    await api.post(deliveryId ? `/api/deliveries/${deliveryId}/replay` : `/api/events/${id}/replay`, {});
    data.reload();
  }, t('console.logs.delivery.replayed'));
  return (
    <Loaded state={data}>
      {({ event, items }) => (
        <Page title={event.title || event.type}>
          <p className="actions">
            <code>{event.type}</code>
            <span className="muted">{time.dateTime(event.occurredAt)}</span>
            <Counts d={event.deliveries} />
            {me.isOperator && event.deliveries.dead > 0 ? (
              <button className="btn" type="button" disabled={replay.busy} onClick={() => void replay.run()}>
                {t('console.logs.delivery.replayDead', { count: event.deliveries.dead })}
              </button>
            ) : null}
          </p>
          <ProblemNote error={replay.error} />
          <p className="note">
            {t.rich('console.logs.delivery.decision', {
              rule: <strong>{event.decision.rule}</strong>,
              description: event.decision.description,
            })}
            {event.payload.notified === false ? <> {t('console.logs.delivery.silentNote')}</> : null}
          </p>
          <Tabs
            label={t('console.logs.delivery.whichDeliveries')}
            current={status}
            onChange={(v) => setQueryParam('status', v)}
            tabs={['', 'sent', 'pending', 'failed', 'dead', 'suppressed'].map((id) => ({
              id,
              label: t('console.logs.delivery.tab', { status: id || 'all' }),
            }))}
          />
          {items.length === 0 ? (
            <Empty>{t('console.logs.delivery.noDeliveries')}</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('console.logs.delivery.recipient')}</th>
                    <th scope="col">{t('console.logs.delivery.channel')}</th>
                    <th scope="col">{t('console.logs.delivery.why')}</th>
                    <th scope="col">{t('console.logs.delivery.status')}</th>
                    <th scope="col">{t('console.logs.delivery.attempts')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((d) => (
                    <tr key={d.id}>
                      <td>{d.recipient.label}</td>
                      <td>{labels.value(d.channel)}</td>
                      <td>{t('console.shell.reason', { value: d.reason })}</td>
                      <td>
                        <Badge tone={STATUS_TONE[d.status] ?? 'neutral'}>{labels.value(d.status)}</Badge>
                        {d.sentAt ? <div className="muted">{time.dateTime(d.sentAt)}</div> : null}
                        {d.status !== 'sent' && d.nextAttemptAt ? (
                          <div className="muted">
                            {t('console.logs.delivery.nextTry', { when: time.relative(d.nextAttemptAt) })}
                          </div>
                        ) : null}
                        {me.isOperator && d.status === 'dead' ? (
                          <button
                            className="btn"
                            type="button"
                            disabled={replay.busy}
                            onClick={() => void replay.run(d.id)}
                          >
                            {t('console.logs.delivery.replay')}
                          </button>
                        ) : null}
                      </td>
                      <td>
                        {t.number(d.attempts)}
                        {d.lastError ? <div className="field-error">{d.lastError}</div> : null}
                        {d.history.length ? (
                          <details>
                            <summary>{t('console.logs.delivery.history')}</summary>
                            <ol>
                              {d.history.map((h) => (
                                <li key={h.attempt}>
                                  {h.ok
                                    ? t('console.logs.delivery.attemptOk', { time: time.dateTime(h.startedAt) })
                                    : t('console.logs.delivery.attemptFailed', {
                                        time: time.dateTime(h.startedAt),
                                        error: h.error ?? '',
                                      })}
                                </li>
                              ))}
                            </ol>
                          </details>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Page>
      )}
    </Loaded>
  );
}

export function SentMailScreen() {
  const { query } = useLocation();
  const to = query.get('to') ?? '';
  const mail = useApi<{ items: SentMail[]; total: number }>(withQuery('/api/sent-mail', { to, limit: 100 }));
  const time = useTime();
  const t = useT();
  return (
    <Page title={t('console.logs.mail.title')} intro={t('console.logs.mail.introKept')}>
      <div className="toolbar" role="search">
        <Field label={t('console.logs.mail.to')} name="to">
          {(p) => (
            <input {...p} type="search" defaultValue={to} onChange={(e) => setQueryParam('to', e.target.value)} />
          )}
        </Field>
      </div>
      <Loaded state={mail}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('console.logs.mail.noneKept')}</Empty>
          ) : (
            <ul className="list card">
              {items.map((m) => (
                <li key={m.id}>
                  <details>
                    <summary>
                      <span className="item-title">{m.subject}</span>{' '}
                      <span className="muted">
                        {t('console.logs.mail.toAt', { to: m.to, time: time.dateTime(m.createdAt) })}
                      </span>
                    </summary>
                    <pre className="diff">{m.text}</pre>
                  </details>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </Page>
  );
}

/** An org admin's "Sent mail": every email Herald sent to the tenant's people, with its status. */
export function TenantSentMailScreen() {
  const { query } = useLocation();
  const to = query.get('to') ?? '';
  const type = query.get('type') ?? '';
  const status = query.get('status') ?? '';
  const offset = Number(query.get('offset') ?? 0);
  const { tenantId, nameOf } = useTenant();
  const mail = useApi<{ items: TenantMail[]; total: number }>(
    withQuery(`/api/tenants/${tenantId}/sent-mail`, { to, type, status, limit: PAGE, offset }),
  );
  const time = useTime();
  const t = useT();
  const labels = useLabels();
  return (
    <Page title={t('console.logs.mail.title')} intro={t('console.logs.mail.introTenant', { tenant: nameOf(tenantId) })}>
      <div className="toolbar" role="search">
        <Field label={t('console.logs.mail.to')} name="to" hint={t('console.logs.mail.exactAddress')}>
          {(p) => (
            <input {...p} type="search" defaultValue={to} onChange={(e) => setQueryParam('to', e.target.value)} />
          )}
        </Field>
        <FilterSelect
          label={t('console.logs.mail.about')}
          name="type"
          value={type}
          every={t('console.logs.delivery.everyEvent')}
          options={EVENT_TYPES}
          words={labels.eventType}
        />
        <FilterSelect
          label={t('console.logs.delivery.outcome')}
          name="status"
          value={status}
          every={t('console.logs.delivery.anyOutcome')}
          options={DELIVERY_STATUSES}
          words={labels.value}
        />
      </div>
      <Loaded state={mail}>
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>
              {type || status
                ? t('console.logs.mail.noMatch')
                : to
                  ? t('console.logs.mail.noneTo', { to })
                  : t('console.logs.mail.noneYet')}
            </Empty>
          ) : (
            <>
              <ul className="list card">
                {items.map((m) => (
                  <li key={m.id}>
                    <div className="actions">
                      <span className="item-title">{m.subject ?? m.title}</span>
                      <Badge tone={STATUS_TONE[m.status] ?? 'neutral'}>{labels.value(m.status)}</Badge>
                    </div>
                    <div className="meta">
                      <span>{t('console.logs.mail.toAddress', { to: m.to })}</span>
                      <span>{time.dateTime(m.sentAt ?? m.createdAt)}</span>
                      <span>
                        {t('console.logs.mail.as', { reason: t('console.shell.reason', { value: m.reason }) })}
                      </span>
                      <Link to={`/deliveries/${m.eventId}`}>{t('console.logs.mail.whoElse')}</Link>
                    </div>
                    {m.lastError ? <div className="field-error">{m.lastError}</div> : null}
                    {m.text ? (
                      <details>
                        <summary>{t('console.logs.mail.readIt')}</summary>
                        <pre className="diff">{m.text}</pre>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
              <NewerOlder offset={offset} shown={items.length} total={total} pageSize={PAGE} />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
