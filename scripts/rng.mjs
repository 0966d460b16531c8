/**
 * mulberry32: a tiny seeded PRNG, floats in [0, 1). The one generator behind the test keys, the
 * mixed tree (scripts/mixed-tree.mjs) and the bench corpora, so a seed means the same everywhere.
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
