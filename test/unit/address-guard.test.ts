import { describe, expect, it } from 'vitest';
import {
  type AddressKind,
  classifyAddress,
  isBlockedHostname,
  isPublicAddress,
} from '../../functions/ingest/address-guard.ts';

describe('classifyAddress', () => {
  it.each<[string, AddressKind]>([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.20', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.254', 'shared'],
    ['169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['169.254.10.10', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.0.8', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['203.0.113.5', 'documentation'],
  ])('classifies IPv4 %s as %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each<[string, AddressKind]>([
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['::ffff:10.1.2.3', 'private'],
    ['64:ff9b::a00:1', 'private'],
    ['64:ff9b:1::1', 'private'],
    ['fd00:ec2::254', 'metadata'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fc00::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['[fe80::1]', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['2001::1', 'reserved'],
    ['2002:7f00:1::', 'reserved'],
    ['::127.0.0.1', 'reserved'],
    ['100::1', 'reserved'],
    ['5f00::1', 'reserved'],
  ])('classifies IPv6 %s as %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('treats %s as public', (address) => {
    expect(classifyAddress(address)).toBe('public');
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each(['0x7f.1', '2130706433', '010.0.0.1', 'localhost', '1::2::3', '1:2:3:4:5:6:7:8:9', ''])(
    'refuses %j, which is not a canonical IP address, as invalid',
    (address) => {
      expect(classifyAddress(address)).toBe('invalid');
      expect(isPublicAddress(address)).toBe(false);
    },
  );
});

describe('isBlockedHostname', () => {
  it.each([
    'localhost',
    'LOCALHOST.',
    'api.localhost',
    'metadata.google.internal',
    'ip-10-0-0-1.ec2.internal',
    'metadata.goog',
    'printer.local',
    'nas.home.arpa',
    'metadata',
    'intranet',
  ])('blocks %s', (hostname) => {
    expect(isBlockedHostname(hostname)).toBe(true);
  });

  it.each([
    'careers.acme.com',
    'boards.greenhouse.io',
    'jobs.lever.co',
    'internal.acme.com',
    'localhost.acme.com',
  ])('lets %s through to DNS and the address check', (hostname) => {
    expect(isBlockedHostname(hostname)).toBe(false);
  });
});
