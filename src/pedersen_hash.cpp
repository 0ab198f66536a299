#include "pedersen_hash.hpp"

#include <array>
#include <cstdint>
#include <vector>

#include "stark_curve.hpp"

namespace cairovm {

namespace {

using stark_curve::AffinePoint;
using stark_curve::JacobianPoint;

// Each element is split into bytes: its low 248 bits are 31 byte-sized windows over P0 (or P2),
// its top 4 bits one window over P1 (or P3). The table holds k * 256^j * P for every window and
// k in 1..255 in affine form, so a hash is at most 64 mixed additions and one inversion.
constexpr int kLowWindows = 31;
constexpr int kWindowSize = 255;
// Windows in table order: P0's 31, P1's one, P2's 31, P3's one.
constexpr int kWindows = 2 * (kLowWindows + 1);
constexpr int kFirstP0 = 0;
constexpr int kP1 = kLowWindows;
constexpr int kFirstP2 = kLowWindows + 1;
constexpr int kP3 = kWindows - 1;

// The base point of every window: 256^j * P for window j of P.
std::vector<AffinePoint> window_bases() {
  std::vector<AffinePoint> bases;
  bases.reserve(kWindows);
  const auto add_windows = [&](const stark_curve::FeltPoint& point, int count) {
    AffinePoint base = AffinePoint::from(point);
    for (int j = 0; j < count; ++j) {
      bases.push_back(base);
      JacobianPoint next = JacobianPoint::from(base);
      for (int d = 0; d < 8; ++d) next = stark_curve::dbl(next);
      // Finite: 256^(j+1) <= 2^248 is below the (prime) group order.
      base = *stark_curve::to_affine(next);
    }
  };
  add_windows(stark_curve::kPedersenP0, kLowWindows);
  add_windows(stark_curve::kPedersenP1, 1);
  add_windows(stark_curve::kPedersenP2, kLowWindows);
  add_windows(stark_curve::kPedersenP3, 1);
  return bases;
}

// Entry [j * 255 + k - 1] is k * base_j. Built row by row in affine coordinates, all windows at
// once, so that each row needs a single inversion: k * B + B for k >= 2 (never +-B, as
// 0 < k +- 1 < the prime group order) and 2 * B for the first step.
std::vector<AffinePoint> build_table() {
  const std::vector<AffinePoint> bases = window_bases();
  std::vector<AffinePoint> table(static_cast<std::size_t>(kWindows) * kWindowSize);
  const auto at = [&](int j, int k) -> AffinePoint& { return table[j * kWindowSize + k - 1]; };
  std::vector<MontFelt> denominators(kWindows);
  for (int j = 0; j < kWindows; ++j) at(j, 1) = bases[j];
  for (int k = 1; k < kWindowSize; ++k) {
    for (int j = 0; j < kWindows; ++j) {
      const AffinePoint& p = at(j, k);
      denominators[j] = k == 1 ? p.y.doubled() : p.x - bases[j].x;
    }
    stark_curve::batch_invert(denominators);
    for (int j = 0; j < kWindows; ++j) {
      const AffinePoint& p = at(j, k);
      const AffinePoint& b = bases[j];
      // Slope of the tangent (doubling; alpha = 1) or of the chord through p and b.
      const MontFelt slope =
          k == 1 ? (p.x.square().doubled() + p.x.square() + MontFelt::one()) * denominators[j]
                 : (p.y - b.y) * denominators[j];
      const MontFelt x = slope.square() - p.x - b.x;
      at(j, k + 1) = {x, slope * (p.x - x) - p.y};
    }
  }
  return table;
}

struct Tables {
  std::vector<AffinePoint> multiples = build_table();
  AffinePoint shift = AffinePoint::from(stark_curve::kShiftPoint);
};

const Tables& tables() {
  static const Tables instance;
  return instance;
}

JacobianPoint add_element(JacobianPoint acc, const Felt& value, const Tables& t, int first_low,
                          int high) {
  const std::array<std::uint8_t, 32> bytes = value.to_le_bytes();
  for (int w = 0; w < kLowWindows; ++w) {
    if (bytes[w] != 0) {
      acc = stark_curve::add(acc, t.multiples[(first_low + w) * kWindowSize + bytes[w] - 1]);
    }
  }
  // value < P < 2^252: the top byte is the 4-bit high part.
  if (bytes[31] != 0) acc = stark_curve::add(acc, t.multiples[high * kWindowSize + bytes[31] - 1]);
  return acc;
}

}  // namespace

Felt pedersen_hash(const Felt& x, const Felt& y) noexcept {
  const Tables& t = tables();
  JacobianPoint acc = JacobianPoint::from(t.shift);
  acc = add_element(acc, x, t, kFirstP0, kP1);
  acc = add_element(acc, y, t, kFirstP2, kP3);
  // The sum is at infinity only for inputs that encode a discrete logarithm between the
  // constant points, which nobody knows; 0 stands in for its missing x coordinate.
  const auto affine = stark_curve::to_affine(acc);
  return affine ? affine->x.to_felt() : Felt::zero();
}

}  // namespace cairovm
