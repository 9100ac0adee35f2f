// Version ranges as the schema language writes them: "0+", "3-7", "5", "none".
export interface Versions {
  readonly lo: number;
  /** Inclusive; Infinity for an open range. */
  readonly hi: number;
}

export const NO_VERSIONS: Versions = { lo: 1, hi: 0 };

export function parseVersions(spec: string | undefined, fallback: Versions | null, where: string): Versions {
  if (spec === undefined) {
    if (fallback === null) throw new Error(`${where}: missing version range`);
    return fallback;
  }
  const s = spec.trim();
  if (s === 'none') return NO_VERSIONS;
  let m = /^(\d+)\+$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: Infinity };
  m = /^(\d+)-(\d+)$/.exec(s);
  if (m) {
    const v = { lo: Number(m[1]), hi: Number(m[2]) };
    if (v.lo > v.hi) throw new Error(`${where}: empty version range "${spec}"`);
    return v;
  }
  m = /^(\d+)$/.exec(s);
  if (m) return { lo: Number(m[1]), hi: Number(m[1]) };
  throw new Error(`${where}: cannot parse version range "${spec}"`);
}

export function isEmpty(v: Versions): boolean {
  return v.lo > v.hi;
}

export function intersect(a: Versions, b: Versions): Versions {
  const v = { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
  return isEmpty(v) ? NO_VERSIONS : v;
}

/** The smallest range covering both. */
export function hull(a: Versions, b: Versions): Versions {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

export function contains(v: Versions, version: number): boolean {
  return version >= v.lo && version <= v.hi;
}

/** a minus b, when the result is one range (always true for the schemas' tagged/untagged splits). */
export function subtract(a: Versions, b: Versions, where: string): Versions {
  if (isEmpty(b) || isEmpty(intersect(a, b))) return a;
  if (b.lo <= a.lo && b.hi >= a.hi) return NO_VERSIONS;
  if (b.lo <= a.lo) return { lo: b.hi + 1, hi: a.hi };
  if (b.hi >= a.hi) return { lo: a.lo, hi: b.lo - 1 };
  throw new Error(`${where}: version range ${show(a)} minus ${show(b)} is not one range`);
}

export function show(v: Versions): string {
  if (isEmpty(v)) return 'none';
  if (v.hi === Infinity) return `${v.lo}+`;
  return v.lo === v.hi ? `${v.lo}` : `${v.lo}-${v.hi}`;
}

/**
 * A TypeScript condition on the variable `version` testing membership of `v`, knowing the version
 * is already within `context`: 'true' or 'false' when the context decides it.
 */
export function condition(v: Versions, context: Versions): string {
  const within = intersect(v, context);
  if (isEmpty(within)) return 'false';
  const parts: string[] = [];
  if (within.lo > context.lo) parts.push(`version >= ${within.lo}`);
  if (within.hi < context.hi) parts.push(`version <= ${within.hi}`);
  return parts.length === 0 ? 'true' : parts.join(' && ');
}
