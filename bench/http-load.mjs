// A minimal HTTP/1.1 load generator, run as its own process so that neither the server nor the
// baseline shares a core or an event loop with it: `node bench/http-load.mjs <json options>`.
// Raw keep-alive sockets and a reader that knows only the status line and Content-Length — far
// cheaper per request than http.Agent or autocannon, so the servers, not the client, saturate.
// Connections are spread round-robin over the given URLs (several nodes). Prints one JSON line:
// { requests, answered, errors, seconds, p50, p99 } (latencies in ms, successful responses only;
// answered counts the warm-up too).
import net from 'node:net';

const { urls, connections, warmupMs, measureMs } = JSON.parse(process.argv[2]);
const latencies = [];
let errors = 0;
// Every answer, warm-up included: the servers' CPU time is read over the whole run.
let answered = 0;
let measuring = false;
let stopped = false;

function connection(target) {
  const { hostname, port, pathname } = new URL(target);
  const request = Buffer.from(
    `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: keep-alive\r\n\r\n`,
  );
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port), noDelay: true });
    let buffer = Buffer.alloc(0);
    let started = 0;
    const send = () => {
      if (stopped) {
        socket.end();
        return resolve();
      }
      started = performance.now();
      socket.write(request);
    };
    socket.on('connect', send);
    socket.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const head = buffer.toString('latin1', 0, headerEnd);
      const match = /content-length: *(\d+)/i.exec(head);
      const total = headerEnd + 4 + (match ? Number(match[1]) : 0);
      if (buffer.length < total) return;
      answered++;
      if (measuring) {
        if (head.startsWith('HTTP/1.1 200')) latencies.push(performance.now() - started);
        else errors++;
      }
      buffer = buffer.subarray(total);
      send();
    });
    socket.on('error', () => {
      if (measuring) errors++;
      resolve();
    });
    socket.on('close', () => resolve());
  });
}

const loops = Array.from({ length: connections }, (_, i) => connection(urls[i % urls.length]));
setTimeout(() => {
  measuring = true;
  const began = performance.now();
  setTimeout(async () => {
    measuring = false;
    const seconds = (performance.now() - began) / 1000;
    stopped = true;
    await Promise.race([Promise.all(loops), new Promise((r) => setTimeout(r, 2000))]);
    latencies.sort((a, b) => a - b);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
    process.stdout.write(
      `${JSON.stringify({ requests: latencies.length, answered, errors, seconds, p50: at(0.5), p99: at(0.99) })}\n`,
    );
    process.exit(0);
  }, measureMs);
}, warmupMs);
