// How values are written to the database, the same on SQLite and PostgreSQL (see schema.ts).
import { randomBytes } from 'node:crypto';
import type { Flag } from './schema.js';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const ID_LENGTH = 26;
// Random bytes drawn in bulk: one system call per 256 ids instead of one per id (bulk imports
// create hundreds of thousands).
let randomPool = Buffer.alloc(0);
let poolOffset = 0;

/** 130 random bits as 26 lowercase base32 characters: short in URLs, impossible to guess. */
export function newId(): string {
  if (poolOffset + ID_LENGTH > randomPool.length) {
    randomPool = randomBytes(ID_LENGTH * 256);
    poolOffset = 0;
  }
  let out = '';
  for (let i = 0; i < ID_LENGTH; i++) out += ID_ALPHABET[randomPool[poolOffset + i]! & 31];
  poolOffset += ID_LENGTH;
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
