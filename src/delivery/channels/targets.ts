// Where Herald may send HTTP requests on someone's say-so (webhook endpoints, push services): not
// to its own network. A URL's host is resolved and every address checked against private,
// loopback, link-local (cloud metadata at 169.254.169.254) and other special ranges, at
// registration and again when connecting, so a name re-pointed at 10.0.0.1 later is refused too.
// `allowPrivateWebhookTargets` lifts the rule for tests and closed networks.
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses; injectable so tests can point names anywhere. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

const forbidden = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) forbidden.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 96], // unspecified, loopback (::1), IPv4-compatible
  ['64:ff9b::', 96], // NAT64: the same
  ['fc00::', 7], // unique local (AWS metadata fd00:ec2::254 among them)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) forbidden.addSubnet(net, prefix, 'ipv6');
// IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) are judged by the IPv4 rules: BlockList maps them.

export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return forbidden.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

export interface TargetRules {
  allowPrivate: boolean;
  resolve: Resolver;
  /** Push services are always https; webhooks may be http in closed networks. */
  httpsOnly?: boolean;
}

/** Why a URL may not be a target (a sentence for the person who entered it), or null when it may. */
export async function checkTarget(raw: string, rules: TargetRules): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL (https://…)';
  }
  if (url.protocol !== 'https:' && (rules.httpsOnly || url.protocol !== 'http:')) return rules.httpsOnly ? 'must be an https URL' : 'must be an http(s) URL';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (rules.allowPrivate) return null;
  const host = hostOf(url);
  let addresses: ResolvedAddress[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await rules.resolve(host);
  } catch {
    return `has a host name (${host}) that does not resolve`;
  }
  if (!addresses.length) return `has a host name (${host}) that does not resolve`;
  const bad = addresses.find((a) => isForbiddenAddress(a.address));
  return bad ? `points to ${bad.address}, a private, loopback or link-local address Herald does not send to` : null;
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
          const why = bad ? `${hostname} resolves to ${bad.address}, a private, loopback or link-local address` : `${hostname} does not resolve`;
          return callback(Object.assign(new Error(why), { code: 'EHERALDFORBIDDEN' }), '', 0);
        }
        const allowed = addresses;
        if (options.all) return (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, allowed);
        const wanted = options.family === 6 || options.family === 4 ? allowed.find((a) => a.family === options.family) ?? allowed[0]! : allowed[0]!;
        return callback(null, wanted.address, wanted.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
