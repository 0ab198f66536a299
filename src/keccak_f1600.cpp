#include "keccak_f1600.hpp"

#include <bit>

namespace cairovm {

namespace {

constexpr std::array<std::uint64_t, 24> kRoundConstants = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL};

// Rotation offset of lane x + 5 * y (rho).
constexpr std::array<int, 25> kRho = {0,  1,  62, 28, 27, 36, 44, 6,  55, 20, 3,  10, 43,
                                      25, 39, 41, 45, 15, 21, 8,  18, 2,  61, 56, 14};

// pi moves lane (x, y) to (y, 2x + 3y).
constexpr std::array<int, 25> kPi = [] {
  std::array<int, 25> pi{};
  for (int x = 0; x < 5; ++x) {
    for (int y = 0; y < 5; ++y) pi[x + 5 * y] = y + 5 * ((2 * x + 3 * y) % 5);
  }
  return pi;
}();

// The loops are fully unrolled so that every index and rotation amount is a constant and the
// state stays in registers; with the loops rolled, a round costs about three times as much.
[[gnu::always_inline]] inline void round(KeccakState& a, std::uint64_t rc) noexcept {
  // theta
  std::array<std::uint64_t, 5> c;
#pragma GCC unroll 5
  for (int x = 0; x < 5; ++x) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
#pragma GCC unroll 25
  for (int i = 0; i < 25; ++i) a[i] ^= c[(i + 4) % 5] ^ std::rotl(c[(i + 1) % 5], 1);
  // rho and pi
  KeccakState b;
#pragma GCC unroll 25
  for (int i = 0; i < 25; ++i) b[kPi[i]] = std::rotl(a[i], kRho[i]);
    // chi
#pragma GCC unroll 25
  for (int i = 0; i < 25; ++i) {
    const int x = i % 5;
    const int row = i - x;
    a[i] = b[i] ^ (~b[row + (x + 1) % 5] & b[row + (x + 2) % 5]);
  }
  // iota
  a[0] ^= rc;
}

}  // namespace

void keccak_f1600(KeccakState& state) noexcept {
  for (const std::uint64_t rc : kRoundConstants) round(state, rc);
}

}  // namespace cairovm
