#include "ec_op_builtin.hpp"

#include <gtest/gtest.h>

#include "builtin_test_util.hpp"

namespace cairovm {
namespace {

using stark_curve::FeltPoint;
using testing::felt;
using testing::vm_error_message;

// 2 * generator, from starkware.python.math_utils.ec_double.
const FeltPoint kTwoG = {felt("0x759ca09377679ecd535a81e83039658bf40959283187c654c5416f439403cf5"),
                         felt("0x6f524a3400e7708d5c01a28598ad272e7455aa88778b19f93b562d7a9646c41")};
constexpr const char* kGText =
    "(874739451078007766457464989774322083649278607533249481151382481072868806602, "
    "152666792071518830868575557812948353041420400780739481342941381225525861407)";

// Expected values from ec_op_builtin_runner.ec_op_impl (cairo-lang 0.14.0.1).
TEST(EcOpTest, KnownAnswers) {
  const FeltPoint& g = stark_curve::kGenerator;
  const FeltPoint& s = stark_curve::kShiftPoint;
  FeltPoint r = EcOpBuiltinRunner::ec_op(g, s, Felt{3});
  EXPECT_EQ(r.x, felt("0x18438a2d8c4ebd9de95d179c3c1199f06faf53f314a619e2c9794abce9ffa23"));
  EXPECT_EQ(r.y, felt("0xdb5d72800e345bfb41ef0d3b78acd7ae2c93ea4971bdaeacc4d941d73cad38"));
  r = EcOpBuiltinRunner::ec_op(s, g, Felt::prime_minus_one());
  EXPECT_EQ(r.x, felt("0x1e5fddaa97b12ddde1db346bbdc5fbb9c1a5a7c897bd5db74b9b096f21fa914"));
  EXPECT_EQ(r.y, felt("0x16673e7429d1c2f2b9be1a6cd7a5bb1565ee8db3300e23934ee73103fb6351b"));
  r = EcOpBuiltinRunner::ec_op(s, g, Felt{0});
  EXPECT_EQ(r.x, s.x);
  EXPECT_EQ(r.y, s.y);
  r = EcOpBuiltinRunner::ec_op(kTwoG, g, Felt{1});
  EXPECT_EQ(r.x,
            felt("1839793652349538280924927302501143912227271479439798783640887258675143576352"));
  EXPECT_EQ(r.y,
            felt("3564972295958783757568195431080951091358810058262272733141798511604612925062"));
}

TEST(EcOpTest, SameXCoordinate) {
  const FeltPoint& g = stark_curve::kGenerator;
  EXPECT_EQ(vm_error_message([&] { EcOpBuiltinRunner::ec_op(g, g, Felt{5}); }),
            std::string("Cannot apply EC operation: computation reached two points with the same "
                        "x coordinate.\nAttempting to compute P + m * Q where:\nP = ") +
                kGText + "\nm = 5\nQ = " + kGText + ".");
  // Second step: 2G + 0 * G meets the doubled point 2G.
  EXPECT_EQ(vm_error_message([&] { EcOpBuiltinRunner::ec_op(kTwoG, g, Felt{0}); }),
            std::string("Cannot apply EC operation: computation reached two points with the same "
                        "x coordinate.\nAttempting to compute P + m * Q where:\nP = "
                        "(3324833730090626974525872402899302150520188025637965566623476530814354734"
                        "325, 31470074864560309106619964399956702793058525835962096479009527521709"
                        "83517249)\nm = 0\nQ = ") +
                kGText + ".");
}

void write_instance(Memory& memory, std::uint64_t first, const FeltPoint& p, const FeltPoint& q,
                    const Felt& m) {
  memory.insert({1, first}, p.x);
  memory.insert({1, first + 1}, p.y);
  memory.insert({1, first + 2}, q.x);
  memory.insert({1, first + 3}, q.y);
  memory.insert({1, first + 4}, m);
}

TEST(EcOpBuiltinTest, DeducesTheResult) {
  EcOpBuiltinRunner ec_op(true);
  testing::BuiltinFixture f(ec_op);
  write_instance(f.memory, 7, kTwoG, stark_curve::kGenerator, Felt{1});
  EXPECT_EQ(f.memory.deduce({1, 13})->felt(),
            felt("3564972295958783757568195431080951091358810058262272733141798511604612925062"));
  EXPECT_EQ(f.memory.deduce({1, 12})->felt(),
            felt("1839793652349538280924927302501143912227271479439798783640887258675143576352"));
  EXPECT_FALSE(f.memory.deduce({1, 11}).has_value());  // m, an input
}

TEST(EcOpBuiltinTest, InstancesSharingQAgreeWithTheDirectComputation) {
  // One q for every instance: the second instance on takes q's doublings from the chain kept
  // (in affine form), and must give what a fresh computation gives, failures included.
  EcOpBuiltinRunner ec_op(true);
  testing::BuiltinFixture f(ec_op);
  const FeltPoint& g = stark_curve::kGenerator;
  const FeltPoint& s = stark_curve::kShiftPoint;
  const struct {
    FeltPoint p;
    Felt m;
  } cases[] = {{s, Felt{3}},
               {s, Felt::prime_minus_one()},
               {kTwoG, Felt{1}},
               {s, Felt{0}},
               {kTwoG, Felt{0x1234567}}};
  std::uint64_t first = 0;
  for (const auto& c : cases) {
    write_instance(f.memory, first, c.p, g, c.m);
    const FeltPoint expected = EcOpBuiltinRunner::ec_op(c.p, g, c.m);
    EXPECT_EQ(f.memory.deduce({1, first + 5})->felt(), expected.x);
    EXPECT_EQ(f.memory.deduce({1, first + 6})->felt(), expected.y);
    first += 7;
  }
  // 2G + 0 * G meets the doubled point 2G at the second step, through the kept chain too.
  write_instance(f.memory, first, kTwoG, g, Felt{0});
  const std::string message = vm_error_message([&] { (void)f.memory.deduce({1, first + 5}); });
  EXPECT_EQ(message, vm_error_message([&] { EcOpBuiltinRunner::ec_op(kTwoG, g, Felt{0}); }));
  EXPECT_NE(message.find("same x coordinate"), std::string::npos);
}

TEST(EcOpBuiltinTest, PointNotOnCurve) {
  EcOpBuiltinRunner ec_op(true);
  testing::BuiltinFixture f(ec_op);
  write_instance(f.memory, 0, stark_curve::kGenerator, {Felt{1}, Felt{2}}, Felt{1});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 5});
            }),
            "ec_op builtin: point (1, 2) is not on the curve.");
}

TEST(EcOpBuiltinTest, RelocatableInput) {
  EcOpBuiltinRunner ec_op(true);
  testing::BuiltinFixture f(ec_op);
  f.memory.insert({1, 0}, Felt{1});
  f.memory.insert({1, 1}, Felt{1});
  f.memory.insert({1, 2}, Relocatable{0, 1});
  f.memory.insert({1, 3}, Felt{1});
  f.memory.insert({1, 4}, Felt{1});
  EXPECT_EQ(vm_error_message([&] {
              f.memory.deduce({1, 6});
            }),
            "ec_op builtin: Expected integer at address 1:2.Got: 0:1.");
}

}  // namespace
}  // namespace cairovm
