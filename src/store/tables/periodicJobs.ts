// The periodic jobs' claims: one row per job, saying which tick was claimed last, by which node,
// and until when that node holds it (see src/store/jobClaims.ts).

export interface PeriodicJobTable {
  /** The job's name (src/app/jobs). */
  name: string;
  /** The start of the last claimed tick (ISO UTC): now rounded down to the job's interval. */
  tick: string;
  /** The worker that claimed it (host:pid:random). */
  holder: string;
  /** The holder's lease, renewed while the job runs; null once the run finished. */
  held_until: string | null;
  started_at: string;
  finished_at: string | null;
}

export interface PeriodicJobTables {
  periodic_job: PeriodicJobTable;
}
