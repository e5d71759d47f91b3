// The request log: one line per request (Fastify's own writes two), readable on a terminal
// (pino-pretty, coloured) and JSON lines otherwise, for a log collector. The public status routes
// (page, Statuspage API, feeds) and the health probes are most of the traffic and tell an operator
// nothing, so they are logged at `debug`; a failure on them is still logged at `error`.
import {
  LogController,
  type FastifyBaseLogger,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import pretty from 'pino-pretty';
import type { HeraldConfig } from '../config.js';

/** The logger Fastify is built with: pretty on a terminal, JSON lines elsewhere. */
export function loggerOptions(
  config: HeraldConfig,
  stream: NodeJS.WritableStream = process.stdout,
): FastifyServerOptions['logger'] {
  if ((stream as NodeJS.WriteStream).isTTY) {
    // Synchronous (no transport thread), so the last lines before an exit are not lost.
    return {
      level: config.logLevel,
      stream: pretty({
        colorize: true,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname,reqId,req,res,responseTime',
        destination: stream,
        sync: true,
      }),
    };
  }
  return { level: config.logLevel, stream };
}

/** Routes logged at `debug` only: the public snapshot (page, Statuspage API, feeds) and the probes. */
export function isQuietRoute(url: string | undefined): boolean {
  if (!url) return false;
  return (
    url === '/healthz' ||
    url === '/readyz' ||
    url === '/status' ||
    url.startsWith('/status/') ||
    url.startsWith('/api/v2/')
  );
}

/** Fastify's hook for its request log lines: one line when a request completes, none when it arrives. */
export class RequestLog extends LogController {
  // Decided once: a quiet route's hit costs one comparison unless debug logging is on.
  private readonly debugOn: boolean;

  constructor(config: Pick<HeraldConfig, 'logLevel'>) {
    super();
    this.debugOn = config.logLevel === 'debug' || config.logLevel === 'trace';
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const status = reply.statusCode;
    const level = error || status >= 500 ? 'error' : isQuietRoute(request.routeOptions.url) ? 'debug' : 'info';
    if (level === 'debug' && !this.debugOn) return;
    const ms = Math.round(reply.elapsedTime * 10) / 10;
    reply.log[level](
      { req: request, res: reply, responseTime: ms, ...(error ? { err: error } : {}) },
      `${request.method} ${request.url} ${status} ${ms}ms`,
    );
  }
}

type LogMethod = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * A request's logger that becomes pino's child logger (with the request id) only when something
 * is logged. Fastify makes a child for every request, which costs more than serving a quiet
 * route's answer from memory; those routes log only when they fail, so most never need one.
 */
class LazyChildLogger {
  private made: FastifyBaseLogger | null = null;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Record<string, unknown>,
    private readonly options: object,
  ) {}

  private get real(): FastifyBaseLogger {
    return (this.made ??= this.parent.child(this.bindings, this.options));
  }

  get level(): string {
    return this.made?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.real.level = level;
  }

  child(bindings: Record<string, unknown>, options?: object): FastifyBaseLogger {
    return this.real.child(bindings, options);
  }
}
for (const method of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as LogMethod[]) {
  Object.defineProperty(LazyChildLogger.prototype, method, {
    value(this: { real: FastifyBaseLogger }, ...args: unknown[]) {
      (this.real[method] as (...a: unknown[]) => void)(...args);
    },
  });
}

/** The route option that gives a quiet route's requests a logger made only when used. */
export const lazyRequestLogger = (
  logger: FastifyBaseLogger,
  bindings: Record<string, unknown>,
  options: object,
): FastifyBaseLogger => new LazyChildLogger(logger, bindings, options) as unknown as FastifyBaseLogger;
