/**
 * Which hosts and addresses the document fetcher may contact.
 *
 * Postings and feeds come from user-supplied URLs (`POST /ingest {"url"}`), so the fetcher must
 * never become a way into the VPC, the instance metadata service or the loopback interface.
 * Addresses are judged after DNS resolution (a public name can point at 10.0.0.1); the names
 * below are refused before resolution only to fail fast with a clear reason.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** Why an address may or may not be contacted; only `public` may. */
export type AddressKind =
  | 'public'
  | 'metadata'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'broadcast'
  | 'documentation'
  | 'reserved'
  | 'invalid';

type RangeSpec = readonly [base: string, prefix: number, kind: AddressKind];

interface Range {
  readonly shift: bigint;
  readonly network: bigint;
  readonly kind: AddressKind;
}

/** Cloud instance-metadata endpoints: AWS (v4 and Nitro v6), GCP/Azure/Oracle, Alibaba. */
const METADATA_ADDRESSES = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200', '192.0.0.192']);
const METADATA_V6 = ipv6ToBigInt('fd00:ec2::254');

// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and successors), most specific first.
const IPV4_RANGES = compileRanges(32, (text) => BigInt(ipv4ToNumber(text)), [
  ['255.255.255.255', 32, 'broadcast'],
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
]);

// Everything outside 2000::/3 is refused as well (see classifyIpv6): this lists the special
// blocks inside it, plus the few outside it that deserve a more precise reason.
const IPV6_RANGES = compileRanges(128, ipv6ToBigInt, [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'private'],
  ['2001::', 23, 'reserved'],
  ['2001:db8::', 32, 'documentation'],
  ['2002::', 16, 'reserved'],
  ['3fff::', 20, 'documentation'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private'],
  ['ff00::', 8, 'multicast'],
]);

/**
 * Names refused before any DNS query: RFC 6761 `localhost`, mDNS `.local`, the ICANN-reserved
 * private `.internal` (which holds metadata.google.internal and EC2's internal names),
 * `home.arpa`, and Google's `metadata.goog`.
 */
const BLOCKED_NAME_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'metadata.goog'] as const;

/**
 * Classifies an IP address (IPv4 dotted-decimal or IPv6, an optional `%zone` ignored).
 * IPv4-mapped (`::ffff:a.b.c.d`) and NAT64 (`64:ff9b::/96`) addresses are judged by the IPv4
 * address they carry. Anything that does not parse is `invalid`, which the guard refuses.
 *
 * @example classifyAddress('169.254.169.254') // 'metadata'
 * @example classifyAddress('::ffff:7f00:1')   // 'loopback'
 */
export function classifyAddress(address: string): AddressKind {
  const bare = address.replace(/^\[(.*)\]$/, '$1').split('%')[0] ?? '';
  if (isIPv4(bare)) return classifyIpv4(bare);
  if (isIPv6(bare)) return classifyIpv6(bare);
  return 'invalid';
}

/** True when `address` is a globally routable unicast address that is not a metadata endpoint. */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}

/**
 * True for host names that must never be fetched whatever they resolve to (`localhost`,
 * `*.internal`, `metadata.google.internal`, single-label intranet names such as `metadata` ...).
 * IP literals are not names: pass them to {@link classifyAddress}.
 */
export function isBlockedHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.+$/, '');
  // A single label resolves through the resolver's search domains, that is, inside the network.
  if (!name.includes('.')) return true;
  return BLOCKED_NAME_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

function classifyIpv4(address: string): AddressKind {
  if (METADATA_ADDRESSES.has(address)) return 'metadata';
  return matchRange(BigInt(ipv4ToNumber(address)), IPV4_RANGES) ?? 'public';
}

function classifyIpv6(address: string): AddressKind {
  const value = ipv6ToBigInt(address);
  if (value === null) return 'invalid';
  if (value === METADATA_V6) return 'metadata';
  const high96 = value >> 32n;
  // ::ffff:0:0/96 (IPv4-mapped) and 64:ff9b::/96 (NAT64 as used by DNS64 in IPv6-only subnets)
  // reach the embedded IPv4 address, so they are as safe as that address.
  if (high96 === 0xffffn || high96 === 0x64ff9bn << 64n)
    return classifyIpv4(numberToIpv4(Number(value & 0xffffffffn)));
  const special = matchRange(value, IPV6_RANGES);
  if (special) return special;
  // ::/96 (IPv4-compatible, deprecated), 100::/64 (discard), 5f00::/16 (SRv6) and every
  // unassigned block lie outside global unicast 2000::/3.
  return value >> 125n === 1n ? 'public' : 'reserved';
}

function compileRanges(
  bits: number,
  parse: (text: string) => bigint | null,
  specs: readonly RangeSpec[],
): readonly Range[] {
  return specs.map(([base, prefix, kind]) => {
    const value = parse(base);
    if (value === null) throw new Error(`bad range base ${base}`);
    const shift = BigInt(bits - prefix);
    return { shift, network: value >> shift, kind };
  });
}

function matchRange(value: bigint, ranges: readonly Range[]): AddressKind | null {
  return ranges.find((range) => value >> range.shift === range.network)?.kind ?? null;
}

function ipv4ToNumber(address: string): number {
  return address.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function numberToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff).join('.');
}

/** Parses an IPv6 address already validated by `isIPv6`, including a trailing dotted IPv4. */
function ipv6ToBigInt(address: string): bigint | null {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const v4 = ipv4ToNumber(dotted);
    text = `${text.slice(0, -dotted.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-f]{1,4}$/.test(group)) return null;
    value = (value << 16n) | BigInt(Number.parseInt(group, 16));
  }
  return value;
}
