// Field elements of the Cairo field: integers modulo
// P = 2^251 + 17 * 2^192 + 1, stored canonically (0 <= value < P) on four
// 64-bit little-endian limbs. No heap allocation anywhere.
#pragma once

#include "cairovm/export.hpp"

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "cairovm/felt_limbs.hpp"

CAIROVM_API_BEGIN
namespace cairovm {

/// A field element of the Cairo field, kept canonical (0 <= value < P). A 32-byte value type with
/// no heap: copies are independent, and const operations may run on any number of threads.
/// Arithmetic is modulo P; division by zero and parsing errors give nullopt, not exceptions.
class Felt {
 public:
  using Limbs = std::array<std::uint64_t, 4>;  // little-endian: limbs[0] is least significant

  /// The prime P, as limbs.
  static constexpr Limbs kPrimeLimbs = {1, 0, 0, 0x0800000000000011ULL};

  constexpr Felt() noexcept = default;
  constexpr explicit Felt(std::uint64_t value) noexcept : limbs_{value, 0, 0, 0} {}

  /// Reduces a signed value into the field (-1 becomes P - 1).
  static Felt from_int64(std::int64_t value) noexcept;
  /// Limbs that must already be canonical (< P); returns nullopt otherwise.
  static std::optional<Felt> from_canonical_limbs(const Limbs& limbs) noexcept;
  /// Any 256-bit value, reduced modulo P.
  static Felt from_limbs_reduced(const Limbs& limbs) noexcept;
  /// 32 little-endian bytes, reduced modulo P.
  static Felt from_le_bytes(std::span<const std::uint8_t, 32> bytes) noexcept;
  /// Parses decimal ("123", "-5") or hexadecimal ("0x7b", "-0x5") text of any length, reduced
  /// modulo P as Python's `int(text) % P` would. Returns nullopt on malformed text.
  static std::optional<Felt> parse(std::string_view text) noexcept;

  /// Wraps limbs the caller guarantees to be canonical (< P); no check.
  static constexpr Felt from_canonical_limbs_unchecked(const Limbs& limbs) noexcept {
    return Felt{limbs, 0};
  }

  static constexpr Felt zero() noexcept { return Felt{}; }
  static constexpr Felt one() noexcept { return Felt{1}; }
  static Felt prime_minus_one() noexcept;

  constexpr const Limbs& limbs() const noexcept { return limbs_; }
  constexpr bool is_zero() const noexcept {
    return (limbs_[0] | limbs_[1] | limbs_[2] | limbs_[3]) == 0;
  }
  /// The value when it fits in 64 bits.
  std::optional<std::uint64_t> to_u64() const noexcept {
    if (limbs_[1] | limbs_[2] | limbs_[3]) return std::nullopt;
    return limbs_[0];
  }
  /// Number of significant bits of the canonical value (0 for zero).
  unsigned bit_length() const noexcept;
  /// The canonical value divided by a one-word `divisor` (not zero): quotient and remainder.
  std::pair<Felt, std::uint64_t> divmod_word(std::uint64_t divisor) const noexcept;

  // Addition and subtraction are inline: the step loop adds on every other instruction.
  [[gnu::always_inline]] friend Felt operator+(const Felt& a, const Felt& b) noexcept {
    limbs::Limbs sum;
    limbs::Carry c = 0;
    sum[0] = limbs::add_carry(a.limbs_[0], b.limbs_[0], 0, c);
    sum[1] = limbs::add_carry(a.limbs_[1], b.limbs_[1], c, c);
    sum[2] = limbs::add_carry(a.limbs_[2], b.limbs_[2], c, c);
    sum[3] = a.limbs_[3] + b.limbs_[3] + c;  // < 2^253: no carry out
    limbs::Limbs reduced;
    const std::uint64_t borrow = limbs::sub4(reduced, sum, kPrimeLimbs);
    // Keep the sum when subtracting P borrowed (sum < P). Spelled out per limb so that GCC
    // emits conditional moves instead of a vector blend through the stack.
    const bool keep_sum = borrow != 0;
    reduced[0] = keep_sum ? sum[0] : reduced[0];
    reduced[1] = keep_sum ? sum[1] : reduced[1];
    reduced[2] = keep_sum ? sum[2] : reduced[2];
    reduced[3] = keep_sum ? sum[3] : reduced[3];
    return Felt{reduced, 0};
  }
  [[gnu::always_inline]] friend Felt operator-(const Felt& a, const Felt& b) noexcept {
    limbs::Limbs diff;
    const std::uint64_t borrow = limbs::sub4(diff, a.limbs_, b.limbs_);
    limbs::add_masked(diff, kPrimeLimbs, std::uint64_t{0} - borrow);
    return Felt{diff, 0};
  }
  [[gnu::always_inline]] friend Felt operator*(const Felt& a, const Felt& b) noexcept {
    // Two values below 2^64 (counters, sizes, small constants): the product is below 2^128 < P,
    // exact without reduction, in one multiplication instead of a 256-bit product.
    if ((a.limbs_[1] | a.limbs_[2] | a.limbs_[3] | b.limbs_[1] | b.limbs_[2] | b.limbs_[3]) == 0) {
      const unsigned __int128 product = static_cast<unsigned __int128>(a.limbs_[0]) * b.limbs_[0];
      return Felt{Limbs{static_cast<std::uint64_t>(product),
                        static_cast<std::uint64_t>(product >> 64), 0, 0},
                  0};
    }
    return multiply(a, b);
  }
  Felt operator-() const noexcept { return Felt{} - *this; }
  Felt& operator+=(const Felt& other) noexcept { return *this = *this + other; }
  Felt& operator-=(const Felt& other) noexcept { return *this = *this - other; }
  Felt& operator*=(const Felt& other) noexcept { return *this = *this * other; }

  /// Multiplicative inverse; nullopt for zero.
  std::optional<Felt> inverse() const noexcept;
  /// this / divisor in the field; nullopt when divisor is zero.
  std::optional<Felt> divide(const Felt& divisor) const noexcept;
  /// this^exponent, exponent taken as a plain 256-bit integer.
  Felt pow(const Felt& exponent) const noexcept;
  Felt pow(std::uint64_t exponent) const noexcept { return pow(Felt{exponent}); }

  /// Compares the canonical integer values.
  friend constexpr bool operator==(const Felt& a, const Felt& b) noexcept {
    return limbs::equal(a.limbs_, b.limbs_);
  }
  friend std::strong_ordering operator<=>(const Felt& a, const Felt& b) noexcept;

  /// Decimal text of the canonical value.
  std::string to_dec_string() const;
  /// Lowercase hexadecimal with "0x" and no leading zeros ("0x0" for zero).
  std::string to_hex_string() const;
  /// Decimal in the signed representation: values above (P - 1) / 2 print as value - P.
  std::string to_signed_dec_string() const;
  /// True when the value is above (P - 1) / 2, i.e. it prints as negative.
  bool is_negative_signed() const noexcept;

  std::array<std::uint8_t, 32> to_le_bytes() const noexcept;

 private:
  constexpr explicit Felt(const Limbs& limbs, int /*tag*/) noexcept : limbs_(limbs) {}
  static Felt multiply(const Felt& a, const Felt& b) noexcept;
  Limbs limbs_{};
};

}  // namespace cairovm
CAIROVM_API_END
