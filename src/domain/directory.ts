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

export { ROLES, type RoleName };

/** Roles given for one environment (the rest are given for a tenant, or, operators, for nothing). */
export const isEnvironmentRole = (role: string): boolean => role === 'system_admin' || role === 'member';

export { ENVIRONMENT_TYPES, type EnvironmentType, NOTIFICATION_CATEGORIES, type NotificationCategory, SUPPORT_PLANS };

// Deliberately simple: one @, no spaces, a dot in the domain. Real validation is the mail server's.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const checkEmail = (v: string): string | null =>
  v.length > 320
    ? 'is longer than 320 characters'
    : EMAIL.test(v)
      ? null
      : 'is not an email address (name@example.com)';

export const normaliseEmail = (v: string): string => v.trim().toLowerCase();

export const checkTimeZone = (v: string): string | null =>
  isValidTimeZone(v) ? null : `is not an IANA time zone (such as Europe/Paris or UTC)`;

export function checkLocale(v: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(v);
    return canonical ? null : 'is not a BCP 47 locale (such as en-US)';
  } catch {
    return 'is not a BCP 47 locale (such as en-US)';
  }
}

export const checkRegionCode = (v: string): string | null =>
  isRegionCode(v) ? null : `is not a region; use one of ${REGION_CODES.join(', ')}`;

export const checkEnvironmentType = (v: string): string | null =>
  (ENVIRONMENT_TYPES as readonly string[]).includes(v) ? null : `must be one of ${ENVIRONMENT_TYPES.join(', ')}`;

export function checkUrl(v: string): string | null {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? null : 'must be an http(s) URL';
  } catch {
    return 'is not a URL (https://…)';
  }
}

export const checkDate = (v: string): string | null =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)
    ? null
    : 'is not a date (YYYY-MM-DD)';

export const checkDomain = (v: string): string | null =>
  /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(v)
    ? null
    : 'is not a domain name (contoso.com)';

export const checkVersion = (v: string): string | null =>
  /^\d+(\.\d+){1,4}$/.test(v) ? null : 'is not a version (9.2.24104.155)';

export function checkCategories(v: string[]): string | null {
  const bad = v.filter((c) => !(NOTIFICATION_CATEGORIES as readonly string[]).includes(c));
  return bad.length ? `has unknown categories ${bad.join(', ')}; use ${NOTIFICATION_CATEGORIES.join(', ')}` : null;
}
