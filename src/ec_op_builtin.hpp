// The ec_op builtin: instances of 7 cells (p.x, p.y, q.x, q.y, m, r.x, r.y) with r = p + m * q on
// the STARK curve, computed the way the builtin's AIR does (so it fails where the AIR would).
#pragma once

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

#include "builtin_runner.hpp"
#include "stark_curve.hpp"

namespace cairovm {

class EcOpBuiltinRunner final : public BuiltinRunner {
 public:
  /// Double-and-add steps: every bit of m (below 2^252) and then some; scalar_height in the
  /// reference's layouts.
  static constexpr int kScalarHeight = 256;

  explicit EcOpBuiltinRunner(bool included) : BuiltinRunner("ec_op", included, 7, 5) {}

  std::optional<MaybeRelocatable> deduce(const Memory& memory, Relocatable address) const override;
  Traits traits() const override { return {.deduces = true, .check = Traits::Check::kNothing}; }

  /// p + m * q for points on the curve, by kScalarHeight double-and-add steps. Throws the
  /// reference's VmError when a step meets two points with the same x coordinate.
  static stark_curve::FeltPoint ec_op(const stark_curve::FeltPoint& p,
                                      const stark_curve::FeltPoint& q, const Felt& m);

 private:
  /// ec_op() for an instance: with q's doublings taken from chain_ when q is the last instance's.
  stark_curve::FeltPoint ec_op_of_instance(const stark_curve::FeltPoint& p,
                                           const stark_curve::FeltPoint& q, const Felt& m) const;

  // The doublings of the last q, 2^i * q for i < kScalarHeight: programs often multiply one base
  // point, whose doublings were most of each ec_op. Kept as the double-and-add computed them,
  // and in affine form once q comes again (the additions then take the cheaper mixed form).
  struct DoublingChain {
    stark_curve::FeltPoint q;
    std::vector<stark_curve::AirPoint> points;
    std::vector<stark_curve::AffinePoint> affine;  // empty until q repeats
  };
  mutable std::optional<DoublingChain> chain_;
  // Results already computed, by instance (the reference caches them by address).
  mutable std::unordered_map<std::uint64_t, stark_curve::FeltPoint> cache_;
};

}  // namespace cairovm
