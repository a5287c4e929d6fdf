/** 2^64 − 1, the mask of an unsigned 64-bit word. */
const MASK64 = 0xffffffffffffffffn;

/**
 * Expand a 32-bit seed into `words` 32-bit words with SplitMix64 (Steele, Lea
 * & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014),
 * the seeding procedure recommended by Blackman & Vigna for the xoshiro
 * family. Each 64-bit output gives two words, low half first. Runs once per
 * generator, so BigInt arithmetic costs nothing that matters.
 *
 * @param seed - an integer in [0, 2^32 − 1] (already checked)
 * @param words - how many 32-bit words to produce (even)
 * @returns the words, each an unsigned 32-bit integer
 * @internal
 */
export function splitMix64Words(seed: number, words: number): number[] {
  let state = BigInt(seed);
  const out: number[] = [];
  while (out.length < words) {
    // Golden-ratio increment and the two multipliers of SplitMix64 (Steele et al. 2014, "mix64variant13").
    state = (state + 0x9e3779b97f4a7c15n) & MASK64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    z ^= z >> 31n;
    out.push(Number(z & 0xffffffffn), Number(z >> 32n));
  }
  return out;
}
