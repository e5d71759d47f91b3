// The SSRF guard: every range of the IANA IPv4 and IPv6 special-purpose address registries is
// refused as a webhook or push target, at registration and when connecting; public addresses pass.
import { describe, expect, it } from 'vitest';
import {
  checkTarget,
  guardedLookup,
  isForbiddenAddress,
  TargetRefused,
  type Resolver,
} from '../../src/delivery/channels/targets.js';
import { translator } from '../../src/i18n/translator.js';

const refused: Array<[string, string]> = [
  ['0.0.0.0', '"this" network 0/8'],
  ['10.1.2.3', 'private 10/8'],
  ['100.64.0.1', 'carrier-grade NAT 100.64/10'],
  ['100.127.255.254', 'carrier-grade NAT 100.64/10, last'],
  ['127.0.0.1', 'loopback'],
  ['169.254.169.254', 'link-local, cloud metadata'],
  ['172.31.0.1', 'private 172.16/12'],
  ['192.0.0.9', 'IETF protocol assignments 192.0.0/24'],
  ['192.0.2.10', 'documentation TEST-NET-1'],
  ['192.31.196.1', 'AS112'],
  ['192.52.193.1', 'AMT'],
  ['192.88.99.1', '6to4 relay anycast'],
  ['192.168.1.1', 'private 192.168/16'],
  ['192.175.48.1', 'AS112 direct delegation'],
  ['198.18.0.1', 'benchmarking 198.18/15'],
  ['198.19.255.1', 'benchmarking 198.18/15, upper half'],
  ['198.51.100.7', 'documentation TEST-NET-2'],
  ['203.0.113.7', 'documentation TEST-NET-3'],
  ['224.0.0.251', 'multicast'],
  ['240.0.0.1', 'reserved 240/4'],
  ['255.255.255.255', 'limited broadcast'],
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['::10.0.0.1', 'IPv4-compatible (deprecated)'],
  ['::ffff:10.0.0.1', 'IPv4-mapped private'],
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['64:ff9b::a00:1', 'NAT64 64:ff9b::/96'],
  ['64:ff9b:1::a00:1', 'local-use NAT64 64:ff9b:1::/48'],
  ['100::1', 'discard-only 100::/64'],
  ['2001::1', 'Teredo 2001::/32'],
  ['2001:1::1', 'IETF protocol assignments 2001::/23'],
  ['2001:2::1', 'benchmarking 2001:2::/48'],
  ['2001:3::1', 'AMT 2001:3::/32'],
  ['2001:4:112::1', 'AS112-v6'],
  ['2001:10::1', 'ORCHID (deprecated)'],
  ['2001:20::1', 'ORCHIDv2'],
  ['2001:db8::1', 'documentation 2001:db8::/32'],
  ['2002:a00:1::1', '6to4 2002::/16 (wraps 10.0.0.1)'],
  ['2620:4f:8000::1', 'AS112 direct delegation v6'],
  ['3fff::1', 'documentation 3fff::/20'],
  ['5f00::1', 'segment routing SRv6 SIDs'],
  ['fc00::1', 'unique local'],
  ['fd00:ec2::254', 'unique local (AWS metadata)'],
  ['fe80::1', 'link-local'],
  ['fec0::1', 'site-local fec0::/10 (deprecated)'],
  ['ff02::1', 'multicast'],
  ['not-an-address', 'not an address at all'],
];

const allowed = [
  '8.8.8.8',
  '1.1.1.1',
  '100.128.0.1',
  '198.20.0.1',
  '2606:4700:4700::1111',
  '2a00:1450:4001::200e',
  '::ffff:8.8.8.8',
];

describe('the SSRF guard', () => {
  it.each(refused)('refuses %s (%s)', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(allowed)('allows the public address %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it('says which address is refused when a webhook is registered', async () => {
    const rules = { allowPrivate: false, resolve: (async () => [{ address: '2002:a00:1::1', family: 6 }]) as Resolver };
    const english = translator('en');
    expect(english.words((await checkTarget('https://hooks.example.com/x', rules))!)).toMatch(
      /points to 2002:a00:1::1/,
    );
    expect(english.words((await checkTarget('https://[fec0::1]/x', rules))!)).toMatch(/points to fec0::1/);
    expect(
      await checkTarget('https://hooks.example.com/x', {
        ...rules,
        resolve: async () => [{ address: '93.184.216.34', family: 4 }],
      }),
    ).toBeNull();
  });

  it('refuses at connection time with a TargetRefused that carries the reason', async () => {
    const lookup = guardedLookup({
      allowPrivate: false,
      resolve: async () => [{ address: '64:ff9b:1::a00:1', family: 6 }],
    });
    const error = await new Promise<unknown>((resolve) =>
      lookup('hooks.example.com', { all: false }, (err) => resolve(err)),
    );
    expect(error).toBeInstanceOf(TargetRefused);
    expect((error as TargetRefused).code).toBe('EHERALDFORBIDDEN');
    expect((error as TargetRefused).address).toBe('64:ff9b:1::a00:1');
    expect((error as TargetRefused).reason).toMatch(/hooks\.example\.com resolves to 64:ff9b:1::a00:1/);
  });
});
