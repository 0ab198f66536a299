#include "ec_op_builtin.hpp"

#include <vector>

#include "cairovm/errors.hpp"

namespace cairovm {

namespace {

using stark_curve::FeltPoint;

std::string point_text(const FeltPoint& p) {
  return "(" + p.x.to_dec_string() + ", " + p.y.to_dec_string() + ")";
}

bool bit(const Felt& value, int i) {
  return ((value.limbs()[i / 64] >> (i % 64)) & 1) != 0;
}

[[noreturn]] void throw_same_x(const FeltPoint& p, const FeltPoint& q, const Felt& m) {
  throw VmError(
      "Cannot apply EC operation: computation reached two points with the same x "
      "coordinate.\nAttempting to compute P + m * Q where:\nP = " +
      point_text(p) + "\nm = " + m.to_dec_string() + "\nQ = " + point_text(q) + ".");
}

// p + m * q with q's doublings given (AirPoint or AffinePoint: the same points, and the same
// failures, as an x comparison of either form compares the affine x coordinates).
template <typename Point>
FeltPoint add_multiple(const FeltPoint& p, const FeltPoint& q, const Felt& m,
                       const std::vector<Point>& doublings) {
  using stark_curve::AirPoint;
  AirPoint partial_sum = AirPoint::from(stark_curve::AffinePoint::from(p));
  for (int i = 0; i < EcOpBuiltinRunner::kScalarHeight; ++i) {
    // The AIR adds with the affine formula at every step, used or not: equal x coordinates make
    // it fail even after the last bit of m.
    if (!stark_curve::air_add_step(partial_sum, doublings[i], i < 252 && bit(m, i))) {
      throw_same_x(p, q, m);
    }
  }
  // Finite: the sums above never met opposite points (same x).
  return *stark_curve::to_felt_point(partial_sum.jacobian());
}

std::vector<stark_curve::AirPoint> doublings_of(const FeltPoint& q) {
  return stark_curve::doubling_chain(stark_curve::AirPoint::from(stark_curve::AffinePoint::from(q)),
                                     EcOpBuiltinRunner::kScalarHeight);
}

}  // namespace

FeltPoint EcOpBuiltinRunner::ec_op(const FeltPoint& p, const FeltPoint& q, const Felt& m) {
  return add_multiple(p, q, m, doublings_of(q));
}

FeltPoint EcOpBuiltinRunner::ec_op_of_instance(const FeltPoint& p, const FeltPoint& q,
                                               const Felt& m) const {
  if (!chain_ || chain_->q.x != q.x || chain_->q.y != q.y) {
    chain_ = DoublingChain{q, doublings_of(q), {}};
    return add_multiple(p, q, m, chain_->points);
  }
  if (chain_->affine.empty()) chain_->affine = stark_curve::to_affine(chain_->points);
  return add_multiple(p, q, m, chain_->affine);
}

std::optional<MaybeRelocatable> EcOpBuiltinRunner::deduce(const Memory& memory,
                                                          Relocatable address) const {
  const std::uint64_t index = address.offset % cells_per_instance_;
  if (index < n_input_cells_) return std::nullopt;
  const std::uint64_t instance = address.offset / cells_per_instance_;
  const auto pick = [&](const FeltPoint& r) { return index == 5 ? r.x : r.y; };
  if (const auto it = cache_.find(instance); it != cache_.end()) return pick(it->second);
  const Relocatable first{address.segment, address.offset - index};
  if (!inputs_known(memory, first)) return std::nullopt;
  std::array<Felt, 5> in;
  for (std::uint64_t i = 0; i < n_input_cells_; ++i) {
    const Relocatable cell{first.segment, first.offset + i};
    const MaybeRelocatable value = *memory.get(cell);
    if (value.is_relocatable()) {
      // Sic: no space after the first period, as in the reference.
      throw VmError("ec_op builtin: Expected integer at address " + cell.to_string() +
                    ".Got: " + value.to_string() + ".");
    }
    in[i] = value.felt();
  }
  // The reference also asserts m < scalar_limit, but the limit is P: every field element passes.
  const FeltPoint p{in[0], in[1]};
  const FeltPoint q{in[2], in[3]};
  for (const FeltPoint& point : {p, q}) {
    if (!stark_curve::on_curve(point.x, point.y)) {
      throw VmError("ec_op builtin: point " + point_text(point) + " is not on the curve.");
    }
  }
  const auto& result = cache_.emplace(instance, ec_op_of_instance(p, q, in[4])).first->second;
  return pick(result);
}

}  // namespace cairovm
