// Reading a text/event-stream as a browser's EventSource does: events are blocks separated by a
// blank line; each block is handed over whole, however the chunks happened to be cut.
export interface StreamEvent {
  /** The whole block, comment lines included (": heartbeat"). */
  block: string;
  /** The `event:` field, when there is one. */
  event: string | null;
  /** The `data:` field, when there is one. */
  data: string | null;
}

/** A 'data' handler for a response (setEncoding('utf8') first) that calls `onEvent` per block. */
export function eventReader(onEvent: (e: StreamEvent) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      onEvent({
        block,
        event: /^event: (.*)$/m.exec(block)?.[1] ?? null,
        data: /^data: (.*)$/m.exec(block)?.[1] ?? null,
      });
    }
  };
}
