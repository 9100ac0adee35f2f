/**
 * Parsing of listener and quorum endpoint strings: `NAME://host:port` (listeners,
 * advertised.listeners), `NAME:PROTOCOL` (listener.security.protocol.map) and `id@host:port`
 * (controller.quorum.voters). Each parser returns a problem text instead of throwing so the
 * caller can report every bad entry at once.
 */

export const SECURITY_PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;
export type SecurityProtocol = (typeof SECURITY_PROTOCOLS)[number];

export interface Listener {
  /** Upper-case listener name, e.g. PLAINTEXT or CONTROLLER. */
  readonly name: string;
  /** Empty means every interface; IPv6 addresses are given without brackets. */
  readonly host: string;
  readonly port: number;
  readonly securityProtocol: SecurityProtocol;
}

export interface QuorumVoter {
  readonly id: number;
  readonly host: string;
  readonly port: number;
}

export interface HostPort {
  readonly host: string;
  readonly port: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Parses `host:port` or `[ipv6]:port`; host may be empty. */
export function parseHostPort(text: string): Parsed<HostPort> {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(text);
  if (m === null) return { ok: false, problem: `'${text}' is not host:port` };
  const port = Number(m[3]);
  if (port > 65535) return { ok: false, problem: `port ${port} in '${text}' is out of range [0, 65535]` };
  return { ok: true, value: { host: m[1] ?? m[2] ?? '', port } };
}

/** Parses `NAME:PROTOCOL,...` into a map keyed by upper-case listener name. */
export function parseSecurityProtocolMap(entries: readonly string[]): Parsed<Map<string, SecurityProtocol>> {
  const map = new Map<string, SecurityProtocol>();
  for (const entry of entries) {
    const [name, protocol, ...extra] = entry.split(':');
    if (name === undefined || name === '' || protocol === undefined || extra.length > 0) {
      return { ok: false, problem: `'${entry}' is not LISTENER_NAME:SECURITY_PROTOCOL` };
    }
    const upper = protocol.trim().toUpperCase();
    if (!(SECURITY_PROTOCOLS as readonly string[]).includes(upper)) {
      return { ok: false, problem: `unknown security protocol '${protocol}' for listener ${name} (expected one of ${SECURITY_PROTOCOLS.join(', ')})` };
    }
    map.set(name.trim().toUpperCase(), upper as SecurityProtocol);
  }
  return { ok: true, value: map };
}

/** Parses `NAME://host:port` entries, resolving each name's security protocol through `protocols`. */
export function parseListeners(entries: readonly string[], protocols: ReadonlyMap<string, SecurityProtocol>): Parsed<Listener[]> {
  const listeners: Listener[] = [];
  for (const entry of entries) {
    const m = /^([A-Za-z0-9_-]+):\/\/(.*)$/.exec(entry);
    if (m === null) return { ok: false, problem: `'${entry}' is not NAME://host:port` };
    const name = m[1]!.toUpperCase();
    const hp = parseHostPort(m[2]!);
    if (!hp.ok) return { ok: false, problem: `${hp.problem} in listener '${entry}'` };
    const securityProtocol = protocols.get(name);
    if (securityProtocol === undefined) {
      return { ok: false, problem: `no security protocol defined for listener ${name} (add it to listener.security.protocol.map)` };
    }
    if (listeners.some((l) => l.name === name)) return { ok: false, problem: `listener name ${name} is used more than once` };
    listeners.push({ name, host: hp.value.host, port: hp.value.port, securityProtocol });
  }
  return { ok: true, value: listeners };
}

/** Parses controller.quorum.voters entries `id@host:port`. */
export function parseQuorumVoters(entries: readonly string[]): Parsed<QuorumVoter[]> {
  const voters: QuorumVoter[] = [];
  for (const entry of entries) {
    const at = entry.indexOf('@');
    const id = Number(entry.slice(0, at));
    if (at <= 0 || !/^\d+$/.test(entry.slice(0, at))) return { ok: false, problem: `'${entry}' is not id@host:port` };
    const hp = parseHostPort(entry.slice(at + 1));
    if (!hp.ok) return { ok: false, problem: `${hp.problem} in voter '${entry}'` };
    if (voters.some((v) => v.id === id)) return { ok: false, problem: `voter id ${id} appears more than once` };
    voters.push({ id, ...hp.value });
  }
  return { ok: true, value: voters };
}
