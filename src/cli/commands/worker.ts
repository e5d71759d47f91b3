// `herald worker`: only the delivery worker and the periodic jobs, until SIGINT or SIGTERM, when
// it stops claiming, finishes what is in flight and exits. Run as many as you like against
// PostgreSQL; they share the outbox without sending anything twice.
import type { AppContext } from '../../app/context.js';
import { startPlanQueue } from '../../delivery/planQueue.js';
import { startWorker } from '../../delivery/worker.js';
import type { Translator } from '../../i18n/translator.js';
import { startConfiguredMetricsServer } from '../../observability/metricsServer.js';

export async function runWorker(ctx: AppContext, tr: Translator): Promise<void> {
  const worker = startWorker(ctx);
  const metrics = await startConfiguredMetricsServer(ctx);
  const plans = startPlanQueue(ctx);
  console.log(
    tr.t('cli.worker.started', {
      database: ctx.database.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite',
      smtp: ctx.config.smtpUrl ? 'yes' : 'no',
    }),
  );
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(tr.t('cli.worker.stopping', { signal }));
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
