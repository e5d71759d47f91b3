// Where Herald may send HTTP requests on someone's say-so (webhook endpoints, push services): not
// to its own network. A URL's host is resolved and every address checked against private,
// loopback, link-local (cloud metadata at 169.254.169.254) and every other special range, at
// registration and again when connecting, so a name re-pointed at 10.0.0.1 later is refused too.
// `allowPrivateWebhookTargets` lifts the rule for tests and closed networks.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { words, type Words } from '../../errors.js';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses; injectable so tests can point names anywhere. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Only global unicast addresses are targets. ipaddr.js classifies an address by the IANA IPv4 and
 * IPv6 special-purpose address registries (private, loopback, link-local, carrier-grade NAT,
 * benchmarking, documentation, reserved 240/4, broadcast, multicast, unique local, site-local
 * fec0::/10, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16, Teredo 2001::/32, the IETF
 * protocol block 2001::/23, discard 100::/64, …): anything it does not call `unicast` is refused.
 * The translation prefixes are refused whole because they reach IPv4 addresses (private ones
 * among them) through a gateway; an IPv4-mapped address (::ffff:10.0.0.1) is judged as the IPv4
 * address it is.
 */
export function isForbiddenAddress(address: string): boolean {
  if (!ipaddr.isValid(address) || isIP(address) === 0) return true;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  // The deprecated IPv4-compatible form (::10.0.0.1, ::/96), which the registries no longer list.
  if (parsed.kind() === 'ipv6' && parsed.match(ipaddr.IPv6.parse('::'), 96)) return true;
  return parsed.range() !== 'unicast';
}

/**
 * Why Herald refused to connect to a target: its address is not a public one, or its name does
 * not resolve. The delivery worker can tell it from a failed connection (`instanceof`, or the
 * code `EHERALDFORBIDDEN`) and give the delivery up at once with `reason`.
 */
export class TargetRefused extends Error {
  readonly code = 'EHERALDFORBIDDEN';
  constructor(
    /** A sentence for the delivery log: what the host resolved to and why that is refused. */
    readonly reason: string,
    readonly address: string | null = null,
  ) {
    super(reason);
    this.name = 'TargetRefused';
  }
}

const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

export interface TargetRules {
  allowPrivate: boolean;
  resolve: Resolver;
  /** Push services are always https; webhooks may be http in closed networks. */
  httpsOnly?: boolean;
}

/** Why a URL may not be a target (a sentence for the person who entered it), or null when it may. */
export async function checkTarget(raw: string, rules: TargetRules): Promise<Words | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'problem.url.invalid';
  }
  if (url.protocol !== 'https:' && (rules.httpsOnly || url.protocol !== 'http:'))
    return rules.httpsOnly ? 'problem.target.httpsOnly' : 'problem.url.httpOnly';
  if (url.username || url.password) return 'problem.target.credentials';
  if (rules.allowPrivate) return null;
  const host = hostOf(url);
  let addresses: ResolvedAddress[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await rules.resolve(host);
  } catch {
    return words('problem.target.unresolved', { host });
  }
  if (!addresses.length) return words('problem.target.unresolved', { host });
  const bad = addresses.find((a) => isForbiddenAddress(a.address));
  return bad ? words('problem.target.special', { address: bad.address }) : null;
}

/**
 * A `lookup` for http.request that refuses forbidden addresses at connection time (the name may
 * resolve differently than when it was registered).
 */
export function guardedLookup(rules: TargetRules): LookupFunction {
  return (hostname, options, callback) => {
    rules.resolve(hostname).then(
      (addresses) => {
        const bad = rules.allowPrivate ? undefined : addresses.find((a) => isForbiddenAddress(a.address));
        if (bad || !addresses.length) {
          const why = bad
            ? `${hostname} resolves to ${bad.address}, a private, loopback, link-local or otherwise special address`
            : `${hostname} does not resolve`;
          return callback(new TargetRefused(why, bad?.address ?? null), '', 0);
        }
        const allowed = addresses;
        if (options.all) return (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, allowed);
        const wanted =
          options.family === 6 || options.family === 4
            ? (allowed.find((a) => a.family === options.family) ?? allowed[0]!)
            : allowed[0]!;
        return callback(null, wanted.address, wanted.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
