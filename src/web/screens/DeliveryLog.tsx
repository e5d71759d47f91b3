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
import { eventTypeLabel, valueLabel } from '../lib/labels';
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

function Counts({ d }: { d: EventRecord['deliveries'] }) {
  return (
    <span className="actions">
      {(Object.keys(d) as (keyof typeof d)[])
        .filter((k) => d[k] > 0)
        .map((k) => (
          <Badge key={k} tone={STATUS_TONE[k]}>
            {d[k]} {k}
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
  return (
    <Page title="Delivery log" intro="What happened, who was told and why, and whether it reached them.">
      <div className="toolbar" role="search">
        <FilterSelect
          label="Event"
          name="type"
          value={type}
          every="Every event"
          options={EVENT_TYPES}
          words={eventTypeLabel}
        />
        <FilterSelect
          label="Channel"
          name="channel"
          value={channel}
          every="Every channel"
          options={DELIVERY_CHANNELS}
          words={valueLabel}
        />
        <FilterSelect
          label="Outcome"
          name="status"
          value={status}
          every="Any outcome"
          options={DELIVERY_STATUSES}
          words={valueLabel}
        />
      </div>
      <Loaded state={events}>
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>{filtered ? 'No events match these filters.' : 'No events.'}</Empty>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Event</th>
                      <th scope="col">Rule</th>
                      <th scope="col">{channel ? `Deliveries (${valueLabel(channel)})` : 'Deliveries'}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((e) => (
                      <tr key={e.id}>
                        <td>{time.dateTime(e.occurredAt)}</td>
                        <td>
                          <Link to={withQuery(`/deliveries/${e.id}`, { status })}>{e.title || e.subject.id}</Link>
                          <div className="muted">
                            {eventTypeLabel(e.type)}
                            {e.tenantId ? ` · ${nameOf(e.tenantId)}` : ''}
                          </div>
                        </td>
                        <td>
                          {e.decision.rule}
                          {e.decision.audience === 'nobody' ? <div className="muted">nobody is told</div> : null}
                          {e.payload.notified === false ? <div className="muted">posted without notifying</div> : null}
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
  // Operators replay dead deliveries once their cause is fixed; what was delivered is not resent.
  const replay = useAction(async (deliveryId?: string) => {
    await api.post(deliveryId ? `/api/deliveries/${deliveryId}/replay` : `/api/events/${id}/replay`, {});
    data.reload();
  }, 'Dead deliveries are due again');
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
                Replay {event.deliveries.dead} dead
              </button>
            ) : null}
          </p>
          <ProblemNote error={replay.error} />
          <p className="note">
            <strong>{event.decision.rule}</strong>: {event.decision.description}
            {event.payload.notified === false
              ? ' Posted without notifying: every delivery was suppressed, nothing was sent.'
              : null}
          </p>
          <Tabs
            label="Which deliveries"
            current={status}
            onChange={(v) => setQueryParam('status', v)}
            tabs={[
              { id: '', label: 'All' },
              { id: 'sent', label: 'Sent' },
              { id: 'pending', label: 'Pending' },
              { id: 'failed', label: 'Failed' },
              { id: 'dead', label: 'Dead' },
              { id: 'suppressed', label: 'Suppressed' },
            ]}
          />
          {items.length === 0 ? (
            <Empty>No deliveries here.</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Recipient</th>
                    <th scope="col">Channel</th>
                    <th scope="col">Why</th>
                    <th scope="col">Status</th>
                    <th scope="col">Attempts</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((d) => (
                    <tr key={d.id}>
                      <td>{d.recipient.label}</td>
                      <td>{d.channel}</td>
                      <td>{d.reason.replace(/_/g, ' ')}</td>
                      <td>
                        <Badge tone={STATUS_TONE[d.status] ?? 'neutral'}>{valueLabel(d.status)}</Badge>
                        {d.sentAt ? <div className="muted">{time.dateTime(d.sentAt)}</div> : null}
                        {d.status !== 'sent' && d.nextAttemptAt ? (
                          <div className="muted">next try {time.relative(d.nextAttemptAt)}</div>
                        ) : null}
                        {me.isOperator && d.status === 'dead' ? (
                          <button
                            className="btn"
                            type="button"
                            disabled={replay.busy}
                            onClick={() => void replay.run(d.id)}
                          >
                            Replay
                          </button>
                        ) : null}
                      </td>
                      <td>
                        {d.attempts}
                        {d.lastError ? <div className="field-error">{d.lastError}</div> : null}
                        {d.history.length ? (
                          <details>
                            <summary>History</summary>
                            <ol>
                              {d.history.map((h) => (
                                <li key={h.attempt}>
                                  {time.dateTime(h.startedAt)}: {h.ok ? 'ok' : h.error}
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
  return (
    <Page
      title="Sent mail"
      intro="With no SMTP server configured (SMTP_URL), Herald keeps the mail it would have sent here."
    >
      <div className="toolbar" role="search">
        <Field label="To" name="to">
          {(p) => (
            <input {...p} type="search" defaultValue={to} onChange={(e) => setQueryParam('to', e.target.value)} />
          )}
        </Field>
      </div>
      <Loaded state={mail}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No mail kept.</Empty>
          ) : (
            <ul className="list card">
              {items.map((m) => (
                <li key={m.id}>
                  <details>
                    <summary>
                      <span className="item-title">{m.subject}</span>{' '}
                      <span className="muted">
                        to {m.to}, {time.dateTime(m.createdAt)}
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
  return (
    <Page
      title="Sent mail"
      intro={`The email Herald sent to ${nameOf(tenantId)}’s people and additional recipients, newest first, and whether it arrived.`}
    >
      <div className="toolbar" role="search">
        <Field label="To" name="to" hint="an exact address">
          {(p) => (
            <input {...p} type="search" defaultValue={to} onChange={(e) => setQueryParam('to', e.target.value)} />
          )}
        </Field>
        <FilterSelect
          label="About"
          name="type"
          value={type}
          every="Every event"
          options={EVENT_TYPES}
          words={eventTypeLabel}
        />
        <FilterSelect
          label="Outcome"
          name="status"
          value={status}
          every="Any outcome"
          options={DELIVERY_STATUSES}
          words={valueLabel}
        />
      </div>
      <Loaded state={mail}>
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>
              {type || status ? 'No email matches these filters.' : to ? `No email to ${to}.` : 'No email sent yet.'}
            </Empty>
          ) : (
            <>
              <ul className="list card">
                {items.map((m) => (
                  <li key={m.id}>
                    <div className="actions">
                      <span className="item-title">{m.subject ?? m.title}</span>
                      <Badge tone={STATUS_TONE[m.status] ?? 'neutral'}>{valueLabel(m.status)}</Badge>
                    </div>
                    <div className="meta">
                      <span>to {m.to}</span>
                      <span>{time.dateTime(m.sentAt ?? m.createdAt)}</span>
                      <span>as {m.reason.replace(/_/g, ' ')}</span>
                      <Link to={`/deliveries/${m.eventId}`}>who else was told</Link>
                    </div>
                    {m.lastError ? <div className="field-error">{m.lastError}</div> : null}
                    {m.text ? (
                      <details>
                        <summary>Read it</summary>
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
