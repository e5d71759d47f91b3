// Support tickets as conversations: the status a ticket moves through and who may move it, its
// severity, which attached files are accepted, and when two tickets are probably the same problem.
// Pure: no I/O, times passed in.

// Defined in src/shared, which the console imports too; re-exported here for the server.
import {
  TICKET_STATUSES,
  type TicketStatus,
  TICKET_STATUS_LABELS,
  TICKET_SEVERITIES,
  type TicketSeverity,
  TICKET_SEVERITY_LABELS,
} from '../shared/tickets.js';
import { words as wordsOf, type Words } from '../shared/i18n/words.js';

export { TICKET_STATUSES, type TicketStatus, TICKET_STATUS_LABELS };

export { TICKET_SEVERITIES, type TicketSeverity, TICKET_SEVERITY_LABELS };

export type TicketSide = 'tenant' | 'operator';

/** Where each side may move a ticket from each status. A closed ticket stays closed: file a new one. */
const MOVES: Record<TicketSide, Record<TicketStatus, TicketStatus[]>> = {
  operator: {
    open: ['inProgress', 'waitingOnCustomer', 'resolved', 'closed'],
    inProgress: ['waitingOnCustomer', 'resolved', 'closed'],
    waitingOnCustomer: ['inProgress', 'resolved', 'closed'],
    resolved: ['inProgress', 'closed'],
    closed: [],
  },
  // The tenant may say it is solved, close it, or reopen what the operator resolved.
  tenant: {
    open: ['resolved', 'closed'],
    inProgress: ['resolved', 'closed'],
    waitingOnCustomer: ['resolved', 'closed'],
    resolved: ['open', 'closed'],
    closed: [],
  },
};

export function allowedMoves(side: TicketSide, from: TicketStatus): TicketStatus[] {
  return MOVES[side][from];
}

/** Why a move is refused, in words; null when it is allowed. */
export function refusedMove(side: TicketSide, from: TicketStatus, to: TicketStatus): Words | null {
  if (from === to) return wordsOf('problem.ticket.already', { status: to });
  if (MOVES[side][from].includes(to)) return null;
  if (from === 'closed') return 'problem.ticket.closed';
  return wordsOf('problem.ticket.cannotMove', { from, to, side });
}

/** What a reply does to the status: the customer answering brings the ticket back to the operators. */
export function statusAfterReply(side: TicketSide, status: TicketStatus): TicketStatus {
  if (side === 'tenant' && (status === 'waitingOnCustomer' || status === 'resolved')) return 'inProgress';
  if (side === 'operator' && status === 'open') return 'inProgress';
  return status;
}

export const isActiveTicket = (status: TicketStatus): boolean => status !== 'resolved' && status !== 'closed';

// ---- attachments ---------------------------------------------------------------------------

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export const ATTACHMENT_KINDS = 'PNG, JPEG, PDF, text or log files';

/**
 * The content type of a file judged by its first bytes (and, for text, by having no NUL byte and
 * a .txt or .log name); null when it is none of the accepted kinds. The uploader's claim is ignored.
 */
export function sniffAttachment(fileName: string, bytes: Uint8Array): string | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (/\.(txt|log)$/i.test(fileName) && !bytes.includes(0) && isUtf8(bytes)) return 'text/plain; charset=utf-8';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A file name safe to show and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return clean.slice(0, 200) || 'attachment';
}

// ---- duplicates ----------------------------------------------------------------------------

/** A second ticket with the same title from the same person within this time is a double submission. */
export const DUPLICATE_WINDOW_MINUTES = 10;

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'in',
  'on',
  'of',
  'to',
  'for',
  'and',
  'or',
  'not',
  'with',
  'our',
  'we',
  'it',
  'can',
  'cannot',
  'no',
]);

function words(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .replace(/planned maintenance window/g, ' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w)),
  );
}

/** How alike two titles are: the share of their meaningful words in common (0 to 1). */
export function titleSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

export const normalizedTitle = (title: string): string => [...words(title)].sort().join(' ');

export interface TicketLike {
  title: string;
  serviceId: string | null;
  region: string | null;
  incidentId: string | null;
}

/**
 * Whether an open ticket is probably the same problem as one being filed: both linked to the same
 * incident, or about the same service or region with a similar title.
 */
export function looksLikeSameProblem(filing: TicketLike, open: TicketLike): boolean {
  if (filing.incidentId && filing.incidentId === open.incidentId) return true;
  const samePlace =
    (!!filing.serviceId && filing.serviceId === open.serviceId) || (!!filing.region && filing.region === open.region);
  const similarity = titleSimilarity(filing.title, open.title);
  return (samePlace && similarity >= 0.34) || similarity >= 0.6;
}

/** A double submission: the same person, the same words, within DUPLICATE_WINDOW_MINUTES. */
export function isDoubleSubmission(
  filing: { title: string; by: string; now: Date },
  earlier: { title: string; by: string; createdAt: string },
): boolean {
  if (filing.by !== earlier.by || normalizedTitle(filing.title) !== normalizedTitle(earlier.title)) return false;
  return filing.now.getTime() - Date.parse(earlier.createdAt) <= DUPLICATE_WINDOW_MINUTES * 60_000;
}
