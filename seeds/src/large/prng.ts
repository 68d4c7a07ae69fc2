/** Small seeded PRNG (mulberry32) and helpers: the same seed gives the same sequence everywhere. */
export interface Rng {
  /** Next unsigned 32-bit integer. */
  u32(): number;
  /** Float in [0, 1). */
  next(): number;
  /** Integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A uuid in version-4 format, from the generator's bits. */
  uuid(): string;
}

/** Mixes two 32-bit integers into a well-spread 32-bit seed (murmur3 finaliser). */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** mulberry32: 32 bits of state. Fine for one stream; use `sfc32` when many seeded streams must not overlap. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return rngFrom(() => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  });
}

/** sfc32 (small fast counting generator): 128 bits of state, so streams seeded per row do not overlap. */
export function sfc32(a: number, b: number, c: number, d: number): Rng {
  const u32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) u32();
  return rngFrom(u32);
}

function rngFrom(u32: () => number): Rng {
  const next = () => u32() / 4294967296;
  const hex4 = (n: number) => HEX[(n >>> 24) & 255] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
  return {
    u32,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    uuid() {
      const a = u32();
      const b = (u32() & 0xffff0fff) | 0x00004000; // version 4
      const c = ((u32() & 0x3fffffff) | 0x80000000) >>> 0; // variant 10
      const d = u32();
      const bh = hex4(b >>> 0);
      const ch = hex4(c);
      return `${hex4(a)}-${bh.slice(0, 4)}-${bh.slice(4)}-${ch.slice(0, 4)}-${ch.slice(4)}${hex4(d)}`;
    },
  };
}

/**
 * A generator for item `index` of stream `stream` under `seed`: independent of batch sizes. The
 * counter word is the index itself, so two items never start from the same 128-bit state.
 */
export function rngFor(seed: number, stream: number, index: number): Rng {
  const s = mixSeed(seed >>> 0, stream);
  return sfc32(s, mixSeed(s, index), mixSeed(index, s ^ 0x5bd1e995), index >>> 0);
}

/** Picks a key by weight. */
export function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of table) total += w;
  let x = rng.next() * total;
  for (const [value, w] of table) {
    x -= w;
    if (x < 0) return value;
  }
  return table[table.length - 1][0];
}
