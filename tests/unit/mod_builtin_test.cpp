// add_mod and mul_mod: the arithmetic of fill_memory against values the reference's Python
// computes (ModBuiltinRunner.calc_operand and InstanceData.fill_value, cairo-lang 0.14.0.1,
// printed by the snippet in tools/gen_mod_vectors.py), the filling of a circuit, and the
// secure-run checks with the reference's messages.
#include <gtest/gtest.h>

#include "builtin_test_util.hpp"
#include "cairovm/layout.hpp"
#include "mod_builtin.hpp"

namespace cairovm {
namespace {

using testing::felt;
using Fill = ModBuiltinRunner::FillResult;

// Numbers compare as decimal text: gtest would print mpz_class with the operator<< of libgmpxx,
// which we do not link.
std::string str(const mpz_class& value) {
  return value.get_str();
}
std::string str_opt(const std::optional<mpz_class>& value) {
  return value ? value->get_str() : "None";
}

// The BLS12-381 base field prime.
const mpz_class kQ(
    "4002409555221667393417789825735904156556882819939007885332058136124031650490837864442687629129"
    "015664037894272559787");

ModBuiltinRunner runner(ModBuiltinRunner::Op op) {
  const Layout layout = *find_layout("all_cairo");
  return ModBuiltinRunner(
      op, true, *layout.builtin(op == ModBuiltinRunner::Op::kAdd ? "add_mod" : "mul_mod"));
}

struct OperandCase {
  mpz_class known, res, p;
  Fill result;
  mpz_class value;
};

TEST(ModBuiltinTest, AddModOperandAsTheReference) {
  const auto add = runner(ModBuiltinRunner::Op::kAdd);
  const OperandCase cases[] = {
      {5, 3, 7, Fill::kSuccess, 5},       {3, 5, 7, Fill::kSuccess, 2},
      {kQ - 1, 2, kQ, Fill::kSuccess, 3}, {10, 10, 17, Fill::kSuccess, 0},
      {0, 0, 1, Fill::kSuccess, 0},
  };
  for (const auto& c : cases) {
    const auto [result, value] = add.calc_operand(c.known, c.res, c.p);
    EXPECT_EQ(result, c.result);
    EXPECT_EQ(str(value), str(c.value)) << c.known.get_str();
  }
  EXPECT_EQ(testing::vm_error_message([&] { (void)add.calc_operand(20, 3, 7); }),
            "add_mod builtin: addend greater than sum + p: 20 > 3 + 7.");
}

TEST(ModBuiltinTest, MulModOperandAsTheReference) {
  const auto mul = runner(ModBuiltinRunner::Op::kMul);
  const OperandCase cases[] = {
      {3, 1, 7, Fill::kSuccess, 5},
      {6, 4, 7, Fill::kSuccess, 3},
      {kQ - 2, 5, kQ, Fill::kSuccess,
       mpz_class("2001204777610833696708894912867952078278441409969503942666029068062015825245418"
                 "932221343814564507832018947136279891")},
      {12345, kQ - 1, kQ, Fill::kSuccess,
       mpz_class("3602979132213721323860016065889275244375588398378468580777250876204646717853761"
                 "133053996567234568738311309765164594")},
      {6, 3, 9, Fill::kZeroDivisor, 3},
      {4, 0, 8, Fill::kZeroDivisor, 2},
      {7, 100, 13, Fill::kSuccess, 18},  // res above p: the least x with 7x >= 100
      {mpz_class(1) << 300, 5, kQ, Fill::kSuccess,
       mpz_class("7450013021259234052442141264158815752827283666670023225702307705055023947319961"
                 "53782853197677882925988521104775171")},
  };
  for (const auto& c : cases) {
    const auto [result, value] = mul.calc_operand(c.known, c.res, c.p);
    EXPECT_EQ(result, c.result);
    EXPECT_EQ(str(value), str(c.value)) << c.known.get_str();
  }
}

TEST(ModBuiltinTest, ResultValueAsTheReference) {
  const auto add = runner(ModBuiltinRunner::Op::kAdd);
  const auto mul = runner(ModBuiltinRunner::Op::kMul);
  const mpz_class lim = (mpz_class(1) << 384) - 1;
  EXPECT_EQ(str(add.result_value(kQ - 1, kQ - 1, kQ)), str(kQ - 2));
  EXPECT_EQ(
      str(add.result_value(lim, 5, kQ)),
      str(mpz_class("3539959664117281181886125027440770964852285645052643878261623526812169012100"
                    "6372746971578625755899976768733717747033")));
  EXPECT_EQ(str(add.result_value(3, 4, 0)), "7");
  EXPECT_EQ(str(mul.result_value(5, 6, kQ)), "30");
  EXPECT_EQ(testing::vm_error_message([&] { (void)mul.result_value(lim, lim, 1); }),
            "mul_mod builtin: Expected a <built-in function mul> b - " + lim.get_str() +
                " * p <= " + lim.get_str() + ". Got: values=[" + lim.get_str() + ", " +
                lim.get_str() + ", None], p=1.");
}

// A memory with the two builtins' segments (1: add_mod, 2: mul_mod), a values table (3) and an
// offsets table (4).
struct Circuit {
  Memory memory;
  ModBuiltinRunner add_mod = runner(ModBuiltinRunner::Op::kAdd);
  ModBuiltinRunner mul_mod = runner(ModBuiltinRunner::Op::kMul);
  Relocatable values, add_offsets, mul_offsets;

  Circuit() {
    (void)memory.add_segment();
    add_mod.initialize_segments(memory);
    mul_mod.initialize_segments(memory);
    values = memory.add_segment();
    add_offsets = memory.add_segment();
    mul_offsets = add(add_offsets, std::int64_t{30});
  }
  void set_value(std::uint64_t index, const mpz_class& value) {
    add_mod.write_value(memory, add(values, Felt{4 * index}), value);
  }
  std::optional<mpz_class> value(std::uint64_t index) const {
    return add_mod.read_value(memory, add(values, Felt{4 * index}));
  }
  void set_offsets(Relocatable table, std::initializer_list<std::uint64_t> offsets) {
    std::uint64_t i = 0;
    for (std::uint64_t o : offsets) memory.insert(add(table, Felt{i++}), Felt{o});
  }
  // The first instance of a builtin, as run_mod_p_circuit writes it.
  void first_instance(const ModBuiltinRunner& b, Relocatable offsets,
                      std::optional<std::uint64_t> n, const mpz_class& p) {
    b.write_value(memory, b.base(), p);
    memory.insert(add(b.base(), std::int64_t{4}), values);
    memory.insert(add(b.base(), std::int64_t{5}), offsets);
    if (n) memory.insert(add(b.base(), std::int64_t{6}), Felt{*n});
  }
};

TEST(ModBuiltinTest, FillMemoryDeducesEveryGateAndInstance) {
  Circuit c;
  const mpz_class a("12345678901234567890123456789");
  c.set_value(0, a);
  c.set_value(1, kQ - 5);
  c.set_value(2, 1);
  // add: v3 = v0 + v1; v4 = v5 + v6 (v6 unknown).   mul: v4 = v3 * v1; v2 = v0 * v5 (v5 unknown).
  c.set_offsets(c.add_offsets, {0, 4, 12, 20, 24, 16});
  c.set_offsets(c.mul_offsets, {12, 4, 16, 0, 20, 8});
  c.first_instance(c.add_mod, c.add_offsets, 2, kQ);
  c.first_instance(c.mul_mod, c.mul_offsets, 2, kQ);
  ModBuiltinRunner::fill_memory(
      c.memory, ModBuiltinRunner::FillRequest{c.add_mod.base(), &c.add_mod, Felt{2}},
      ModBuiltinRunner::FillRequest{c.mul_mod.base(), &c.mul_mod, Felt{2}});
  const mpz_class v3 = (a + kQ - 5) % kQ;
  const mpz_class v4 = v3 * (kQ - 5) % kQ;
  EXPECT_EQ(str_opt(c.value(3)), str(v3));
  EXPECT_EQ(str_opt(c.value(4)), str(v4));
  ASSERT_TRUE(c.value(5));
  EXPECT_EQ(str(*c.value(5) * a % kQ), "1");
  EXPECT_EQ(str((*c.value(5) + *c.value(6)) % kQ), str(v4));
  // Second instances: same p and values, offsets advanced by 3, n decremented.
  for (const ModBuiltinRunner* b : {&c.add_mod, &c.mul_mod}) {
    EXPECT_EQ(str_opt(c.add_mod.read_value(c.memory, add(b->base(), std::int64_t{7}))), str(kQ));
    EXPECT_EQ(*c.memory.get(add(b->base(), std::int64_t{11})), MaybeRelocatable{c.values});
    EXPECT_EQ(*c.memory.get(add(b->base(), std::int64_t{13})), MaybeRelocatable{Felt{1}});
  }
  EXPECT_EQ(*c.memory.get(add(c.mul_mod.base(), std::int64_t{12})),
            MaybeRelocatable{add(c.mul_offsets, std::int64_t{3})});
  EXPECT_EQ(*c.memory.get(add(c.mul_mod.base(), std::int64_t{6})), MaybeRelocatable{Felt{2}});
  c.add_mod.run_security_checks(c.memory);
  c.mul_mod.run_security_checks(c.memory);
}

TEST(ModBuiltinTest, FillMemoryStopsMulGatesAtAZeroDivisor) {
  Circuit c;
  c.set_value(0, 6);
  c.set_value(1, 1);
  c.set_offsets(c.mul_offsets, {0, 8, 4});  // 6 * x = 1 (mod 9): no inverse
  c.first_instance(c.mul_mod, c.mul_offsets, std::nullopt, 9);
  ModBuiltinRunner::fill_memory(
      c.memory, std::nullopt, ModBuiltinRunner::FillRequest{c.mul_mod.base(), &c.mul_mod, Felt{1}});
  EXPECT_EQ(str_opt(c.value(2)), "3");  // the nullifier: 6 * 3 = 0 (mod 9)
  EXPECT_EQ(*c.memory.get(add(c.mul_mod.base(), std::int64_t{6})), MaybeRelocatable{Felt{0}});
}

TEST(ModBuiltinTest, FillMemoryErrors) {
  Circuit c;
  c.set_offsets(c.add_offsets, {0, 4, 8});
  c.first_instance(c.add_mod, c.add_offsets, 1, 7);
  EXPECT_EQ(testing::vm_error_message([&] {
              ModBuiltinRunner::fill_memory(
                  c.memory, ModBuiltinRunner::FillRequest{c.add_mod.base(), &c.add_mod, Felt{1}},
                  ModBuiltinRunner::FillRequest{c.mul_mod.base(), &c.mul_mod, Felt{0}});
            }),
            "Could not fill the values table, add_mod_index=0, mul_mod_index=0");
  EXPECT_EQ(testing::vm_error_message([&] {
              ModBuiltinRunner::fill_memory(
                  c.memory,
                  ModBuiltinRunner::FillRequest{c.add_mod.base(), &c.add_mod, Felt{100001}},
                  std::nullopt);
            }),
            "add_mod builtin: n must be <= 100000");
  c.memory.insert(add(c.values, std::int64_t{0}), felt("79228162514264337593543950336"));
  EXPECT_EQ(testing::vm_error_message([&] {
              ModBuiltinRunner::fill_memory(
                  c.memory, ModBuiltinRunner::FillRequest{c.add_mod.base(), &c.add_mod, Felt{1}},
                  std::nullopt);
            }),
            "Expected integer at address 3:0 to be smaller than 2^96. Got: "
            "79228162514264337593543950336.");
}

TEST(ModBuiltinTest, SecurityCheckMessages) {
  Circuit c;
  c.set_value(0, 3);
  c.set_value(1, 4);
  c.set_value(2, 1);  // 3 + 4 != 1 (mod 7)
  c.set_offsets(c.add_offsets, {0, 4, 8});
  c.first_instance(c.add_mod, c.add_offsets, 1, 7);
  try {
    c.add_mod.run_security_checks(c.memory);
    ADD_FAILURE() << "expected a RunnerError";
  } catch (const RunnerError& e) {
    EXPECT_EQ(std::string(e.what()),
              "add_mod builtin: Expected a <built-in function add> b == c (mod p). Got: "
              "instance=0, batch=0, inputs={'values_ptr': RelocatableValue(segment_index=3, "
              "offset=0), 'offsets_ptr': RelocatableValue(segment_index=4, offset=0), 'n': 1, "
              "'p': 7, 'p0': 7, 'p1': 0, 'p2': 0, 'p3': 0}, values={'a_offset': 0, 'a': 3, "
              "'a0': 3, 'a1': 0, 'a2': 0, 'a3': 0, 'b_offset': 4, 'b': 4, 'b0': 4, 'b1': 0, "
              "'b2': 0, 'b3': 0, 'c_offset': 8, 'c': 1, 'c0': 1, 'c1': 0, 'c2': 0, 'c3': 0}.");
  }
}

TEST(ModBuiltinTest, LayoutParametersAndZeros) {
  const auto mul = runner(ModBuiltinRunner::Op::kMul);
  EXPECT_EQ(mul.n_words(), 4u);
  EXPECT_EQ(mul.word_bit_len(), 96u);
  EXPECT_EQ(str(mul.k_bound()), str(mpz_class(1) << 384));
  EXPECT_EQ(str(runner(ModBuiltinRunner::Op::kAdd).k_bound()), "2");
  EXPECT_EQ(mul.needed_allocated_zeros(), 4u);
  EXPECT_EQ(mul.cells_per_instance(), 7u);
}

}  // namespace
}  // namespace cairovm
