// Native hints of cairo_sha256: the padding of finalize_sha256's last batch, and the hints of
// older versions of the library (the compression of one block, the padding by BLOCK_SIZE).
#include <array>
#include <string>
#include <vector>

#include "hint_bigint.hpp"
#include "native_hints.hpp"
#include "sha256.hpp"

namespace cairovm {

namespace {

void finalize_sha256_padding(const HintContext& ctx) {
  const BigInt batch_size = to_bigint(ctx.ids_constant("BATCH_SIZE"));
  if (batch_size == 0) throw VmError("integer division or modulo by zero", "ZeroDivisionError");
  const BigInt missing = py_mod(-to_bigint(ctx.ids_felt("n")), batch_size);
  set_scope_int(ctx, "number_of_missing_blocks", missing);
  if (missing >= 20) throw VmError("", "AssertionError");
  const BigInt chunk_size = to_bigint(ctx.ids_constant("SHA256_INPUT_CHUNK_SIZE_FELTS"));
  set_scope_int(ctx, "_sha256_input_chunk_size_felts", chunk_size);
  // compute_message_schedule asserts a block of 16 words.
  if (chunk_size != 16) throw VmError("", "AssertionError");

  const std::array<std::uint32_t, 16> message{};
  const Sha256State output = sha256_compress(kSha256Iv, message);
  std::vector<Felt> instance(message.size(), Felt::zero());
  for (std::uint32_t word : kSha256Iv) instance.emplace_back(word);
  for (std::uint32_t word : output) instance.emplace_back(word);

  const Relocatable end = ctx.ids_pointer("sha256_ptr_end");
  std::int64_t offset = 0;
  for (unsigned long block = 0; block < missing.get_ui(); ++block) {
    for (const Felt& value : instance) ctx.vm.memory().insert(add(end, offset++), value);
  }
}

// `int(ids.<name>)` with `assert 0 <= value < bound`.
std::uint64_t small_constant(const HintContext& ctx, const char* name, std::uint64_t bound) {
  const auto value = ctx.ids_constant(name).to_u64();
  if (!value || *value >= bound) throw VmError("", "AssertionError");
  return *value;
}

// memory.get_range(start, size) as 32-bit words; compute_message_schedule asserts 16 of them.
std::array<std::uint32_t, 16> message_block(const HintContext& ctx, Relocatable start,
                                            std::uint64_t size) {
  std::vector<Felt> words;
  for (std::uint64_t i = 0; i < size; ++i) {
    words.push_back(memory_felt(ctx, add(start, static_cast<std::int64_t>(i))));
  }
  if (size != 16) throw VmError("", "AssertionError");
  std::array<std::uint32_t, 16> block{};
  for (std::size_t i = 0; i < block.size(); ++i) {
    const auto word = words[i].to_u64();
    if (!word || *word > 0xFFFFFFFFu) {
      throw VmError("sha256 expects 32-bit words, got a larger value at " +
                    add(start, static_cast<std::int64_t>(i)).to_string() + ".");
    }
    block[i] = static_cast<std::uint32_t>(*word);
  }
  return block;
}

void write_state(const HintContext& ctx, const Sha256State& state) {
  const Relocatable output = ctx.ids_pointer("output");
  for (std::size_t i = 0; i < state.size(); ++i) {
    ctx.vm.memory().insert(add(output, static_cast<std::int64_t>(i)), Felt{state[i]});
  }
}

void sha256_block_from_iv(const HintContext& ctx) {
  const std::uint64_t chunk = small_constant(ctx, "SHA256_INPUT_CHUNK_SIZE_FELTS", 100);
  set_scope_int(ctx, "_sha256_input_chunk_size_felts", chunk);
  write_state(
      ctx, sha256_compress(kSha256Iv, message_block(ctx, ctx.ids_pointer("sha256_start"), chunk)));
}

void sha256_block_from_state(const HintContext& ctx) {
  const std::uint64_t chunk = small_constant(ctx, "SHA256_INPUT_CHUNK_SIZE_FELTS", 100);
  set_scope_int(ctx, "_sha256_input_chunk_size_felts", chunk);
  const std::uint64_t state_size = small_constant(ctx, "SHA256_STATE_SIZE_FELTS", 100);
  set_scope_int(ctx, "_sha256_state_size_felts", state_size);
  const auto block = message_block(ctx, ctx.ids_pointer("sha256_start"), chunk);
  const Relocatable state_ptr = ctx.ids_pointer("state");
  std::vector<Felt> words;
  for (std::uint64_t i = 0; i < state_size; ++i) {
    words.push_back(memory_felt(ctx, add(state_ptr, static_cast<std::int64_t>(i))));
  }
  // `a, b, c, d, e, f, g, h = state`
  if (state_size > 8) throw VmError("too many values to unpack (expected 8)", "ValueError");
  if (state_size < 8) {
    throw VmError(
        "not enough values to unpack (expected 8, got " + std::to_string(state_size) + ")",
        "ValueError");
  }
  Sha256State state{};
  for (std::size_t i = 0; i < state.size(); ++i) {
    const auto word = words[i].to_u64();
    if (!word || *word > 0xFFFFFFFFu) {
      throw VmError("sha256 expects 32-bit words, got a larger value at " +
                    add(state_ptr, static_cast<std::int64_t>(i)).to_string() + ".");
    }
    state[i] = static_cast<std::uint32_t>(*word);
  }
  write_state(ctx, sha256_compress(state, block));
}

// finalize_sha256 of older versions: BLOCK_SIZE - 1 dummy blocks.
void finalize_sha256_block_size(const HintContext& ctx) {
  const std::uint64_t block_size = small_constant(ctx, "BLOCK_SIZE", 20);
  set_scope_int(ctx, "_block_size", block_size);
  const std::uint64_t chunk = small_constant(ctx, "SHA256_INPUT_CHUNK_SIZE_FELTS", 100);
  set_scope_int(ctx, "_sha256_input_chunk_size_felts", chunk);
  if (chunk != 16) throw VmError("", "AssertionError");
  const std::array<std::uint32_t, 16> message{};
  const Sha256State output = sha256_compress(kSha256Iv, message);
  std::vector<Felt> instance(message.size(), Felt::zero());
  for (std::uint32_t word : kSha256Iv) instance.emplace_back(word);
  for (std::uint32_t word : output) instance.emplace_back(word);
  const Relocatable end = ctx.ids_pointer("sha256_ptr_end");
  std::int64_t offset = 0;
  for (std::uint64_t block = 1; block < block_size; ++block) {
    for (const Felt& value : instance) ctx.vm.memory().insert(add(end, offset++), value);
  }
}

constexpr std::array kSha256Hints = {
    NativeHint{"# Add dummy pairs of input and output.\nfrom "
               "starkware.cairo.common.cairo_sha256.sha256_utils import (\n    IV,\n    "
               "compute_message_schedule,\n    sha2_compress_function,\n)\n\nnumber_of_missing_"
               "blocks = (-ids.n) % ids.BATCH_SIZE\nassert 0 <= number_of_missing_blocks < "
               "20\n_sha256_input_chunk_size_felts = ids.SHA256_INPUT_CHUNK_SIZE_FELTS\nassert 0 "
               "<= _sha256_input_chunk_size_felts < 100\n\nmessage = [0] * "
               "_sha256_input_chunk_size_felts\nw = compute_message_schedule(message)\noutput = "
               "sha2_compress_function(IV, w)\npadding = (message + IV + output) * "
               "number_of_missing_blocks\nsegments.write_arg(ids.sha256_ptr_end, padding)",
               finalize_sha256_padding},
    NativeHint{"from starkware.cairo.common.cairo_sha256.sha256_utils import (\n    IV, "
               "compute_message_schedule, sha2_compress_function)\n\n_sha256_input_chunk_size_"
               "felts = int(ids.SHA256_INPUT_CHUNK_SIZE_FELTS)\nassert 0 <= "
               "_sha256_input_chunk_size_felts < 100\n\nw = "
               "compute_message_schedule(memory.get_range(\n    ids.sha256_start, "
               "_sha256_input_chunk_size_felts))\nnew_state = sha2_compress_function(IV, "
               "w)\nsegments.write_arg(ids.output, new_state)",
               sha256_block_from_iv},
    NativeHint{"from starkware.cairo.common.cairo_sha256.sha256_utils import (\n    "
               "compute_message_schedule, sha2_compress_function)\n\n_sha256_input_chunk_size_"
               "felts = int(ids.SHA256_INPUT_CHUNK_SIZE_FELTS)\nassert 0 <= "
               "_sha256_input_chunk_size_felts < 100\n_sha256_state_size_felts = "
               "int(ids.SHA256_STATE_SIZE_FELTS)\nassert 0 <= _sha256_state_size_felts < 100\nw = "
               "compute_message_schedule(memory.get_range(\n    ids.sha256_start, "
               "_sha256_input_chunk_size_felts))\nnew_state = "
               "sha2_compress_function(memory.get_range(ids.state, _sha256_state_size_felts), "
               "w)\nsegments.write_arg(ids.output, new_state)",
               sha256_block_from_state},
    NativeHint{"# Add dummy pairs of input and output.\nfrom "
               "starkware.cairo.common.cairo_sha256.sha256_utils import (\n    IV, "
               "compute_message_schedule, sha2_compress_function)\n\n_block_size = "
               "int(ids.BLOCK_SIZE)\nassert 0 <= _block_size < 20\n_sha256_input_chunk_size_felts "
               "= int(ids.SHA256_INPUT_CHUNK_SIZE_FELTS)\nassert 0 <= "
               "_sha256_input_chunk_size_felts < 100\n\nmessage = [0] * "
               "_sha256_input_chunk_size_felts\nw = compute_message_schedule(message)\noutput = "
               "sha2_compress_function(IV, w)\npadding = (message + IV + output) * (_block_size - "
               "1)\nsegments.write_arg(ids.sha256_ptr_end, padding)",
               finalize_sha256_block_size},
};

}  // namespace

std::span<const NativeHint> sha256_hints() {
  return kSha256Hints;
}

}  // namespace cairovm
