// Native hints of cairo_blake2s: the compression of one instance, the padding of the last batch,
// uint256 to words, and felt252 to u32 encoding.
#include <array>
#include <cstdint>
#include <vector>

#include "hint_bigint.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

using Words8 = std::array<std::uint32_t, 8>;
using Words16 = std::array<std::uint32_t, 16>;

constexpr Words8 kIv = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
                        0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};

constexpr std::uint8_t kSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

constexpr std::uint32_t rotr(std::uint32_t value, int n) {
  return (value >> n) | (value << (32 - n));
}

void mix(std::array<std::uint32_t, 16>& v, int a, int b, int c, int d, std::uint32_t m0,
         std::uint32_t m1) {
  v[a] = v[a] + v[b] + m0;
  v[d] = rotr(v[d] ^ v[a], 16);
  v[c] = v[c] + v[d];
  v[b] = rotr(v[b] ^ v[c], 12);
  v[a] = v[a] + v[b] + m1;
  v[d] = rotr(v[d] ^ v[a], 8);
  v[c] = v[c] + v[d];
  v[b] = rotr(v[b] ^ v[c], 7);
}

// blake2s_utils.blake2s_compress with t1 = f1 = 0.
Words8 blake2s_compress(const Words8& h, const Words16& message, std::uint32_t t0,
                        std::uint32_t f0) {
  std::array<std::uint32_t, 16> v{};
  for (int i = 0; i < 8; ++i) v[i] = h[i];
  for (int i = 0; i < 8; ++i) v[8 + i] = kIv[i];
  v[12] ^= t0;
  v[14] ^= f0;
  for (const auto& s : kSigma) {
    mix(v, 0, 4, 8, 12, message[s[0]], message[s[1]]);
    mix(v, 1, 5, 9, 13, message[s[2]], message[s[3]]);
    mix(v, 2, 6, 10, 14, message[s[4]], message[s[5]]);
    mix(v, 3, 7, 11, 15, message[s[6]], message[s[7]]);
    mix(v, 0, 5, 10, 15, message[s[8]], message[s[9]]);
    mix(v, 1, 6, 11, 12, message[s[10]], message[s[11]]);
    mix(v, 2, 7, 8, 13, message[s[12]], message[s[13]]);
    mix(v, 3, 4, 9, 14, message[s[14]], message[s[15]]);
  }
  Words8 out{};
  for (int i = 0; i < 8; ++i) out[i] = h[i] ^ v[i] ^ v[8 + i];
  return out;
}

std::uint32_t word_at(const HintContext& ctx, Relocatable address) {
  const auto value = memory_felt(ctx, address).to_u64();
  if (!value || *value > 0xFFFFFFFFu) {
    throw VmError("blake2s expects 32-bit words, got a larger value at " + address.to_string() +
                  ".");
  }
  return static_cast<std::uint32_t>(*value);
}

// The low 32 bits (t and f only enter the state through `(IV[i] ^ x) % 2**32`).
std::uint32_t low_word(const HintContext& ctx, Relocatable address) {
  return static_cast<std::uint32_t>(memory_felt(ctx, address).limbs()[0]);
}

void compute_blake2s(const HintContext& ctx) {
  const Relocatable output = ctx.ids_pointer("output");
  Words8 h{};
  for (int i = 0; i < 8; ++i) h[i] = word_at(ctx, add(output, i - 26));
  Words16 message{};
  for (int i = 0; i < 16; ++i) message[i] = word_at(ctx, add(output, i - 18));
  const std::uint32_t t = low_word(ctx, add(output, std::int64_t{-2}));
  const std::uint32_t f = low_word(ctx, add(output, std::int64_t{-1}));
  const Words8 state = blake2s_compress(h, message, t, f);
  for (int i = 0; i < 8; ++i) ctx.vm.memory().insert(add(output, i), Felt{state[i]});
}

// The padding of the last batch: N_PACKED_INSTANCES - 1 dummy instances, each the (modified) IV,
// a zero message, t and f, and the compression's output. The variants differ in the constant
// that gives the message size and in whether the message comes before the IV.
void finalize_blake2s_padding(const HintContext& ctx, const char* chunk_constant,
                              bool message_first) {
  const auto instances = ctx.ids_constant("N_PACKED_INSTANCES").to_u64();
  if (!instances || *instances >= 20) throw VmError("", "AssertionError");
  set_scope_int(ctx, "_n_packed_instances", static_cast<unsigned long>(*instances));
  const auto block_felts = ctx.ids_constant(chunk_constant).to_u64();
  if (!block_felts || *block_felts >= 100) throw VmError("", "AssertionError");
  set_scope_int(ctx, "_blake2s_input_chunk_size_felts", static_cast<unsigned long>(*block_felts));
  if (*block_felts < 16) throw VmError("list index out of range", "IndexError");

  Words8 modified_iv = kIv;
  modified_iv[0] ^= 0x01010020;
  const Words8 output = blake2s_compress(modified_iv, Words16{}, 0, 0xFFFFFFFF);
  std::vector<Felt> instance;
  if (message_first) instance.insert(instance.end(), *block_felts, Felt::zero());
  for (std::uint32_t word : modified_iv) instance.emplace_back(word);
  if (!message_first) instance.insert(instance.end(), *block_felts, Felt::zero());
  instance.push_back(Felt::zero());
  instance.emplace_back(std::uint64_t{0xFFFFFFFF});
  for (std::uint32_t word : output) instance.emplace_back(word);

  const Relocatable end = ctx.ids_pointer("blake2s_ptr_end");
  std::int64_t offset = 0;
  for (std::uint64_t i = 1; i < *instances; ++i) {
    for (const Felt& value : instance) ctx.vm.memory().insert(add(end, offset++), value);
  }
}

void finalize_blake2s_library(const HintContext& ctx) {
  finalize_blake2s_padding(ctx, "INPUT_BLOCK_FELTS", false);
}

void finalize_blake2s_chunk_size(const HintContext& ctx) {
  finalize_blake2s_padding(ctx, "BLAKE2S_INPUT_CHUNK_SIZE_FELTS", false);
}

void finalize_blake2s_message_first(const HintContext& ctx) {
  finalize_blake2s_padding(ctx, "BLAKE2S_INPUT_CHUNK_SIZE_FELTS", true);
}

// One compression of a first (and last) block of ids.n_bytes bytes at ids.blake2s_start, with
// the IV's parameter word for a 32-byte digest, written to ids.output.
void blake2s_compress_first_block(const HintContext& ctx) {
  const auto chunk = ctx.ids_constant("BLAKE2S_INPUT_CHUNK_SIZE_FELTS").to_u64();
  if (!chunk || *chunk >= 100) throw VmError("", "AssertionError");
  set_scope_int(ctx, "_blake2s_input_chunk_size_felts", static_cast<unsigned long>(*chunk));
  const Relocatable start = ctx.ids_pointer("blake2s_start");
  for (std::uint64_t i = 0; i < *chunk; ++i) {
    (void)memory_felt(ctx, add(start, static_cast<std::int64_t>(i)));  // memory.get_range
  }
  if (*chunk < 16) throw VmError("list index out of range", "IndexError");
  Words16 message{};
  for (int i = 0; i < 16; ++i) message[i] = word_at(ctx, add(start, i));
  const MaybeRelocatable n_bytes = ctx.ids_get("n_bytes");
  if (!n_bytes.is_felt()) {
    throw VmError("unsupported operand type(s) for ^: 'int' and 'RelocatableValue'", "TypeError");
  }
  Words8 h = kIv;
  h[0] ^= 0x01010020;
  const Words8 state = blake2s_compress(
      h, message, static_cast<std::uint32_t>(n_bytes.felt().limbs()[0]), 0xFFFFFFFF);
  const Relocatable output = ctx.ids_pointer("output");
  for (int i = 0; i < 8; ++i) ctx.vm.memory().insert(add(output, i), Felt{state[i]});
}

// Writes the four 32-bit words of `value`, least significant first or last.
void write_words(const HintContext& ctx, Relocatable ptr, const Felt& value, bool big_end) {
  for (int i = 0; i < 4; ++i) {
    const int word = big_end ? 3 - i : i;
    const std::uint64_t limb = value.limbs()[word / 2];
    ctx.vm.memory().insert(add(ptr, i), Felt{(limb >> (32 * (word % 2))) & 0xFFFFFFFFu});
  }
}

// ids.low and ids.high are felts; words beyond 128 bits of a larger felt would be written by
// the reference too: (x >> 32 * i) & MASK for i < 4 only reads the low 128 bits.
void blake2s_add_uint256(const HintContext& ctx) {
  const Relocatable data = ctx.ids_pointer("data");
  write_words(ctx, data, ctx.ids_felt("low"), false);
  write_words(ctx, add(data, std::int64_t{4}), ctx.ids_felt("high"), false);
}

void blake2s_add_uint256_bigend(const HintContext& ctx) {
  const Relocatable data = ctx.ids_pointer("data");
  write_words(ctx, data, ctx.ids_felt("high"), true);
  write_words(ctx, add(data, std::int64_t{4}), ctx.ids_felt("low"), true);
}

void encode_felt252_to_u32s(const HintContext& ctx) {
  const BigInt count = to_bigint(ctx.ids_felt("packed_values_len"));
  const Relocatable packed = ctx.ids_pointer("packed_values");
  const Relocatable unpacked = ctx.ids_pointer("unpacked_u32s");
  std::int64_t offset = 0;
  for (BigInt i = 0; i < count; ++i) {
    const Felt value = memory_felt(ctx, add(packed, felt_mod(i)));
    const bool small = value.bit_length() <= 63;
    const int val_len = small ? 2 : 8;
    // val + 2**255 has its 8 words from the felt's limbs, with bit 255 set.
    Felt::Limbs limbs = value.limbs();
    if (!small) limbs[3] |= std::uint64_t{1} << 63;
    for (int word = 0; word < val_len; ++word) {
      const std::uint64_t limb = limbs[word / 2];
      const std::uint64_t part = (limb >> (32 * (word % 2))) & 0xFFFFFFFFu;
      ctx.vm.memory().insert(add(unpacked, offset + val_len - 1 - word), Felt{part});
    }
    offset += val_len;
  }
}

void nondet_small_packed_value(const HintContext& ctx) {
  const MaybeRelocatable end = ctx.ids_get("end");
  const MaybeRelocatable packed = ctx.ids_get("packed_values");
  bool result = false;
  if (end != packed) {
    if (!packed.is_relocatable()) {
      throw VmError("ids.packed_values must be a pointer.", "TypeError");
    }
    result = memory_felt(ctx, packed.relocatable()).bit_length() <= 63;
  }
  ctx.vm.memory().insert(ctx.vm.ap, result ? Felt::one() : Felt::zero());
}

constexpr std::array kBlake2sHints = {
    NativeHint{"from starkware.cairo.common.cairo_blake2s.blake2s_utils import "
               "compute_blake2s_func\ncompute_blake2s_func(segments=segments, "
               "output_ptr=ids.output)",
               compute_blake2s},
    NativeHint{"# Add dummy pairs of input and output.\nfrom "
               "starkware.cairo.common.cairo_blake2s.blake2s_utils import IV, "
               "blake2s_compress\n\n_n_packed_instances = int(ids.N_PACKED_INSTANCES)\nassert 0 "
               "<= _n_packed_instances < 20\n_blake2s_input_chunk_size_felts = "
               "int(ids.INPUT_BLOCK_FELTS)\nassert 0 <= _blake2s_input_chunk_size_felts < "
               "100\n\nmessage = [0] * _blake2s_input_chunk_size_felts\nmodified_iv = [IV[0] ^ "
               "0x01010020] + IV[1:]\noutput = blake2s_compress(\n    message=message,\n    "
               "h=modified_iv,\n    t0=0,\n    t1=0,\n    f0=0xffffffff,\n    f1=0,\n)\npadding = "
               "(modified_iv + message + [0, 0xffffffff] + output) * (_n_packed_instances - "
               "1)\nsegments.write_arg(ids.blake2s_ptr_end, padding)",
               finalize_blake2s_library},
    NativeHint{"# Add dummy pairs of input and output.\nfrom "
               "starkware.cairo.common.cairo_blake2s.blake2s_utils import IV, "
               "blake2s_compress\n\n_n_packed_instances = int(ids.N_PACKED_INSTANCES)\nassert 0 "
               "<= _n_packed_instances < 20\n_blake2s_input_chunk_size_felts = "
               "int(ids.BLAKE2S_INPUT_CHUNK_SIZE_FELTS)\nassert 0 <= "
               "_blake2s_input_chunk_size_felts < 100\n\nmessage = [0] * "
               "_blake2s_input_chunk_size_felts\nmodified_iv = [IV[0] ^ 0x01010020] + "
               "IV[1:]\noutput = blake2s_compress(\n    message=message,\n    h=modified_iv,\n    "
               "t0=0,\n    t1=0,\n    f0=0xffffffff,\n    f1=0,\n)\npadding = (modified_iv + "
               "message + [0, 0xffffffff] + output) * (_n_packed_instances - "
               "1)\nsegments.write_arg(ids.blake2s_ptr_end, padding)",
               finalize_blake2s_chunk_size},
    NativeHint{"# Add dummy pairs of input and output.\nfrom "
               "starkware.cairo.common.cairo_blake2s.blake2s_utils import IV, "
               "blake2s_compress\n\n_n_packed_instances = int(ids.N_PACKED_INSTANCES)\nassert 0 "
               "<= _n_packed_instances < 20\n_blake2s_input_chunk_size_felts = "
               "int(ids.BLAKE2S_INPUT_CHUNK_SIZE_FELTS)\nassert 0 <= "
               "_blake2s_input_chunk_size_felts < 100\n\nmessage = [0] * "
               "_blake2s_input_chunk_size_felts\nmodified_iv = [IV[0] ^ 0x01010020] + "
               "IV[1:]\noutput = blake2s_compress(\n    message=message,\n    h=modified_iv,\n    "
               "t0=0,\n    t1=0,\n    f0=0xffffffff,\n    f1=0,\n)\npadding = (message + "
               "modified_iv + [0, 0xffffffff] + output) * (_n_packed_instances - "
               "1)\nsegments.write_arg(ids.blake2s_ptr_end, padding)",
               finalize_blake2s_message_first},
    NativeHint{"from starkware.cairo.common.cairo_blake2s.blake2s_utils import IV, "
               "blake2s_compress\n\n_blake2s_input_chunk_size_felts = "
               "int(ids.BLAKE2S_INPUT_CHUNK_SIZE_FELTS)\nassert 0 <= "
               "_blake2s_input_chunk_size_felts < 100\n\nnew_state = blake2s_compress(\n    "
               "message=memory.get_range(ids.blake2s_start, "
               "_blake2s_input_chunk_size_felts),\n    h=[IV[0] ^ 0x01010020] + IV[1:],\n    "
               "t0=ids.n_bytes,\n    t1=0,\n    f0=0xffffffff,\n    f1=0,\n)\n\nsegments.write_"
               "arg(ids.output, new_state)",
               blake2s_compress_first_block},
    NativeHint{"B = 32\nMASK = 2 ** 32 - 1\nsegments.write_arg(ids.data, [(ids.low >> (B * i)) & "
               "MASK for i in range(4)])\nsegments.write_arg(ids.data + 4, [(ids.high >> (B * i)) "
               "& MASK for i in range(4)])",
               blake2s_add_uint256},
    NativeHint{"B = 32\nMASK = 2 ** 32 - 1\nsegments.write_arg(ids.data, [(ids.high >> (B * (3 - "
               "i))) & MASK for i in range(4)])\nsegments.write_arg(ids.data + 4, [(ids.low >> (B "
               "* (3 - i))) & MASK for i in range(4)])",
               blake2s_add_uint256_bigend},
    NativeHint{"offset = 0\nfor i in range(ids.packed_values_len):\n    val = (memory[ids.packed_"
               "values + i] % PRIME)\n    val_len = 2 if val < 2**63 else 8\n    if val_len == "
               "8:\n        val += 2**255\n    for i in range(val_len - 1, -1, -1):\n        val, "
               "memory[ids.unpacked_u32s + offset + i] = divmod(val, 2**32)\n    assert val == "
               "0\n    offset += val_len",
               encode_felt252_to_u32s},
    NativeHint{"memory[ap] = to_felt_or_relocatable((ids.end != ids.packed_values) and "
               "(memory[ids.packed_values] < 2**63))",
               nondet_small_packed_value},
    // The same without to_felt_or_relocatable: the reference writes the bool, which memory
    // holds as the int 0 or 1.
    NativeHint{"memory[ap] = (ids.end != ids.packed_values) and (memory[ids.packed_values] < "
               "2**63)",
               nondet_small_packed_value},
};

}  // namespace

std::span<const NativeHint> blake2s_hints() {
  return kBlake2sHints;
}

}  // namespace cairovm
