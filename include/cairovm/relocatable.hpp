// Relocatable addresses and memory values (a field element or a relocatable address).
#pragma once

#include "cairovm/export.hpp"

#include <climits>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>

#include "cairovm/felt.hpp"

CAIROVM_API_BEGIN
namespace cairovm {

/// An address in a memory segment: segment >= 0 for real segments, < 0 for temporary ones.
/// Value type (as MaybeRelocatable below): copies are independent; safe on any thread.
struct Relocatable {
  std::int64_t segment = 0;
  std::uint64_t offset = 0;

  friend constexpr bool operator==(const Relocatable&, const Relocatable&) noexcept = default;
  friend constexpr auto operator<=>(const Relocatable&, const Relocatable&) noexcept = default;

  /// "segment:offset", as the reference prints relocatable values.
  std::string to_string() const;
  /// "RelocatableValue(segment_index=1, offset=2)", the reference's repr().
  std::string to_repr() const;
};

/// Offsets beyond this are rejected: the reference bounds relocatable offsets by 2^63.
inline constexpr std::uint64_t kMaxOffset = (std::uint64_t{1} << 63) - 1;

/// A memory value: a field element or a relocatable address, in 32 bytes. A field element is below
/// 2^252, so the top bit of the last limb is free to tag relocatables; a relocatable keeps its
/// offset in limb 0 and its segment in limb 1.
class MaybeRelocatable {
 public:
  static constexpr std::uint64_t kRelocatableTag = std::uint64_t{1} << 63;

  constexpr MaybeRelocatable() noexcept = default;
  constexpr MaybeRelocatable(const Felt& felt) noexcept : words_(felt.limbs()) {}  // NOLINT
  constexpr MaybeRelocatable(const Relocatable& r) noexcept                        // NOLINT
      : words_{r.offset, static_cast<std::uint64_t>(r.segment), 0, kRelocatableTag} {}

  constexpr bool is_relocatable() const noexcept { return (words_[3] & kRelocatableTag) != 0; }
  constexpr bool is_felt() const noexcept { return !is_relocatable(); }
  /// Precondition: is_felt().
  constexpr Felt felt() const noexcept { return Felt::from_canonical_limbs_unchecked(words_); }
  /// Precondition: is_relocatable().
  constexpr Relocatable relocatable() const noexcept {
    return {static_cast<std::int64_t>(words_[1]), words_[0]};
  }

  friend constexpr bool operator==(const MaybeRelocatable& a, const MaybeRelocatable& b) noexcept {
    return limbs::equal(a.words_, b.words_);
  }

  /// Decimal for field elements (canonical, unsigned), "segment:offset" for relocatables: the
  /// reference's str().
  std::string to_string() const;
  /// The reference's repr(): decimal or "RelocatableValue(segment_index=.., offset=..)".
  std::string to_repr() const;

  constexpr const Felt::Limbs& words() const noexcept { return words_; }
  static constexpr MaybeRelocatable from_words(const Felt::Limbs& words) noexcept {
    MaybeRelocatable value;
    value.words_ = words;
    return value;
  }

 private:
  Felt::Limbs words_{};
};

/// The value as a small signed integer when it is within 2^63 of 0 (P - k reads as -k).
[[gnu::always_inline]] inline std::optional<std::int64_t> small_signed(const Felt& value) noexcept {
  const Felt::Limbs& l = value.limbs();
  if ((l[1] | l[2] | l[3]) == 0) {
    if (l[0] <= static_cast<std::uint64_t>(INT64_MAX)) return static_cast<std::int64_t>(l[0]);
    return std::nullopt;
  }
  // P - k for 2 <= k < 2^63: limbs (2^64 + 1 - k, 2^64 - 1, 2^64 - 1, P3 - 1).
  if (l[3] == Felt::kPrimeLimbs[3] - 1 && l[2] == ~std::uint64_t{0} && l[1] == ~std::uint64_t{0} &&
      l[0] >= (std::uint64_t{1} << 63) + 2) {
    return -static_cast<std::int64_t>(~l[0] + 2);  // -(2^64 + 1 - l0)
  }
  if (l[3] == Felt::kPrimeLimbs[3] && (l[0] | l[1] | l[2]) == 0) return -1;  // P - 1
  return std::nullopt;
}

/// Relocatable arithmetic as the reference allows it; the rest throws VmError with the
/// reference's message.
Relocatable add_slow(const Relocatable& address, const Felt& value);
Relocatable add(const Relocatable& address, std::int64_t value);
inline Relocatable add(const Relocatable& address, const Felt& value) {
  // The common cases (small forward or backward moves) stay inline in the step loop.
  if (const auto delta = small_signed(value)) {
    if (*delta >= 0 ? static_cast<std::uint64_t>(*delta) <= kMaxOffset - address.offset
                    : static_cast<std::uint64_t>(-*delta) <= address.offset) {
      return {address.segment, address.offset + static_cast<std::uint64_t>(*delta)};
    }
  }
  return add_slow(address, value);
}
MaybeRelocatable add_mixed(const MaybeRelocatable& a, const MaybeRelocatable& b);
inline MaybeRelocatable add(const MaybeRelocatable& a, const MaybeRelocatable& b) {
  if (a.is_felt() && b.is_felt()) return a.felt() + b.felt();
  return add_mixed(a, b);
}
MaybeRelocatable sub(const MaybeRelocatable& a, const MaybeRelocatable& b);
MaybeRelocatable mul(const MaybeRelocatable& a, const MaybeRelocatable& b);

}  // namespace cairovm
CAIROVM_API_END
