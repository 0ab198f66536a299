// Native hints of cairo_sha256: the padding of finalize_sha256's last batch.
#include <array>
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
};

}  // namespace

std::span<const NativeHint> sha256_hints() {
  return kSha256Hints;
}

}  // namespace cairovm
