// Small hand-assembled programs for unit tests (the differential tests use compiled ones).
#pragma once

#include <string>

namespace cairovm::testing {

inline constexpr const char* kPrime =
    "0x800000000000011000000000000000000000000000000000000000000000001";

/// A program JSON with the given data words (hex strings) and `main` at pc 0.
inline std::string program_json(const std::string& data_words, const std::string& extra = "") {
  return std::string(R"({"prime": ")") + kPrime + R"(", "data": [)" + data_words +
         R"(], "builtins": [], "hints": {}, "main_scope": "__main__",
            "reference_manager": {"references": []}, "attributes": [], "debug_info": null,
            "identifiers": {"__main__.main": {"type": "function", "pc": 0, "decorators": []}})" +
         extra + "}";
}

// [ap] = 5, ap++; ret
inline const std::string kStoreFiveAndReturn =
    R"("0x480680017fff8000", "0x5", "0x208b7fff7fff7ffe")";

// [ap] = <start>, ap++; loop: [ap] = [ap - 1] - 1, ap++; jmp loop if [ap - 1] != 0; ret
// (1 + 2 * start + 1 steps; `start` a hex string).
inline std::string countdown(const std::string& start) {
  return R"("0x480680017fff8000", ")" + start + R"(", "0x482480017fff8000",
    "0x800000000000011000000000000000000000000000000000000000000000000", "0x20680017fff7fff",
    "0x800000000000010ffffffffffffffffffffffffffffffffffffffffffffffff", "0x208b7fff7fff7ffe")";
}

}  // namespace cairovm::testing
