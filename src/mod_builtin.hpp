// The add_mod and mul_mod builtins (the reference's ModBuiltinRunner,
// starkware/cairo/lang/builtins/modulo/mod_builtin_runner.py).
//
// An instance is 7 input cells: p as n_words words (p0..p3), values_ptr, offsets_ptr and n. It
// stands for n operations (batch_size per instance) over a values table: operation i reads the
// offsets table at offsets_ptr + 3i (a, b, c offsets into values_ptr) and asserts
// a op b = c (mod p), with (a op b - c) / p in {0, ..., k_bound - 1}. Nothing is checked as the
// program writes; fill_memory (the run_mod_p_circuit hint) completes the tables and the secure-run
// checks verify every instance.
#pragma once

#include <gmpxx.h>

#include <optional>
#include <string>

#include "builtin_runner.hpp"
#include "cairovm/layout.hpp"

namespace cairovm {

class ModBuiltinRunner final : public BuiltinRunner {
 public:
  enum class Op { kAdd, kMul };
  enum class FillResult { kSuccess, kMissingOperand, kZeroDivisor };
  /// The maximum n fill_memory accepts.
  static constexpr std::uint64_t kMaxN = 100000;
  static constexpr std::uint64_t kInputCells = 7;  // p0..p3, values_ptr, offsets_ptr, n

  /// `def`: the layout's instance definition (word_bit_len, n_words, batch_size).
  ModBuiltinRunner(Op op, bool included, const BuiltinInstanceDef& def);

  Op op() const noexcept { return op_; }
  std::uint32_t n_words() const noexcept { return n_words_; }
  std::uint32_t word_bit_len() const noexcept { return word_bit_len_; }
  std::uint32_t batch_size() const noexcept { return batch_size_; }
  /// 2 for add_mod; 2^(n_words * word_bit_len) for mul_mod.
  const mpz_class& k_bound() const noexcept { return k_bound_; }
  /// The zero segment's address once the runner set it (set_allocated_zeros).
  std::optional<Relocatable> zero_value() const noexcept { return zero_value_; }

  std::uint64_t needed_allocated_zeros() const override;
  void set_allocated_zeros(Relocatable address) override { zero_value_ = address; }
  void run_security_checks(const Memory& memory) const override;
  Traits traits() const override { return {.deduces = false, .check = Traits::Check::kNothing}; }

  /// calc_operand: the least x with op(x, known) = res + k*p for some k in {0..k_bound-1}; for
  /// mul_mod with gcd(known, p) != 1, kZeroDivisor and a nonzero x with x * known = 0 (mod p).
  /// Throws VmError with the reference's message when no such x exists.
  std::pair<FillResult, mpz_class> calc_operand(const mpz_class& known, const mpz_class& res,
                                                const mpz_class& p) const;
  /// The value fill_memory writes for c given a and b: op(a, b) reduced by p when below
  /// k_bound * p, else op(a, b) - (k_bound - 1) * p. Throws VmError when it does not fit in
  /// n_words words.
  mpz_class result_value(const mpz_class& a, const mpz_class& b, const mpz_class& p) const;

  /// One builtin's part of a fill_memory call: the instance pointer, the runner and the number
  /// of operations in the offsets table (ids.add_mod_n / ids.mul_mod_n).
  struct FillRequest {
    Relocatable builtin_ptr;
    ModBuiltinRunner* runner = nullptr;
    Felt n;
  };
  /// ModBuiltinRunner.fill_memory: fills the later instances' inputs from the first one's, pads
  /// the offsets tables, and deduces the missing values of the values table, gate by gate. Throws
  /// VmError (the reference's messages and exception kinds).
  static void fill_memory(Memory& memory, std::optional<FillRequest> add_mod,
                          std::optional<FillRequest> mul_mod);

  // Words of an n_words-word number (exposed for the hint and the tests).
  /// The words at address.. (nullopt as soon as one is missing); throws VmError for a word that
  /// is not an integer below 2^word_bit_len.
  std::optional<mpz_class> read_value(const Memory& memory, Relocatable address,
                                      std::size_t* words_read = nullptr) const;
  void write_value(Memory& memory, Relocatable address, const mpz_class& value) const;

 private:
  struct Inputs;
  Inputs read_inputs(const Memory& memory, Relocatable address, bool read_n) const;
  FillResult fill_value(Memory& memory, const Inputs& inputs, std::uint64_t index) const;
  void fill_inputs(Memory& memory, Relocatable builtin_ptr, const Inputs& inputs) const;
  void fill_offsets(Memory& memory, const Inputs& inputs, std::uint64_t index,
                    std::int64_t n_copies) const;
  std::string op_text() const;
  // The checks of run_security_checks after the generic ones; throws RunnerError or VmError.
  void check_instances(const Memory& memory) const;

  Op op_;
  std::uint32_t word_bit_len_;
  std::uint32_t n_words_;
  std::uint32_t batch_size_;
  mpz_class shift_;    // 2^word_bit_len
  mpz_class int_lim_;  // 2^(n_words * word_bit_len)
  mpz_class k_bound_;
  std::optional<Relocatable> zero_value_;
};

}  // namespace cairovm
