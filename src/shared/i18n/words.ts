// Words for a person before their reader is known: a catalogue key and the values of its
// arguments. Errors, field problems and checks carry these instead of English sentences, so that
// problem.ts (and the CLI) say them in the reader's language; a value may itself be words (a
// reason inside a refusal), rendered in the same language.
import type { MessageKey } from './catalogue/en.js';

export interface Message {
  readonly key: MessageKey;
  readonly values?: MessageArgs;
}

export type MessageArgs = Readonly<Record<string, string | number | Message>>;

/** A key alone when the message has no arguments, else the key with its values. */
export type Words = MessageKey | Message;

export const words = (key: MessageKey, values?: MessageArgs): Message => (values ? { key, values } : { key });

export const messageOf = (w: Words): Message => (typeof w === 'string' ? { key: w } : w);
