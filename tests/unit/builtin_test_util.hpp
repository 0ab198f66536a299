// Helpers shared by the builtin unit tests.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "builtin_runner.hpp"
#include "cairovm/errors.hpp"
#include "cairovm/felt.hpp"
#include "cairovm/memory.hpp"

namespace cairovm::testing {

/// A field element from decimal or 0x-hex text (test constants only).
inline Felt felt(const std::string& text) {
  return Felt::parse(text).value();
}

/// A memory with one unrelated segment first, so the builtin's segment index is 1 (messages
/// then show addresses such as "1:2").
struct BuiltinFixture {
  Memory memory;
  explicit BuiltinFixture(BuiltinRunner& runner) {
    (void)memory.add_segment();
    runner.initialize_segments(memory);
  }
};

/// The message of the VmError `f` throws; fails the test if it throws nothing.
template <typename F>
std::string vm_error_message(F&& f) {
  try {
    f();
  } catch (const VmError& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected a VmError";
  return "";
}

}  // namespace cairovm::testing
