// Fuzz target: the instruction decoder on any field element (32 bytes, reduced modulo the prime;
// a 33rd byte's low bit says whether an immediate follows). Also checks that the decoder and the
// helpers built on it agree.
#include <array>
#include <cstdlib>
#include <span>

#include "cairovm/felt.hpp"
#include "instruction.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::array<std::uint8_t, 32> bytes{};
  for (std::size_t i = 0; i < bytes.size() && i < size; ++i) bytes[i] = data[i];
  const bool has_immediate = size > 32 && (data[32] & 1) != 0;
  const cairovm::Felt encoding = cairovm::Felt::from_le_bytes(std::span(bytes));
  const bool is_call = cairovm::is_call_instruction(encoding, has_immediate);
  const auto parts = cairovm::split_instruction(encoding);
  try {
    const cairovm::Instruction instruction = cairovm::decode_instruction(encoding, has_immediate);
    // A word that decodes fits in 63 bits; what is_call_instruction calls a call is one.
    if (!parts) std::abort();
    if (is_call && instruction.opcode != cairovm::Opcode::kCall) std::abort();
    if (instruction.size != 1 && instruction.size != 2) std::abort();
  } catch (const cairovm::Error&) {
    if (is_call) std::abort();  // a call instruction decodes
  }
  return 0;
}
