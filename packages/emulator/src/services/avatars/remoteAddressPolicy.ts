import { networkInterfaces } from 'node:os';
import ipaddr from 'ipaddr.js';

/**
 * Which destinations the avatar service may fetch from. A web page can point `<img src>` at
 * `/v1/avatars/image?url=…`, so by default only public unicast addresses are reachable: a page
 * must not use the emulator to read from the developer's own machine or network.
 */
export interface RemoteAddressPolicy {
  /**
   * `false` (the default): public addresses only. `true`: any address except the emulator itself.
   * A list of `host:port` pairs (`127.0.0.1:9000`, `[::1]:8080`, `images.local:80`): those too.
   */
  readonly allowPrivate: boolean | readonly string[];
  /** The emulator's own listening address, once it listens; never fetched whatever `allowPrivate` says. */
  self?: { readonly host: string; readonly port: number };
}

/**
 * Creates the policy the emulator starts with.
 *
 * @param allowPrivate See {@link RemoteAddressPolicy.allowPrivate}.
 *
 * @returns The policy (its `self` is filled in once the server listens).
 */
export function createRemoteAddressPolicy(allowPrivate: boolean | readonly string[] = false): RemoteAddressPolicy {
  return { allowPrivate: Array.isArray(allowPrivate) ? allowPrivate.map((entry) => entry.toLowerCase()) : allowPrivate };
}

/**
 * Tells whether an address is public unicast. IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as
 * the IPv4 address it carries; every special range ipaddr.js knows (loopback, private, link-local,
 * unique-local, unspecified, multicast, broadcast, CGNAT 100.64/10, NAT64, 6to4, Teredo, reserved, …)
 * is not public.
 *
 * @param address An IPv4 or IPv6 address (no brackets).
 *
 * @returns Whether a request to it leaves this machine's networks.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/**
 * Lists this machine's own interface addresses (a public IP of the machine is still the machine).
 *
 * @returns The addresses, normalized.
 */
function ownAddresses(): Set<string> {
  const own = new Set<string>();
  for (const list of Object.values(networkInterfaces())) for (const entry of list ?? []) own.add(normalize(entry.address));
  return own;
}

/**
 * Normalizes an address for comparison (`::ffff:10.0.0.1` and `10.0.0.1` are the same host).
 *
 * @param address The address.
 *
 * @returns Its canonical text, or the input when it is not an address.
 */
function normalize(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  return ipaddr.isValid(bare) ? ipaddr.process(bare).toNormalizedString() : bare.toLowerCase();
}

/**
 * Tells why a resolved destination may not be fetched, or nothing when it may.
 *
 * @param policy The policy.
 * @param address The resolved IP address the request would connect to.
 * @param port The destination port.
 * @param urlHost The URL's `host` (`name:port` form) as the user wrote it, for the allow list.
 *
 * @returns The reason for a refusal, or undefined.
 */
export function refusalReason(policy: RemoteAddressPolicy, address: string, port: number, urlHost: string): string | undefined {
  const target = normalize(address);
  const local = !isPublicAddress(target) || ownAddresses().has(target);
  if (policy.self && port === policy.self.port) {
    const self = normalize(policy.self.host);
    const wildcard = self === normalize('0.0.0.0') || self === normalize('::');
    if (target === self || (local && (wildcard || isLoopback(target) || isLoopback(self)))) return 'it is the emulator itself';
  }
  if (!local) return undefined;
  if (policy.allowPrivate === true) return undefined;
  if (Array.isArray(policy.allowPrivate) && policy.allowPrivate.includes(urlHost.toLowerCase())) return undefined;
  return `${address} is not a public address`;
}

/**
 * Tells whether an address is loopback (127/8, ::1, or either IPv4-mapped).
 *
 * @param address A normalized address.
 *
 * @returns Whether it is loopback.
 */
function isLoopback(address: string): boolean {
  return ipaddr.isValid(address) && ['loopback', 'unspecified'].includes(ipaddr.process(address).range());
}
