// Rules for the directory's values, shared by the API, the CLI and the bulk import so that the
// same input is judged the same way everywhere. Each returns a message saying what is wrong, or
// null when the value is fine.
import { isRegionCode, REGION_CODES } from './regions.js';
import { isValidTimeZone } from './windows.js';

// Defined in src/shared, which the console imports too; re-exported here for the server.
import {
  ROLES,
  type RoleName,
  ENVIRONMENT_TYPES,
  type EnvironmentType,
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
  SUPPORT_PLANS,
} from '../shared/directory.js';
import { words, type Words } from '../shared/i18n/words.js';

export { ROLES, type RoleName };

/** Roles given for one environment (the rest are given for a tenant, or, operators, for nothing). */
export const isEnvironmentRole = (role: string): boolean => role === 'system_admin' || role === 'member';

export { ENVIRONMENT_TYPES, type EnvironmentType, NOTIFICATION_CATEGORIES, type NotificationCategory, SUPPORT_PLANS };

// Deliberately simple: one @, no spaces, a dot in the domain. Real validation is the mail server's.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const checkEmail = (v: string): Words | null =>
  v.length > 320 ? 'problem.email.tooLong' : EMAIL.test(v) ? null : 'problem.email.invalid';

export const normaliseEmail = (v: string): string => v.trim().toLowerCase();

export const checkTimeZone = (v: string): Words | null => (isValidTimeZone(v) ? null : 'problem.timeZone.invalid');

export function checkLocale(v: string): Words | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(v);
    return canonical ? null : 'problem.locale.invalid';
  } catch {
    return 'problem.locale.invalid';
  }
}

export const checkRegionCode = (v: string): Words | null =>
  isRegionCode(v) ? null : words('problem.region.unknown', { choices: REGION_CODES.join(', ') });

export const checkEnvironmentType = (v: string): Words | null =>
  (ENVIRONMENT_TYPES as readonly string[]).includes(v)
    ? null
    : words('problem.schema.oneOf', { choices: ENVIRONMENT_TYPES.join(', ') });

export function checkUrl(v: string): Words | null {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? null : 'problem.url.httpOnly';
  } catch {
    return 'problem.url.invalid';
  }
}

export const checkDate = (v: string): Words | null =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
    ? null
    : 'problem.date.invalid';

export const checkDomain = (v: string): Words | null =>
  /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(v) ? null : 'problem.domain.invalid';

export const checkVersion = (v: string): Words | null =>
  /^\d+(\.\d+){1,4}$/.test(v) ? null : 'problem.version.invalid';

export function checkCategories(v: string[]): Words | null {
  const bad = v.filter((c) => !(NOTIFICATION_CATEGORIES as readonly string[]).includes(c));
  return bad.length
    ? words('problem.categories.unknown', { unknown: bad.join(', '), choices: NOTIFICATION_CATEGORIES.join(', ') })
    : null;
}
