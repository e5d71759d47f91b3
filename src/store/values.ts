// How values are written to the database, the same on SQLite and PostgreSQL (see schema.ts).
import { randomBytes } from 'node:crypto';
import type { Flag } from './schema.js';

/** 128 random bits as 26 lowercase base32 characters: short in URLs, impossible to guess. */
export function newId(): string {
  const bytes = randomBytes(17);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let out = '';
  for (let i = 0; i < 26; i++) out += alphabet[bytes[i]! & 31];
  return out;
}

export function isoTime(date: Date): string {
  return date.toISOString();
}

export const flag = (b: boolean): Flag => (b ? 1 : 0);

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<T>(text: string | null | undefined, fallback: T): T {
  if (text == null || text === '') return fallback;
  return JSON.parse(text) as T;
}
