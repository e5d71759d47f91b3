// Live updates: one EventSource on /api/live for the whole console. The server says which topic
// changed (incident, maintenance, message, …) for which of the person's tenants; views that show
// that topic fetch again. After a dropped connection every view fetches again, since notices may
// have been missed meanwhile.
import { useSyncExternalStore } from 'react';

export interface LiveNotice {
  topic: string;
  tenantIds: string[] | null;
}

type Listener = (notice: LiveNotice | 'reconnected') => void;

const listeners = new Set<Listener>();
const statusListeners = new Set<() => void>();
let source: EventSource | null = null;
let connected = false;
let everConnected = false;

function setConnected(value: boolean) {
  if (connected === value) return;
  connected = value;
  statusListeners.forEach((l) => l());
}

/** Opens the stream (after sign-in); calling it again is harmless. */
export function startLive(): void {
  if (source) return;
  source = new EventSource('/api/live', { withCredentials: true });
  source.addEventListener('open', () => {
    setConnected(true);
    if (everConnected) listeners.forEach((l) => l('reconnected'));
    everConnected = true;
  });
  source.addEventListener('error', () => setConnected(false));
  source.addEventListener('change', (e) => {
    const notice = JSON.parse((e as MessageEvent<string>).data) as LiveNotice;
    listeners.forEach((l) => l(notice));
  });
}

export function stopLive(): void {
  source?.close();
  source = null;
  everConnected = false;
  setConnected(false);
}

export function onLive(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether live updates are flowing, for the indicator in the header. */
export function useLiveConnected(): boolean {
  return useSyncExternalStore(
    (l) => {
      statusListeners.add(l);
      return () => statusListeners.delete(l);
    },
    () => connected,
  );
}
