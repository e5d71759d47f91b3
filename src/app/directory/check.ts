// Collects every problem in an input before failing, so one response lists all that is wrong.
// Messages are catalogue words (a key, or a key with values), said in the reader's language when
// the problem is sent.
import { type FieldProblem, invalidMany, type Words } from '../../errors.js';

export class InputCheck {
  readonly problems: FieldProblem[] = [];

  /** Runs `rule` on a present value and records its complaint under `field`. */
  field<T>(field: string, value: T | undefined, rule: (v: T) => Words | null): this {
    if (value === undefined) return this;
    const message = rule(value);
    if (message) this.problems.push({ field, message });
    return this;
  }

  require(field: string, value: unknown): this {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.problems.push({ field, message: 'problem.required' });
    }
    return this;
  }

  add(field: string, message: Words): this {
    this.problems.push({ field, message });
    return this;
  }

  /** Throws one 400 naming every field at fault. */
  done(): void {
    if (this.problems.length) throw invalidMany(this.problems);
  }
}
