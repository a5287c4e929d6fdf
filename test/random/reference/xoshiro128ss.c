/* Reference vectors for test/random/create-rng.test.ts.
 *
 * next() is xoshiro128** 1.1 as published by David Blackman and Sebastiano
 * Vigna (https://prng.di.unimi.it/xoshiro128starstar.c, public domain);
 * splitmix64() is Sebastiano Vigna's public-domain SplitMix64
 * (https://prng.di.unimi.it/splitmix64.c). The state is seeded with two
 * SplitMix64 outputs, low 32 bits first, as ailca's createRng documents.
 *
 * Build and run: gcc -O2 -o /tmp/x test/random/reference/xoshiro128ss.c && /tmp/x
 */
#include <stdint.h>
#include <stdio.h>

static uint64_t x; /* SplitMix64 state */
static uint64_t splitmix64(void) {
	uint64_t z = (x += 0x9e3779b97f4a7c15);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
	return z ^ (z >> 31);
}

static inline uint32_t rotl(const uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
static uint32_t s[4];
static uint32_t next(void) {
	const uint32_t result = rotl(s[1] * 5, 7) * 9;
	const uint32_t t = s[1] << 9;
	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 11);
	return result;
}

static void seed(uint32_t seed) {
	x = seed;
	uint64_t a = splitmix64(), b = splitmix64();
	s[0] = (uint32_t)a; s[1] = (uint32_t)(a >> 32);
	s[2] = (uint32_t)b; s[3] = (uint32_t)(b >> 32);
}

int main(void) {
	uint32_t seeds[3] = {0u, 42u, 4294967295u};
	for (int k = 0; k < 3; k++) {
		seed(seeds[k]);
		printf("seed %u state %08x %08x %08x %08x\n  uint32:", seeds[k], s[0], s[1], s[2], s[3]);
		for (int i = 0; i < 6; i++) printf(" %u", next());
		seed(seeds[k]);
		printf("\n  res53:");
		for (int i = 0; i < 3; i++) {
			uint32_t a = next() >> 5, b = next() >> 6;
			printf(" %.17g", (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
		}
		printf("\n");
	}
	x = 0;
	uint64_t first = splitmix64(), second = splitmix64();
	printf("splitmix64(0): %016llx %016llx\n", (unsigned long long)first, (unsigned long long)second);
	return 0;
}
