// Carry-chain arithmetic on 64-bit limbs, shared by the inline field operators of felt.hpp and by
// felt.cpp. On x86-64 the intrinsics compile to adc/sbb chains; GCC 12 has no
// __builtin_addcll, and the unsigned __int128 formulation generates poor code there.
#pragma once

#include <array>
#include <cstdint>

#if defined(__x86_64__)
#include <x86intrin.h>
#endif

/// Implementation detail of Felt (public only because felt.hpp's inline operators use it): pure
/// functions on values, no errors, safe on any thread. Not part of the stable API.
namespace cairovm::limbs {

using u64 = std::uint64_t;
using Limbs = std::array<u64, 4>;
using Carry = unsigned char;

#if defined(__x86_64__)
[[gnu::always_inline]] inline u64 add_carry(u64 a, u64 b, Carry carry_in,
                                            Carry& carry_out) noexcept {
  unsigned long long sum;
  carry_out = _addcarry_u64(carry_in, a, b, &sum);
  return sum;
}

[[gnu::always_inline]] inline u64 sub_borrow(u64 a, u64 b, Carry borrow_in,
                                             Carry& borrow_out) noexcept {
  unsigned long long diff;
  borrow_out = _subborrow_u64(borrow_in, a, b, &diff);
  return diff;
}
#else
[[gnu::always_inline]] inline u64 add_carry(u64 a, u64 b, Carry carry_in,
                                            Carry& carry_out) noexcept {
  const u64 partial = a + b;
  const u64 sum = partial + carry_in;
  carry_out = static_cast<Carry>((partial < a) | (sum < partial));
  return sum;
}

[[gnu::always_inline]] inline u64 sub_borrow(u64 a, u64 b, Carry borrow_in,
                                             Carry& borrow_out) noexcept {
  const u64 partial = a - b;
  const u64 diff = partial - borrow_in;
  borrow_out = static_cast<Carry>((a < b) | (partial < borrow_in));
  return diff;
}
#endif

/// r = a - b mod 2^256; returns the borrow (1 when a < b). Always inlined: GCC left it a call in
/// the step loop, whose field additions then went through the stack.
[[gnu::always_inline]] inline u64 sub4(Limbs& r, const Limbs& a, const Limbs& b) noexcept {
  Carry borrow = 0;
  r[0] = sub_borrow(a[0], b[0], 0, borrow);
  r[1] = sub_borrow(a[1], b[1], borrow, borrow);
  r[2] = sub_borrow(a[2], b[2], borrow, borrow);
  r[3] = sub_borrow(a[3], b[3], borrow, borrow);
  return borrow;
}

/// a < b as 256-bit numbers (the borrow of a - b).
/// a == b limb by limb: a defaulted std::array comparison calls memcmp for its 32 bytes.
[[gnu::always_inline]] constexpr bool equal(const Limbs& a, const Limbs& b) noexcept {
  return ((a[0] ^ b[0]) | (a[1] ^ b[1]) | (a[2] ^ b[2]) | (a[3] ^ b[3])) == 0;
}

[[gnu::always_inline]] inline bool less(const Limbs& a, const Limbs& b) noexcept {
  Limbs difference;
  return sub4(difference, a, b) != 0;
}

/// r += p & mask (mask is 0 or all ones), mod 2^256, for a prime p whose limbs 1 and 2 are zero.
[[gnu::always_inline]] inline void add_masked(Limbs& r, const Limbs& p, u64 mask) noexcept {
  Carry carry = 0;
  r[0] = add_carry(r[0], p[0] & mask, 0, carry);
  r[1] = add_carry(r[1], 0, carry, carry);
  r[2] = add_carry(r[2], 0, carry, carry);
  r[3] += (p[3] & mask) + carry;
}

}  // namespace cairovm::limbs
