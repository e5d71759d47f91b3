// `herald worker`: only the delivery worker and the periodic jobs, until SIGINT or SIGTERM, when
// it stops claiming, finishes what is in flight and exits. Run as many as you like against
// PostgreSQL; they share the outbox without sending anything twice.
import type { AppContext } from '../../app/context.js';
import { startPlanQueue } from '../../delivery/planQueue.js';
import { startWorker } from '../../delivery/worker.js';
import { startConfiguredMetricsServer } from '../../observability/metricsServer.js';

export async function runWorker(ctx: AppContext): Promise<void> {
  const worker = startWorker(ctx);
  const metrics = await startConfiguredMetricsServer(ctx);
  const plans = startPlanQueue(ctx);
  console.log(
    `herald worker: delivering from ${ctx.database.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'}; mail ${ctx.config.smtpUrl ? 'by SMTP' : 'kept in the database (no SMTP_URL)'}.`,
  );
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`herald worker: ${signal}, finishing deliveries in flight`);
      Promise.all([worker.stop(), plans.stop()])
        .then(() => metrics?.close())
        .then(() => ctx.database.close())
        .then(resolve, (err: Error) => {
          console.error(`herald worker: ${err.message}`);
          resolve();
        });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
