// Maintenance, releases and rollouts: their kinds and states, for the server's rules and schemas
// and the console's words and filters.

export const MAINTENANCE_KINDS = ['planned', 'unplanned', 'security'] as const;
export type MaintenanceKind = (typeof MAINTENANCE_KINDS)[number];

export const MAINTENANCE_IMPACTS = ['none', 'degraded', 'downtime'] as const;
export type MaintenanceImpact = (typeof MAINTENANCE_IMPACTS)[number];

export const MAINTENANCE_STATES = ['scheduled', 'in_progress', 'completed', 'overran', 'failed', 'cancelled'] as const;
export type MaintenanceState = (typeof MAINTENANCE_STATES)[number];

/** What an operator (or automation) reports about the work in some regions. */
export const MAINTENANCE_REPORTS = ['in_progress', 'completed', 'failed'] as const;
export type MaintenanceReport = (typeof MAINTENANCE_REPORTS)[number];

export const RELEASE_KINDS = ['weekly', 'wave', 'security'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

export const ROLLOUT_STATES = ['active', 'held', 'halted', 'stopped', 'completed'] as const;
export type RolloutState = (typeof ROLLOUT_STATES)[number];

export const ROLLOUT_ACTIONS = ['hold', 'resume', 'stop'] as const;
export type RolloutAction = (typeof ROLLOUT_ACTIONS)[number];

/** One station × region of a rollout (or the First Release environments of a region). */
export const TARGET_STATES = ['planned', 'in_progress', 'completed', 'failed', 'halted', 'cancelled'] as const;
export type TargetState = (typeof TARGET_STATES)[number];

export const PROGRESS_STEPS = ['started', 'service_done', 'database_done', 'failed'] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

export const ENVIRONMENT_UPDATE_STATES = ['pending', 'started', 'service_done', 'database_done', 'failed'] as const;
export type EnvironmentUpdateState = (typeof ENVIRONMENT_UPDATE_STATES)[number];

/** open: not planned yet (perhaps moved); planned: its release and rollout exist; held, skipped: the operator's. */
export const TRAIN_WEEK_STATES = ['open', 'planned', 'held', 'skipped'] as const;
