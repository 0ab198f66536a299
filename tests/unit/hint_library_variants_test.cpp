// Hint strings of libraries built on cairo_secp (ed25519's field, points named pt, pt0, pt1),
// uint384 and older cairo-lang versions: each resolves to a native implementation, and the
// distinct ones to distinct functions. Their behaviour is checked against cairo-run by
// cairo_programs/native_ed25519_secp_variants.cairo and native_library_hint_variants.cairo.
#include <gtest/gtest.h>

#include <set>
#include <string_view>
#include <vector>

#include "native_hints.hpp"

namespace cairovm {
namespace {

const std::vector<std::string_view>& library_variants() {
  static const std::vector<std::string_view> codes = {
      R"PY(from starkware.cairo.common.cairo_secp.secp_utils import pack
SECP_P=2**255-19

value = pack(ids.x, PRIME) % SECP_P)PY",
      R"PY(from starkware.cairo.common.cairo_secp.secp_utils import pack
SECP_P=2**255-19

x = pack(ids.x, PRIME) % SECP_P)PY",
      R"PY(SECP_P=2**255-19
from starkware.python.math_utils import div_mod

value = x_inv = div_mod(1, x, SECP_P))PY",
      R"PY(from starkware.cairo.common.cairo_secp.secp_utils import pack
SECP_P = 2**255-19
to_assert = pack(ids.val, PRIME)
q, r = divmod(pack(ids.val, PRIME), SECP_P)
assert r == 0, f"verify_zero: Invalid input {ids.val.d0, ids.val.d1, ids.val.d2}."
ids.q = q % PRIME)PY",
      R"PY(from starkware.cairo.common.cairo_secp.secp_utils import pack
SECP_P = 2**255-19

y = pack(ids.point.y, PRIME) % SECP_P
# The modulo operation in python always returns a nonnegative number.
value = (-y) % SECP_P)PY",
      R"PY(from starkware.cairo.common.cairo_secp.secp_utils import pack
SECP_P = 2**255-19

slope = pack(ids.slope, PRIME)
x = pack(ids.point.x, PRIME)
y = pack(ids.point.y, PRIME)

value = new_x = (pow(slope, 2, SECP_P) - 2 * x) % SECP_P)PY",
      R"PY(from starkware.cairo.common.cairo_secp.secp_utils import pack
SECP_P = 2**255-19

slope = pack(ids.slope, PRIME)
x0 = pack(ids.point0.x, PRIME)
x1 = pack(ids.point1.x, PRIME)
y0 = pack(ids.point0.y, PRIME)

value = new_x = (pow(slope, 2, SECP_P) - x0 - x1) % SECP_P)PY",
      R"PY(from starkware.python.math_utils import line_slope
from starkware.cairo.common.cairo_secp.secp_utils import pack
SECP_P = 2**255-19
# Compute the slope.
x0 = pack(ids.point0.x, PRIME)
y0 = pack(ids.point0.y, PRIME)
x1 = pack(ids.point1.x, PRIME)
y1 = pack(ids.point1.y, PRIME)
value = slope = line_slope(point1=(x0, y0), point2=(x1, y1), p=SECP_P))PY",
      R"PY(from starkware.python.math_utils import ec_double_slope
from starkware.cairo.common.cairo_secp.secp_utils import pack
SECP_P = 2**255-19

# Compute the slope.
x = pack(ids.point.x, PRIME)
y = pack(ids.point.y, PRIME)
value = slope = ec_double_slope(point=(x, y), alpha=42204101795669822316448953119945047945709099015225996174933988943478124189485, p=SECP_P))PY",
      R"PY(from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack
from starkware.python.math_utils import div_mod

# Compute the slope.
x = pack(ids.pt.x, PRIME)
y = pack(ids.pt.y, PRIME)
value = slope = div_mod(3 * x ** 2, 2 * y, SECP_P))PY",
      R"PY(from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack
from starkware.python.math_utils import div_mod

# Compute the slope.
x0 = pack(ids.pt0.x, PRIME)
y0 = pack(ids.pt0.y, PRIME)
x1 = pack(ids.pt1.x, PRIME)
y1 = pack(ids.pt1.y, PRIME)
value = slope = div_mod(y0 - y1, x0 - x1, SECP_P))PY",
      R"PY(from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack

slope = pack(ids.slope, PRIME)
x = pack(ids.pt.x, PRIME)
y = pack(ids.pt.y, PRIME)

value = new_x = (pow(slope, 2, SECP_P) - 2 * x) % SECP_P)PY",
      R"PY(from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack

slope = pack(ids.slope, PRIME)
x0 = pack(ids.pt0.x, PRIME)
x1 = pack(ids.pt1.x, PRIME)
y0 = pack(ids.pt0.y, PRIME)

value = new_x = (pow(slope, 2, SECP_P) - x0 - x1) % SECP_P)PY",
      R"PY(from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_ALPHA, SECP256R1_P
from starkware.cairo.common.cairo_secp.secp_utils import pack
from starkware.python.math_utils import ec_double_slope

# Compute the slope.
x = pack(ids.point.x, SECP256R1_P)
y = pack(ids.point.y, SECP256R1_P)
value = slope = ec_double_slope(point=(x, y), alpha=SECP256R1_ALPHA, p=SECP256R1_P))PY",
      R"PY(ids.full_word = int(ids.n_bytes >= 8))PY",
      R"PY(from starkware.cairo.common.math_utils import assert_integer
assert_integer(ids.a)
assert_integer(ids.b)
assert (ids.a % PRIME) <= (ids.b % PRIME), \
    f'a = {ids.a % PRIME} is not less than or equal to b = {ids.b % PRIME}.')PY",
      R"PY(x = ids.x
ids.bit_length = x.bit_length())PY",
      R"PY(ids.a_lsb = ids.a & 1
ids.b_lsb = ids.b & 1)PY",
      R"PY(ids.low = ids.a & ((1<<128) - 1)
ids.high = ids.a >> 128)PY",
      R"PY(ids.output1_low = ids.output1 & ((1 << 128) - 1)
ids.output1_high = ids.output1 >> 128)PY",
      R"PY(memory[ap] = 1 if 0 <= (ids.a.d2 % PRIME) < 2 ** 127 else 0)PY",
      R"PY(memory[ap] = to_felt_or_relocatable(ids.n >= 2))PY",
      R"PY(memory[ap] = to_felt_or_relocatable(ids.n >= 10))PY",
      R"PY(ids.temporary_array = segments.add_temp_segment())PY",
      R"PY(sum_d0 = ids.a.d0 + ids.b.d0
ids.carry_d0 = 1 if sum_d0 >= ids.SHIFT else 0
sum_d1 = ids.a.d1 + ids.b.d1 + ids.carry_d0
ids.carry_d1 = 1 if sum_d1 >= ids.SHIFT else 0
sum_d2 = ids.a.d2 + ids.b.d2 + ids.carry_d1
ids.carry_d2 = 1 if sum_d2 >= ids.SHIFT else 0)PY",
  };
  return codes;
}

TEST(LibraryHintVariants, EveryStringIsNative) {
  EXPECT_EQ(library_variants().size(), 25U);
  for (std::string_view code : library_variants()) {
    EXPECT_NE(find_native_hint(code), nullptr) << code;
  }
}

TEST(LibraryHintVariants, DistinctStringsHaveTheirOwnFunction) {
  std::set<NativeHintFn> functions;
  for (std::string_view code : library_variants()) functions.insert(find_native_hint(code));
  EXPECT_EQ(functions.size(), library_variants().size());
}

}  // namespace
}  // namespace cairovm
