import { BlockList, isIP } from 'node:net';

/**
 * Addresses never fetched, even with `allowPrivateNetwork`: cloud metadata services, whose
 * answers hold credentials (AWS/GCP/Azure/OpenStack 169.254.169.254, AWS IPv6 fd00:ec2::254,
 * Alibaba 100.100.100.200).
 */
const METADATA = new BlockList();
METADATA.addAddress('169.254.169.254', 'ipv4');
METADATA.addAddress('100.100.100.200', 'ipv4');
METADATA.addAddress('fd00:ec2::254', 'ipv6');

/** Addresses that are not the public internet: fetched only with `allowPrivateNetwork`. */
const NON_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) NON_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10], // deprecated site-local
  ['ff00::', 8], // multicast
  ['64:ff9b:1::', 48], // local-use NAT64
] as const) NON_PUBLIC.addSubnet(net, bits, 'ipv6');

/**
 * Which non-public addresses may be fetched: none (false), all but metadata (true), or exactly
 * the listed ones (tests allow their own server's 127.0.0.1 and nothing else).
 */
export type PrivateNetworkPolicy = boolean | readonly string[];

/** Why an address may not be fetched, or null when it may. */
export type AddressVerdict = null | 'metadata' | 'non-public' | 'invalid';

/**
 * Decides whether a resolved IP address may be connected to. IPv4-mapped and NAT64 IPv6 forms
 * are judged by the IPv4 address they carry, so `::ffff:127.0.0.1` is loopback.
 *
 * @example
 * refuseAddress('10.1.2.3', false) // 'non-public'
 * refuseAddress('169.254.169.254', true) // 'metadata'
 */
export function refuseAddress(address: string, allowPrivateNetwork: PrivateNetworkPolicy): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'invalid';
  const embedded = family === 6 ? embeddedIpv4(bare) : null;
  const [addr, type] = embedded ? [embedded, 'ipv4' as const] : [bare, family === 4 ? ('ipv4' as const) : ('ipv6' as const)];
  if (METADATA.check(addr, type)) return 'metadata';
  const allowed = allowPrivateNetwork === true || (Array.isArray(allowPrivateNetwork) && allowPrivateNetwork.includes(addr));
  if (!allowed && NON_PUBLIC.check(addr, type)) return 'non-public';
  return null;
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), compatible or NAT64 IPv6 address. */
function embeddedIpv4(v6: string): string | null {
  const lower = v6.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** A sentence for a refusal, for error messages. */
export function describeRefusal(verdict: Exclude<AddressVerdict, null>, address: string): string {
  switch (verdict) {
    case 'metadata':
      return `${address} is a cloud metadata address and is never fetched`;
    case 'non-public':
      return `${address} is a loopback, private, link-local or reserved address (pass --allow-private-network to fetch from your own network)`;
    case 'invalid':
      return `${address} is not an IP address`;
  }
}
