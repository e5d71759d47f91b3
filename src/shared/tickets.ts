// Support tickets' statuses and severities, and their words, for the server and the console.

export const TICKET_STATUSES = ['open', 'inProgress', 'waitingOnCustomer', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** The words a person reads for each status. */
export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  open: 'Open',
  inProgress: 'In progress',
  waitingOnCustomer: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** Severity as support desks grade it: A critical business impact, B moderate, C minimum. */
export const TICKET_SEVERITIES = ['A', 'B', 'C'] as const;
export type TicketSeverity = (typeof TICKET_SEVERITIES)[number];
export const TICKET_SEVERITY_LABELS: Record<TicketSeverity, string> = {
  A: 'A: critical business impact',
  B: 'B: moderate impact',
  C: 'C: minimum impact',
};
