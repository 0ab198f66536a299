// Shared by the fuzz targets: the libFuzzer entry point's signature, and the rule every target
// checks, that bad input fails only with cairovm's own errors (anything else escaping, a crash,
// a hang or a sanitizer report is a finding).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "cairovm/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace cairovm::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Runs `body`; cairovm::Error is the expected way for bad input to fail and is swallowed.
/// Any other exception escapes, and libFuzzer reports it as a crash.
template <typename Body>
void expect_only_cairovm_errors(Body&& body) {
  try {
    body();
  } catch (const cairovm::Error&) {
  }
}

}  // namespace cairovm::fuzz
