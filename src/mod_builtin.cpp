#include "mod_builtin.hpp"

#include <gmp.h>

#include <algorithm>
#include <vector>

#include "cairovm/errors.hpp"

namespace cairovm {

namespace {

constexpr const char* kUnknownMemory = "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError";
// Offsets of the inputs inside an instance (INPUT_NAMES).
constexpr std::uint64_t kValuesPtr = 4;
constexpr std::uint64_t kOffsetsPtr = 5;
constexpr std::uint64_t kN = 6;

mpz_class to_mpz(const Felt& felt) {
  mpz_class value;
  mpz_import(value.get_mpz_t(), 4, -1, sizeof(std::uint64_t), 0, 0, felt.limbs().data());
  return value;
}

// A non-negative integer below P as a field element.
Felt to_felt(const mpz_class& value) {
  Felt::Limbs limbs{};
  std::size_t count = 0;
  mpz_export(limbs.data(), &count, -1, sizeof(std::uint64_t), 0, 0, value.get_mpz_t());
  return Felt::from_limbs_reduced(limbs);
}

std::string dec(const mpz_class& value) {
  return value.get_str();
}

Relocatable at(Relocatable base, std::uint64_t offset) {
  return add(base, Felt{offset});
}

// memory[address] as the reference's MemoryDict reads it: UnknownMemoryError when missing.
MaybeRelocatable read_cell(const Memory& memory, Relocatable address) {
  const auto value = memory.get(address);
  if (!value) {
    throw VmError("Unknown value for memory cell at address " + address.to_string() + ".",
                  kUnknownMemory);
  }
  return *value;
}

std::optional<std::uint64_t> small(const mpz_class& value) {
  if (value < 0 || mpz_sizeinbase(value.get_mpz_t(), 2) > 63) return std::nullopt;
  return static_cast<std::uint64_t>(mpz_get_ui(value.get_mpz_t()));
}

}  // namespace

// The inputs of one instance (read_inputs), with p's words and value.
struct ModBuiltinRunner::Inputs {
  Relocatable values_ptr;
  Relocatable offsets_ptr;
  mpz_class n;
  std::vector<mpz_class> p_words;
  mpz_class p;

  // Python's repr of the reference's inputs dict.
  std::string repr() const {
    std::string text = "{'values_ptr': " + MaybeRelocatable{values_ptr}.to_repr() +
                       ", 'offsets_ptr': " + MaybeRelocatable{offsets_ptr}.to_repr() +
                       ", 'n': " + dec(n) + ", 'p': " + dec(p);
    for (std::size_t i = 0; i < p_words.size(); ++i) {
      text += ", 'p" + std::to_string(i) + "': " + dec(p_words[i]);
    }
    return text + "}";
  }
};

ModBuiltinRunner::ModBuiltinRunner(Op op, bool included, const BuiltinInstanceDef& def)
    : BuiltinRunner(op == Op::kAdd ? "add_mod" : "mul_mod", included, kInputCells, kInputCells),
      op_(op),
      word_bit_len_(def.word_bit_len),
      n_words_(def.n_words),
      batch_size_(def.batch_size) {
  mpz_ui_pow_ui(shift_.get_mpz_t(), 2, word_bit_len_);
  mpz_ui_pow_ui(int_lim_.get_mpz_t(), 2, std::uint64_t{word_bit_len_} * n_words_);
  k_bound_ = op == Op::kAdd ? mpz_class(2) : int_lim_;
}

std::uint64_t ModBuiltinRunner::needed_allocated_zeros() const {
  return std::max<std::uint64_t>(n_words_, std::uint64_t{batch_size_} * 3);
}

std::string ModBuiltinRunner::op_text() const {
  // f"{operator.add}" in the reference's messages.
  return op_ == Op::kAdd ? "<built-in function add>" : "<built-in function mul>";
}

std::optional<mpz_class> ModBuiltinRunner::read_value(const Memory& memory, Relocatable address,
                                                      std::size_t* words_read) const {
  if (words_read != nullptr) *words_read = 0;
  mpz_class value = 0;
  for (std::uint32_t i = 0; i < n_words_; ++i) {
    const Relocatable word_address = at(address, i);
    const auto word = memory.get(word_address);
    if (!word) return std::nullopt;
    if (!word->is_felt()) {
      throw VmError("Expected integer at address " + word_address.to_string() +
                    ". Got: " + word->to_string() + ".");
    }
    const mpz_class w = to_mpz(word->felt());
    if (w >= shift_) {
      throw VmError("Expected integer at address " + word_address.to_string() +
                    " to be smaller than 2^" + std::to_string(word_bit_len_) + ". Got: " + dec(w) +
                    ".");
    }
    value += w << (word_bit_len_ * i);
    if (words_read != nullptr) *words_read = i + 1;
  }
  return value;
}

void ModBuiltinRunner::write_value(Memory& memory, Relocatable address,
                                   const mpz_class& value) const {
  mpz_class rest = value;
  for (std::uint32_t i = 0; i < n_words_; ++i) {
    mpz_class word;
    mpz_fdiv_r_2exp(word.get_mpz_t(), rest.get_mpz_t(), word_bit_len_);
    // An existing different word raises the reference's InconsistentMemoryError here.
    memory.insert(at(address, i), to_felt(word));
    mpz_fdiv_q_2exp(rest.get_mpz_t(), rest.get_mpz_t(), word_bit_len_);
  }
  if (rest != 0) throw VmError("");  // the reference's bare `assert value_copy == 0`
}

ModBuiltinRunner::Inputs ModBuiltinRunner::read_inputs(const Memory& memory, Relocatable address,
                                                       bool read_n) const {
  Inputs inputs;
  auto pointer_input = [&](std::uint64_t offset) {
    const Relocatable cell = at(address, offset);
    const MaybeRelocatable value = read_cell(memory, cell);
    if (!value.is_relocatable()) {
      throw VmError(name_ + " builtin: Expected RelocatableValue at address " + cell.to_string() +
                    ". Got: " + value.to_string() + ".");
    }
    return value.relocatable();
  };
  inputs.values_ptr = pointer_input(kValuesPtr);
  inputs.offsets_ptr = pointer_input(kOffsetsPtr);
  if (read_n) {
    const Relocatable cell = at(address, kN);
    const MaybeRelocatable n = read_cell(memory, cell);
    if (!n.is_felt()) {
      throw VmError(name_ + " builtin: Expected integer at address " + cell.to_string() +
                    ". Got: " + n.to_string() + ".");
    }
    inputs.n = to_mpz(n.felt());
    if (inputs.n < 1)
      throw VmError(name_ + " builtin: Expected n >= 1. Got: " + dec(inputs.n) + ".");
  }
  std::size_t words_read = 0;
  const auto p = read_value(memory, address, &words_read);
  if (!p) {
    throw VmError(name_ + " builtin: Missing value at address " +
                  at(address, words_read).to_string() + ".");
  }
  inputs.p = *p;
  for (std::uint32_t i = 0; i < n_words_; ++i) {
    inputs.p_words.push_back(to_mpz(memory.get(at(address, i))->felt()));
  }
  return inputs;
}

std::pair<ModBuiltinRunner::FillResult, mpz_class> ModBuiltinRunner::calc_operand(
    const mpz_class& known, const mpz_class& res, const mpz_class& p) const {
  if (op_ == Op::kAdd) {
    // k_bound = 2: x = res - known or res + p - known.
    if (known > res + p) {
      throw VmError("add_mod builtin: addend greater than sum + p: " + dec(known) + " > " +
                    dec(res) + " + " + dec(p) + ".");
    }
    return {FillResult::kSuccess,
            known <= res ? mpz_class(res - known) : mpz_class(res + p - known)};
  }
  mpz_class gcd, x;
  mpz_gcdext(gcd.get_mpz_t(), x.get_mpz_t(), nullptr, known.get_mpz_t(), p.get_mpz_t());
  if (gcd != 1) {
    if (gcd == 0) throw VmError("integer division or modulo by zero", "ZeroDivisionError");
    // known * (p / gcd) = (known / gcd) * p = 0 (mod p).
    return {FillResult::kZeroDivisor, mpz_class(p / gcd)};
  }
  mpz_class tmp_val;
  mpz_fdiv_r(tmp_val.get_mpz_t(), mpz_class(res * x).get_mpz_t(), p.get_mpz_t());
  // Exact: known * tmp_val = res (mod p).
  const mpz_class tmp_k = (known * tmp_val - res) / p;
  if (tmp_k >= k_bound_) {
    throw VmError("mul_mod builtin: ((" + dec(known) + " * q) - " + dec(res) + ") / " + dec(p) +
                  " > " + dec(k_bound_) + " for any q > 0, such that " + dec(known) +
                  " * q = " + dec(res) + " (mod " + dec(p) + ").");
  }
  if (tmp_k >= 0) return {FillResult::kSuccess, tmp_val};
  // The least x = tmp_val + j*p with known * x >= res.
  mpz_class steps;
  mpz_fdiv_q(steps.get_mpz_t(), mpz_class(known - 1 - tmp_k).get_mpz_t(), known.get_mpz_t());
  return {FillResult::kSuccess, mpz_class(tmp_val + p * steps)};
}

mpz_class ModBuiltinRunner::result_value(const mpz_class& a, const mpz_class& b,
                                         const mpz_class& p) const {
  const mpz_class value = op_ == Op::kAdd ? mpz_class(a + b) : mpz_class(a * b);
  if (value - (k_bound_ - 1) * p > int_lim_ - 1) {
    throw VmError(name_ + " builtin: Expected a " + op_text() + " b - " + dec(k_bound_ - 1) +
                  " * p <= " + dec(int_lim_ - 1) + ". Got: values=[" + dec(a) + ", " + dec(b) +
                  ", None], p=" + dec(p) + ".");
  }
  if (value < k_bound_ * p) {
    mpz_class reduced;
    mpz_fdiv_r(reduced.get_mpz_t(), value.get_mpz_t(), p.get_mpz_t());
    return reduced;
  }
  return value - (k_bound_ - 1) * p;
}

ModBuiltinRunner::FillResult ModBuiltinRunner::fill_value(Memory& memory, const Inputs& inputs,
                                                          std::uint64_t index) const {
  // As the reference: the three addresses first (offsets must all be known), then the values.
  std::array<Relocatable, 3> addresses;
  for (std::uint64_t k = 0; k < 3; ++k) {
    const MaybeRelocatable offset = read_cell(memory, at(inputs.offsets_ptr, 3 * index + k));
    if (!offset.is_felt()) {
      throw VmError("unsupported operand type(s) for +: 'RelocatableValue' and 'RelocatableValue'",
                    "TypeError");
    }
    addresses[k] = add(inputs.values_ptr, offset.felt());
  }
  std::array<std::optional<mpz_class>, 3> values;
  for (std::uint64_t k = 0; k < 3; ++k) values[k] = read_value(memory, addresses[k]);
  const auto& [a, b, c] = values;
  if (a && b && c) return FillResult::kSuccess;
  if (!c && a && b) {
    write_value(memory, addresses[2], result_value(*a, *b, inputs.p));
    return FillResult::kSuccess;
  }
  std::optional<std::pair<FillResult, mpz_class>> deduced;
  std::size_t target = 0;
  if (!b && a && c) {
    deduced = calc_operand(*a, *c, inputs.p);
    target = 1;
  }
  if (!a && b && c) {
    deduced = calc_operand(*b, *c, inputs.p);
    target = 0;
  }
  if (!deduced) return FillResult::kMissingOperand;
  write_value(memory, addresses[target], deduced->second);
  return deduced->first;
}

void ModBuiltinRunner::fill_inputs(Memory& memory, Relocatable builtin_ptr,
                                   const Inputs& inputs) const {
  if (inputs.n > kMaxN) {
    throw VmError(name_ + " builtin: n must be <= " + std::to_string(kMaxN));
  }
  const std::uint64_t n = *small(inputs.n);
  if (n % batch_size_ != 0) throw VmError("");  // safe_div's assert
  const std::uint64_t n_instances = n / batch_size_;
  for (std::uint64_t instance = 1; instance < n_instances; ++instance) {
    const Relocatable instance_ptr = at(builtin_ptr, instance * kInputCells);
    for (std::uint32_t i = 0; i < n_words_; ++i) {
      memory.insert(at(instance_ptr, i), to_felt(inputs.p_words[i]));
    }
    memory.insert(at(instance_ptr, kValuesPtr), inputs.values_ptr);
    memory.insert(at(instance_ptr, kOffsetsPtr),
                  at(inputs.offsets_ptr, 3 * instance * batch_size_));
    memory.insert(at(instance_ptr, kN), Felt{n - instance * batch_size_});
  }
}

void ModBuiltinRunner::fill_offsets(Memory& memory, const Inputs& inputs, std::uint64_t index,
                                    std::int64_t n_copies) const {
  std::array<MaybeRelocatable, 3> offsets;
  for (std::uint64_t k = 0; k < 3; ++k) offsets[k] = read_cell(memory, at(inputs.offsets_ptr, k));
  for (std::int64_t i = 0; i < n_copies; ++i) {
    for (std::uint64_t k = 0; k < 3; ++k) {
      memory.insert(at(inputs.offsets_ptr, 3 * (index + static_cast<std::uint64_t>(i)) + k),
                    offsets[k]);
    }
  }
}

void ModBuiltinRunner::fill_memory(Memory& memory, std::optional<FillRequest> add_mod,
                                   std::optional<FillRequest> mul_mod) {
  if (add_mod && mul_mod &&
      (add_mod->runner->n_words_ != mul_mod->runner->n_words_ ||
       add_mod->runner->word_bit_len_ != mul_mod->runner->word_bit_len_)) {
    throw VmError("add_mod and mul_mod builtins must have the same n_words and word_bit_len.");
  }
  if (add_mod && add_mod->n.is_zero()) add_mod.reset();
  if (mul_mod && mul_mod->n.is_zero()) mul_mod.reset();

  auto checked_n = [](const FillRequest& request) {
    const auto n = request.n.to_u64();
    if (!n || *n > kMaxN) {
      throw VmError(request.runner->name() + " builtin: n must be <= " + std::to_string(kMaxN));
    }
    return *n;
  };

  std::uint64_t add_mod_n = 0, mul_mod_n = 0;
  Inputs add_inputs, mul_inputs;
  if (add_mod) {
    add_mod_n = checked_n(*add_mod);
    const ModBuiltinRunner& runner = *add_mod->runner;
    add_inputs = runner.read_inputs(memory, add_mod->builtin_ptr, true);
    runner.fill_inputs(memory, add_mod->builtin_ptr, add_inputs);
    runner.fill_offsets(
        memory, add_inputs, add_mod_n,
        static_cast<std::int64_t>(*small(add_inputs.n)) - static_cast<std::int64_t>(add_mod_n));
  }
  if (mul_mod) {
    mul_mod_n = checked_n(*mul_mod);
    // n is not read: the hint computes it (Sierra relies on that).
    mul_inputs = mul_mod->runner->read_inputs(memory, mul_mod->builtin_ptr, false);
  }
  if (!add_mod && !mul_mod) throw VmError("At least one of add_mod and mul_mod must be given.");

  std::uint64_t add_index = 0, mul_index = 0;
  std::optional<std::uint64_t> n_computed_mul_gates;
  while (add_index < add_mod_n || mul_index < mul_mod_n) {
    if (add_index < add_mod_n &&
        add_mod->runner->fill_value(memory, add_inputs, add_index) == FillResult::kSuccess) {
      ++add_index;
      continue;
    }
    // The reference loops forever when an add_mod gate cannot be filled and no mul_mod gate is
    // left; both cases report the same failure here.
    if (mul_index >= mul_mod_n) {
      throw VmError("Could not fill the values table, add_mod_index=" + std::to_string(add_index) +
                        ", mul_mod_index=" + std::to_string(mul_index),
                    "Exception");
    }
    const FillResult result = mul_mod->runner->fill_value(memory, mul_inputs, mul_index);
    if (result == FillResult::kMissingOperand) {
      throw VmError("Could not fill the values table, add_mod_index=" + std::to_string(add_index) +
                        ", mul_mod_index=" + std::to_string(mul_index),
                    "Exception");
    }
    if (result == FillResult::kZeroDivisor && !n_computed_mul_gates)
      n_computed_mul_gates = mul_index;
    ++mul_index;
  }

  if (!mul_mod) return;
  const ModBuiltinRunner& runner = *mul_mod->runner;
  const Relocatable n_address = at(mul_mod->builtin_ptr, kN);
  if (!n_computed_mul_gates) {
    std::uint64_t n = mul_mod_n;
    if (const auto existing = memory.get(n_address)) {
      const auto value = existing->is_felt() ? existing->felt().to_u64() : std::nullopt;
      if (!value) throw VmError(runner.name() + " builtin: n must be <= " + std::to_string(kMaxN));
      n = *value;
    }
    n_computed_mul_gates = n;
    mul_inputs.n = static_cast<unsigned long>(n);
    runner.fill_offsets(memory, mul_inputs, mul_mod_n,
                        static_cast<std::int64_t>(n) - static_cast<std::int64_t>(mul_mod_n));
  } else if (runner.batch_size_ != 1) {
    throw VmError("Inverse failure is supported only at batch_size == 1.");
  }
  memory.insert(n_address, Felt{*n_computed_mul_gates});
  mul_inputs.n = static_cast<unsigned long>(*n_computed_mul_gates);
  runner.fill_inputs(memory, mul_mod->builtin_ptr, mul_inputs);
}

void ModBuiltinRunner::run_security_checks(const Memory& memory) const {
  BuiltinRunner::run_security_checks(memory);
  try {
    check_instances(memory);
  } catch (const VmError& e) {
    // verify_secure_runner wraps every exception of the checks in a SecurityError.
    throw RunnerError(e.what());
  }
}

void ModBuiltinRunner::check_instances(const Memory& memory) const {
  const std::uint64_t n_instances = used_instances(memory);
  std::optional<Inputs> prev;
  for (std::uint64_t instance = 0; instance < n_instances; ++instance) {
    Inputs inputs = read_inputs(memory, at(base_, instance * kInputCells), true);
    if (prev && prev->n > batch_size_) {
      // The reference's bare asserts: consecutive instances continue one another.
      const bool continues =
          inputs.p_words == prev->p_words && inputs.values_ptr == prev->values_ptr &&
          MaybeRelocatable{inputs.offsets_ptr} ==
              MaybeRelocatable{at(prev->offsets_ptr, 3 * std::uint64_t{batch_size_})} &&
          inputs.n == prev->n - batch_size_;
      if (!continues) throw RunnerError("");
    }
    for (std::uint32_t index_in_batch = 0; index_in_batch < batch_size_; ++index_in_batch) {
      std::array<mpz_class, 3> values;
      std::string values_repr = "{";
      for (std::uint64_t k = 0; k < 3; ++k) {
        const char letter = "abc"[k];
        const MaybeRelocatable offset =
            read_cell(memory, at(inputs.offsets_ptr, k + 3 * std::uint64_t{index_in_batch}));
        if (!offset.is_felt()) {
          // The reference names offsets_ptr + k here, whatever the batch index.
          throw RunnerError(name_ + " builtin: Expected integer at address " +
                            at(inputs.offsets_ptr, k).to_string() + ". Got: " + offset.to_string() +
                            ".");
        }
        const Relocatable value_address = add(inputs.values_ptr, offset.felt());
        std::size_t words_read = 0;
        const std::optional<mpz_class> value = read_value(memory, value_address, &words_read);
        if (!value) {
          throw RunnerError(name_ + " builtin: Missing value at address " +
                            at(value_address, words_read).to_string() + ".");
        }
        values[k] = *value;
        values_repr += std::string(k ? ", '" : "'") + letter + "_offset': " + offset.to_string() +
                       ", '" + letter + "': " + dec(*value);
        for (std::uint32_t d = 0; d < n_words_; ++d) {
          mpz_class word;
          mpz_fdiv_q_2exp(word.get_mpz_t(), value->get_mpz_t(), word_bit_len_ * d);
          mpz_fdiv_r_2exp(word.get_mpz_t(), word.get_mpz_t(), word_bit_len_);
          values_repr += ", '" + std::string(1, letter) + std::to_string(d) + "': " + dec(word);
        }
      }
      values_repr += "}";
      const mpz_class& p = inputs.p;
      if (p == 0) throw RunnerError("integer modulo by zero");
      const mpz_class result =
          op_ == Op::kAdd ? mpz_class(values[0] + values[1]) : mpz_class(values[0] * values[1]);
      mpz_class lhs, rhs;
      mpz_fdiv_r(lhs.get_mpz_t(), result.get_mpz_t(), p.get_mpz_t());
      mpz_fdiv_r(rhs.get_mpz_t(), values[2].get_mpz_t(), p.get_mpz_t());
      const std::string where = "instance=" + std::to_string(instance) +
                                ", batch=" + std::to_string(index_in_batch) +
                                ", inputs=" + inputs.repr() + ", values=" + values_repr + ".";
      if (lhs != rhs) {
        throw RunnerError(name_ + " builtin: Expected a " + op_text() +
                          " b == c (mod p). Got: " + where);
      }
      if (!(result - values[2] < k_bound_ * p && result >= values[2])) {
        throw RunnerError(name_ + " builtin: Expected (a " + op_text() +
                          " b - c)/p to be in {0,1,...," + dec(k_bound_ - 1) + "} Got: " + where);
      }
    }
    prev = std::move(inputs);
  }
  if (prev && prev->n != batch_size_) throw RunnerError("");
}

}  // namespace cairovm
