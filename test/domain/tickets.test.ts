// The rules of ticket conversations: who moves a ticket where, what a reply does to its status,
// which files are accepted by their bytes, and when two tickets are the same problem.
import { describe, expect, it } from 'vitest';
import { say } from '../support/english.js';
import {
  cleanFileName,
  isDoubleSubmission,
  looksLikeSameProblem,
  refusedMove,
  sniffAttachment,
  statusAfterReply,
  titleSimilarity,
} from '../../src/domain/tickets.js';

describe('ticket status', () => {
  it('lets operators work a ticket and customers resolve, close or reopen it, in words', () => {
    expect(refusedMove('operator', 'open', 'waitingOnCustomer')).toBeNull();
    expect(refusedMove('tenant', 'resolved', 'open')).toBeNull();
    expect(say(refusedMove('tenant', 'inProgress', 'waitingOnCustomer'))).toBe(
      'A ticket that is in progress cannot be moved to waiting on customer by the customer.',
    );
    expect(say(refusedMove('operator', 'closed', 'inProgress'))).toMatch(/closed; file a new one/);
    expect(say(refusedMove('operator', 'resolved', 'resolved'))).toBe('The ticket is already resolved.');
  });

  it('brings a ticket back to the operators when the customer answers', () => {
    expect(statusAfterReply('tenant', 'waitingOnCustomer')).toBe('inProgress');
    expect(statusAfterReply('tenant', 'resolved')).toBe('inProgress');
    expect(statusAfterReply('operator', 'open')).toBe('inProgress');
    expect(statusAfterReply('operator', 'waitingOnCustomer')).toBe('waitingOnCustomer');
  });
});

describe('attachments', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it('judges a file by its first bytes, not its name', () => {
    expect(sniffAttachment('a.bin', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffAttachment('a.png', bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffAttachment('a.txt', new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffAttachment('trace.LOG', new TextEncoder().encode('12:00 error 500'))).toBe('text/plain; charset=utf-8');
    expect(sniffAttachment('a.pdf', bytes(0x4d, 0x5a, 0x90, 0))).toBeNull(); // an executable named .pdf
    expect(sniffAttachment('page.html', new TextEncoder().encode('<script>'))).toBeNull();
    expect(sniffAttachment('a.txt', bytes(0x61, 0, 0x62))).toBeNull();
    expect(sniffAttachment('a.txt', bytes(0xc3, 0x28))).toBeNull(); // not UTF-8
  });

  it('keeps only the last part of a name, without quotes or control characters', () => {
    expect(cleanFileName('..\\..\\C:/x/"evil"\r\n.png')).toBe('evil.png');
    expect(cleanFileName('///')).toBe('attachment');
  });
});

describe('duplicates', () => {
  it('finds the same problem by incident, or by place and similar words', () => {
    const base = { serviceId: null, region: null, incidentId: null };
    expect(titleSimilarity('Sales reports are blank', 'Blank sales reports')).toBe(1);
    expect(
      looksLikeSameProblem(
        { ...base, title: 'Cannot sign in', incidentId: 'HR1' },
        { ...base, title: 'Forms slow', incidentId: 'HR1' },
      ),
    ).toBe(true);
    expect(
      looksLikeSameProblem(
        { ...base, title: 'Sales reports blank today', serviceId: 'sales' },
        { ...base, title: 'Reports blank', serviceId: 'sales' },
      ),
    ).toBe(true);
    expect(
      looksLikeSameProblem(
        { ...base, title: 'Sales reports blank today', serviceId: 'sales' },
        { ...base, title: 'Cannot sign in', serviceId: 'sales' },
      ),
    ).toBe(false);
  });

  it('calls the same title from the same person within ten minutes a double submission', () => {
    const earlier = { title: 'Export fails', by: 'p1', createdAt: '2026-11-23T09:00:00.000Z' };
    expect(
      isDoubleSubmission({ title: 'export  FAILS', by: 'p1', now: new Date('2026-11-23T09:09:00.000Z') }, earlier),
    ).toBe(true);
    expect(
      isDoubleSubmission({ title: 'Export fails', by: 'p1', now: new Date('2026-11-23T09:11:00.000Z') }, earlier),
    ).toBe(false);
    expect(
      isDoubleSubmission({ title: 'Export fails', by: 'p2', now: new Date('2026-11-23T09:01:00.000Z') }, earlier),
    ).toBe(false);
  });
});
