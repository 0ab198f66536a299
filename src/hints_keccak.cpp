// Native hints of the keccak family: common/keccak.cairo (unsafe_keccak), cairo_keccak/,
// builtin_keccak/ and keccak_utils/.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "hint_bigint.hpp"
#include "hint_support.hpp"
#include "keccak_f1600.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

// Keccak-256 as eth_hash computes it: rate 136 bytes, padding 0x01 ... 0x80.
std::array<std::uint8_t, 32> keccak256(const std::vector<std::uint8_t>& input) {
  constexpr std::size_t kRate = 136;
  std::vector<std::uint8_t> padded = input;
  padded.push_back(0x01);
  while (padded.size() % kRate != 0) padded.push_back(0);
  padded.back() |= 0x80;
  KeccakState state{};
  for (std::size_t block = 0; block < padded.size(); block += kRate) {
    for (std::size_t i = 0; i < kRate; ++i) {
      state[i / 8] ^= std::uint64_t{padded[block + i]} << (8 * (i % 8));
    }
    keccak_f1600(state);
  }
  std::array<std::uint8_t, 32> digest{};
  for (std::size_t i = 0; i < digest.size(); ++i) {
    digest[i] = static_cast<std::uint8_t>(state[i / 8] >> (8 * (i % 8)));
  }
  return digest;
}

BigInt from_be_bytes(const std::uint8_t* bytes, std::size_t n) {
  BigInt result;
  mpz_import(result.get_mpz_t(), n, 1, 1, 0, 0, bytes);
  return result;
}

// Appends int.to_bytes(n_bytes, 'big') of a value known to fit.
void append_be(std::vector<std::uint8_t>& out, const BigInt& value, std::size_t n_bytes) {
  std::vector<std::uint8_t> bytes(n_bytes + 1, 0);
  std::size_t count = 0;
  mpz_export(bytes.data(), &count, 1, 1, 0, 0, value.get_mpz_t());
  out.insert(out.end(), n_bytes - count, 0);
  out.insert(out.end(), bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(count));
}

void set_high_low(const HintContext& ctx, const std::array<std::uint8_t, 32>& hashed) {
  set_ids_int(ctx, "high", from_be_bytes(hashed.data(), 16));
  set_ids_int(ctx, "low", from_be_bytes(hashed.data() + 16, 16));
}

void unsafe_keccak(const HintContext& ctx) {
  const Relocatable data = ctx.ids_pointer("data");
  const BigInt length = to_bigint(ctx.ids_felt("length"));
  const ScopeDict& scope = ctx.vm.exec_scopes.back();
  if (scope.contains("__keccak_max_size")) {
    const BigInt max_size = scope_int(ctx, "__keccak_max_size");
    if (length > max_size) {
      throw VmError("unsafe_keccak() can only be used with length<=" + dec_string(max_size) +
                    ". Got: length=" + dec_string(length) + ".");
    }
  }
  std::vector<std::uint8_t> input;
  std::int64_t word_i = 0;
  for (BigInt byte_i = 0; byte_i < length; byte_i += 16, ++word_i) {
    const BigInt word = to_bigint(memory_felt(ctx, add(data, word_i)));
    const BigInt remaining = length - byte_i;
    const std::size_t n_bytes = remaining < 16 ? remaining.get_ui() : 16;
    if (mpz_sizeinbase(word.get_mpz_t(), 2) > 8 * n_bytes && word != 0) {
      throw VmError("", "AssertionError");
    }
    append_be(input, word, n_bytes);
  }
  set_high_low(ctx, keccak256(input));
}

void unsafe_keccak_finalize(const HintContext& ctx) {
  const Relocatable state = ctx.ids_address("keccak_state");
  const MaybeRelocatable start = *ctx.vm.memory().get(state);
  const MaybeRelocatable end = *ctx.vm.memory().get(add(state, std::int64_t{1}));
  const MaybeRelocatable n_elms = sub(end, start);
  if (!start.is_relocatable() || !n_elms.is_felt()) {
    throw VmError("keccak_state must hold two pointers of the same segment.", "TypeError");
  }
  const auto count = n_elms.felt().to_u64();
  if (!count) throw VmError("keccak_state has a negative length.", "AssertionError");
  std::vector<std::uint8_t> input;
  for (std::uint64_t i = 0; i < *count; ++i) {
    const Felt word = memory_felt(ctx, add(start.relocatable(), static_cast<std::int64_t>(i)));
    if (word.bit_length() > 128) throw VmError("int too big to convert", "OverflowError");
    append_be(input, to_bigint(word), 16);
  }
  set_high_low(ctx, keccak256(input));
}

int small_constant(const HintContext& ctx, const char* name, int bound) {
  const auto value = ctx.ids_constant(name).to_u64();
  if (!value || *value >= static_cast<std::uint64_t>(bound)) throw VmError("", "AssertionError");
  return static_cast<int>(*value);
}

// keccak_utils.keccak_func on 25 lanes.
std::vector<Felt> keccak_func(std::vector<Felt> values) {
  KeccakState state{};
  for (std::size_t i = 0; i < state.size(); ++i) {
    const auto lane = values[i].to_u64();
    if (!lane) throw VmError("keccak_func expects 64-bit lanes.", "AssertionError");
    state[i] = *lane;
  }
  keccak_f1600(state);
  std::vector<Felt> result;
  for (std::uint64_t lane : state) result.emplace_back(lane);
  return result;
}

void write_felts(const HintContext& ctx, Relocatable ptr, const std::vector<Felt>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    ctx.vm.memory().insert(add(ptr, static_cast<std::int64_t>(i)), values[i]);
  }
}

void block_permutation(const HintContext& ctx) {
  assign_scope(ctx.vm.exec_scopes.back(), "keccak_func", ImportedName{});
  const int size = small_constant(ctx, "KECCAK_STATE_SIZE_FELTS", 100);
  set_scope_int(ctx, "_keccak_state_size_felts", size);
  if (size != 25) throw VmError("list index out of range", "IndexError");
  const Relocatable keccak_ptr = ctx.ids_pointer("keccak_ptr");
  std::vector<Felt> input;
  for (int i = 0; i < size; ++i) input.push_back(memory_felt(ctx, add(keccak_ptr, i - size)));
  write_felts(ctx, keccak_ptr, keccak_func(input));
}

// The whitelist of cairo-lang 0.10.3 imports keccak_func from cairo_keccak.keccak_utils (the same
// function) and reads the state from ids.keccak_ptr_start into ids.output.
void block_permutation_from_start(const HintContext& ctx) {
  assign_scope(ctx.vm.exec_scopes.back(), "keccak_func", ImportedName{});
  const int size = small_constant(ctx, "KECCAK_STATE_SIZE_FELTS", 100);
  set_scope_int(ctx, "_keccak_state_size_felts", size);
  if (size != 25) throw VmError("list index out of range", "IndexError");
  const Relocatable start = ctx.ids_pointer("keccak_ptr_start");
  std::vector<Felt> input;
  for (int i = 0; i < size; ++i) input.push_back(memory_felt(ctx, add(start, i)));
  write_felts(ctx, ctx.ids_pointer("output"), keccak_func(input));
}

// `assert 0 <= _block_size < BlockBound`: 10 in the library, 1000 in a later variant.
template <int BlockBound>
void finalize_keccak_padding(const HintContext& ctx) {
  const int size = small_constant(ctx, "KECCAK_STATE_SIZE_FELTS", 100);
  set_scope_int(ctx, "_keccak_state_size_felts", size);
  const int block_size = small_constant(ctx, "BLOCK_SIZE", BlockBound);
  set_scope_int(ctx, "_block_size", block_size);
  require_scope_name(ctx, "keccak_func");
  if (size != 25) throw VmError("list index out of range", "IndexError");
  std::vector<Felt> pair(static_cast<std::size_t>(size), Felt::zero());
  const std::vector<Felt> output = keccak_func(pair);
  pair.insert(pair.end(), output.begin(), output.end());
  std::vector<Felt> padding;
  for (int i = 0; i < block_size; ++i) padding.insert(padding.end(), pair.begin(), pair.end());
  write_felts(ctx, ctx.ids_pointer("keccak_ptr_end"), padding);
}

void nondet_n_bytes_lt_word(const HintContext& ctx) {
  const bool result = ctx.ids_felt("n_bytes") < ctx.ids_constant("BYTES_IN_WORD");
  ctx.vm.memory().insert(ctx.vm.ap, result ? Felt::one() : Felt::zero());
}

void nondet_n_bytes_ge_rate(const HintContext& ctx) {
  const bool result = ctx.ids_felt("n_bytes") >= ctx.ids_constant("KECCAK_FULL_RATE_IN_BYTES");
  ctx.vm.memory().insert(ctx.vm.ap, result ? Felt::one() : Felt::zero());
}

BigInt pow2(unsigned bits) {
  BigInt result = 1;
  mpz_mul_2exp(result.get_mpz_t(), result.get_mpz_t(), bits);
  return result;
}

void split_output0(const HintContext& ctx) {
  const BigInt output0 = to_bigint(ctx.ids_felt("output0"));
  set_ids_int(ctx, "output0_low", py_mod(output0, pow2(128)));
  set_ids_int(ctx, "output0_high", py_floordiv(output0, pow2(128)));
}

void split_output1(const HintContext& ctx) {
  const BigInt output1 = to_bigint(ctx.ids_felt("output1"));
  const BigInt tmp = py_floordiv(output1, pow2(56));
  set_ids_int(ctx, "output1_low", py_mod(output1, pow2(56)));
  set_ids_int(ctx, "output1_high", py_floordiv(tmp, pow2(128)));
  set_ids_int(ctx, "output1_mid", py_mod(tmp, pow2(128)));
}

constexpr char kInputs[] = "inputs";
constexpr char kFeltArray[] = "felt_array";

// `ids.high<i>, ids.low<i> = divmod(memory[ids.<pointer> + i], 256 ** bytes)`.
template <const char* kPointer, int kIndex, unsigned kBytes>
void split_input(const HintContext& ctx) {
  hint_support::run_as_python(ctx, [](hint_support::PyHint& hint) {
    const Relocatable inputs = hint.ctx().ids_pointer(kPointer);
    const MaybeRelocatable word = hint.read(add(inputs, std::int64_t{kIndex}));
    if (!word.is_felt()) {
      hint.raise("TypeError",
                 "unsupported operand type(s) for divmod(): 'RelocatableValue' and 'int'");
    }
    const BigInt value = to_bigint(word.felt());
    const std::string suffix = std::to_string(kIndex);
    set_ids_int(hint.ctx(), "high" + suffix, py_floordiv(value, pow2(8 * kBytes)));
    set_ids_int(hint.ctx(), "low" + suffix, py_mod(value, pow2(8 * kBytes)));
  });
}

// simulate_keccak's keccak_builtin_state_to_felts: the eight 200-bit words of a
// KeccakBuiltinState, as one 1600-bit number, written as 25 lanes of 64 bits.
void keccak_builtin_state_to_felts(const HintContext& ctx) {
  hint_support::run_as_python(ctx, [](hint_support::PyHint& hint) {
    constexpr int kWords = 8;
    constexpr int kLanes = 25;
    BigInt full_num = 0;
    for (int i = 0; i < kWords; ++i) {
      hint.at(i + 1);
      full_num += hint.member_int("keccak_builtin_state", i) * pow2(200 * i);
    }
    hint.at(10);
    const Relocatable felt_array = hint.ctx().ids_pointer("felt_array");
    for (int i = 0; i < kLanes; ++i) {
      hint.write(add(felt_array, std::int64_t{i}), py_mod(full_num, pow2(64)));
      full_num = py_floordiv(full_num, pow2(64));
    }
  });
}

void split_n_bytes(const HintContext& ctx) {
  const BigInt n_bytes = to_bigint(ctx.ids_felt("n_bytes"));
  const BigInt word = to_bigint(ctx.ids_constant("BYTES_IN_WORD"));
  if (word == 0) throw VmError("integer division or modulo by zero", "ZeroDivisionError");
  set_ids_int(ctx, "n_words_to_copy", py_floordiv(n_bytes, word));
  set_ids_int(ctx, "n_bytes_left", py_mod(n_bytes, word));
}

void keccak_add_uint256(const HintContext& ctx) {
  const Relocatable inputs = ctx.ids_pointer("inputs");
  const BigInt low = to_bigint(ctx.ids_felt("low"));
  const BigInt high = to_bigint(ctx.ids_felt("high"));
  write_int(ctx, inputs, py_mod(low, pow2(64)));
  write_int(ctx, add(inputs, std::int64_t{1}), py_floordiv(low, pow2(64)));
  write_int(ctx, add(inputs, std::int64_t{2}), py_mod(high, pow2(64)));
  write_int(ctx, add(inputs, std::int64_t{3}), py_floordiv(high, pow2(64)));
}

constexpr std::array kKeccakHints = {
    NativeHint{
        "from eth_hash.auto import keccak\n\ndata, length = ids.data, ids.length\n\nif "
        "'__keccak_max_size' in globals():\n    assert length <= __keccak_max_size, \\\n        "
        "f'unsafe_keccak() can only be used with length<={__keccak_max_size}. ' \\\n        "
        "f'Got: length={length}.'\n\nkeccak_input = bytearray()\nfor word_i, byte_i in "
        "enumerate(range(0, length, 16)):\n    word = memory[data + word_i]\n    n_bytes = "
        "min(16, length - byte_i)\n    assert 0 <= word < 2 ** (8 * n_bytes)\n    keccak_input "
        "+= word.to_bytes(n_bytes, 'big')\n\nhashed = keccak(keccak_input)\nids.high = "
        "int.from_bytes(hashed[:16], 'big')\nids.low = int.from_bytes(hashed[16:32], 'big')",
        unsafe_keccak},
    NativeHint{"from eth_hash.auto import keccak\nkeccak_input = bytearray()\nn_elms = "
               "ids.keccak_state.end_ptr - ids.keccak_state.start_ptr\nfor word in "
               "memory.get_range(ids.keccak_state.start_ptr, n_elms):\n    keccak_input += "
               "word.to_bytes(16, 'big')\nhashed = keccak(keccak_input)\nids.high = "
               "int.from_bytes(hashed[:16], 'big')\nids.low = int.from_bytes(hashed[16:32], "
               "'big')",
               unsafe_keccak_finalize},
    NativeHint{"memory[ap] = to_felt_or_relocatable(ids.n_bytes < ids.BYTES_IN_WORD)",
               nondet_n_bytes_lt_word},
    NativeHint{"from starkware.cairo.common.keccak_utils.keccak_utils import "
               "keccak_func\n_keccak_state_size_felts = int(ids.KECCAK_STATE_SIZE_FELTS)\nassert "
               "0 <= _keccak_state_size_felts < 100\n\noutput_values = "
               "keccak_func(memory.get_range(\n    ids.keccak_ptr - _keccak_state_size_felts, "
               "_keccak_state_size_felts))\nsegments.write_arg(ids.keccak_ptr, output_values)",
               block_permutation},
    NativeHint{"memory[ap] = to_felt_or_relocatable(ids.n_bytes >= ids.KECCAK_FULL_RATE_IN_BYTES)",
               nondet_n_bytes_ge_rate},
    NativeHint{"# Add dummy pairs of input and output.\n_keccak_state_size_felts = "
               "int(ids.KECCAK_STATE_SIZE_FELTS)\n_block_size = int(ids.BLOCK_SIZE)\nassert 0 <= "
               "_keccak_state_size_felts < 100\nassert 0 <= _block_size < 10\ninp = [0] * "
               "_keccak_state_size_felts\npadding = (inp + keccak_func(inp)) * "
               "_block_size\nsegments.write_arg(ids.keccak_ptr_end, padding)",
               finalize_keccak_padding<10>},
    NativeHint{"# Add dummy pairs of input and output.\n_keccak_state_size_felts = "
               "int(ids.KECCAK_STATE_SIZE_FELTS)\n_block_size = int(ids.BLOCK_SIZE)\nassert 0 <= "
               "_keccak_state_size_felts < 100\nassert 0 <= _block_size < 1000\ninp = [0] * "
               "_keccak_state_size_felts\npadding = (inp + keccak_func(inp)) * "
               "_block_size\nsegments.write_arg(ids.keccak_ptr_end, padding)",
               finalize_keccak_padding<1000>},
    NativeHint{"from starkware.cairo.common.cairo_keccak.keccak_utils import "
               "keccak_func\n_keccak_state_size_felts = int(ids.KECCAK_STATE_SIZE_FELTS)\nassert "
               "0 <= _keccak_state_size_felts < 100\n\noutput_values = "
               "keccak_func(memory.get_range(\n    ids.keccak_ptr - _keccak_state_size_felts, "
               "_keccak_state_size_felts))\nsegments.write_arg(ids.keccak_ptr, output_values)",
               block_permutation},
    NativeHint{"from starkware.cairo.common.cairo_keccak.keccak_utils import "
               "keccak_func\n_keccak_state_size_felts = int(ids.KECCAK_STATE_SIZE_FELTS)\nassert "
               "0 <= _keccak_state_size_felts < 100\noutput_values = "
               "keccak_func(memory.get_range(\n    ids.keccak_ptr_start, "
               "_keccak_state_size_felts))\nsegments.write_arg(ids.output, output_values)",
               block_permutation_from_start},
    NativeHint{"ids.output0_low = ids.output0 & ((1 << 128) - 1)\nids.output0_high = ids.output0 "
               ">> 128",
               split_output0},
    NativeHint{"tmp, ids.output1_low = divmod(ids.output1, 256 ** 7)\nids.output1_high, "
               "ids.output1_mid = divmod(tmp, 2 ** 128)",
               split_output1},
    NativeHint{"ids.high3, ids.low3 = divmod(memory[ids.inputs + 3], 256)",
               split_input<kInputs, 3, 1>},
    NativeHint{"ids.high6, ids.low6 = divmod(memory[ids.inputs + 6], 256 ** 2)",
               split_input<kInputs, 6, 2>},
    NativeHint{"ids.high9, ids.low9 = divmod(memory[ids.inputs + 9], 256 ** 3)",
               split_input<kInputs, 9, 3>},
    NativeHint{"ids.high12, ids.low12 = divmod(memory[ids.inputs + 12], 256 ** 4)",
               split_input<kInputs, 12, 4>},
    NativeHint{"ids.high15, ids.low15 = divmod(memory[ids.inputs + 15], 256 ** 5)",
               split_input<kInputs, 15, 5>},
    NativeHint{"ids.n_words_to_copy, ids.n_bytes_left = divmod(ids.n_bytes, ids.BYTES_IN_WORD)",
               split_n_bytes},
    NativeHint{"segments.write_arg(ids.inputs, [ids.low % 2 ** 64, ids.low // 2 ** "
               "64])\nsegments.write_arg(ids.inputs + 2, [ids.high % 2 ** 64, ids.high // 2 ** "
               "64])",
               keccak_add_uint256},
    NativeHint{"full_num = ids.keccak_builtin_state.s0\nfull_num += (2**200) * "
               "ids.keccak_builtin_state.s1\nfull_num += (2**400) * "
               "ids.keccak_builtin_state.s2\nfull_num += (2**600) * "
               "ids.keccak_builtin_state.s3\nfull_num += (2**800) * "
               "ids.keccak_builtin_state.s4\nfull_num += (2**1000) * "
               "ids.keccak_builtin_state.s5\nfull_num += (2**1200) * "
               "ids.keccak_builtin_state.s6\nfull_num += (2**1400) * "
               "ids.keccak_builtin_state.s7\nfor i in range(25):\n    memory[ids.felt_array + i] = "
               "full_num % (2**64)\n    full_num = full_num >> 64",
               keccak_builtin_state_to_felts},
    NativeHint{"ids.high3, ids.low3 = divmod(memory[ids.felt_array + 3], 256)",
               split_input<kFeltArray, 3, 1>},
    NativeHint{"ids.high6, ids.low6 = divmod(memory[ids.felt_array + 6], 256 ** 2)",
               split_input<kFeltArray, 6, 2>},
    NativeHint{"ids.high9, ids.low9 = divmod(memory[ids.felt_array + 9], 256 ** 3)",
               split_input<kFeltArray, 9, 3>},
    NativeHint{"ids.high12, ids.low12 = divmod(memory[ids.felt_array + 12], 256 ** 4)",
               split_input<kFeltArray, 12, 4>},
    NativeHint{"ids.high15, ids.low15 = divmod(memory[ids.felt_array + 15], 256 ** 5)",
               split_input<kFeltArray, 15, 5>},
    NativeHint{"ids.high18, ids.low18 = divmod(memory[ids.felt_array + 18], 256 ** 6)",
               split_input<kFeltArray, 18, 6>},
    NativeHint{"ids.high21, ids.low21 = divmod(memory[ids.felt_array + 21], 256 ** 7)",
               split_input<kFeltArray, 21, 7>},
};

}  // namespace

std::span<const NativeHint> keccak_hints() {
  return kKeccakHints;
}

}  // namespace cairovm
