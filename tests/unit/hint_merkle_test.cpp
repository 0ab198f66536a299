// The Merkle and Patricia hints' table, their native scope state (a host's hint puts a native
// `auth_path` in the scope; the library's hint pops it without Python), and the older hint
// variants that share the current library's implementations.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "cairovm/errors.hpp"
#include "cairovm/hint_api.hpp"
#include "cairovm/runner.hpp"
#include "native_hints.hpp"
#include "test_programs.hpp"

namespace cairovm {
namespace {

std::string json_string(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

// `[ap] = 5, ap++; ret` with the hints `codes` at pc 0, in order.
std::string program_with_hints(const std::vector<std::string>& codes) {
  std::string hints = R"(, "hints": {"0": [)";
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (i > 0) hints += ", ";
    hints += R"({"code": ")" + json_string(codes[i]) +
             R"(", "accessible_scopes": ["__main__", "__main__.main"],
        "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0}, "reference_ids": {}}})";
  }
  hints += "]}";
  std::string json = testing::program_json(testing::kStoreFiveAndReturn);
  json.replace(json.find(R"(, "hints": {})"), std::string(R"(, "hints": {})").size(), hints);
  return json;
}

const std::string kAuthPathEmpty =
    "# Check that auth_path had the right number of elements.\n"
    "assert len(auth_path) == 0, 'Got too many values in auth_path.'";

RunOptions with_auth_path(std::vector<Felt> path) {
  auto registry = std::make_shared<HintRegistry>();
  registry->add("host_sets_auth_path()",
                [path](HintAccess& hint) { hint.set_scope_variable("auth_path", path); });
  RunOptions options;
  options.allow_python_hints = false;
  options.hints = registry;
  return options;
}

TEST(HintMerkle, EveryMerkleHintIsRegisteredOnce) {
  // 35 distinct strings: merkle_update 4, merkle_multi_update 7, small_merkle_tree 2, patricia
  // (and patricia_with_sponge, the same strings) 20, cairo_ec_op 2.
  EXPECT_EQ(merkle_hints().size(), 35u);
  for (const NativeHint& hint : merkle_hints()) {
    EXPECT_EQ(find_native_hint(hint.code), hint.fn) << hint.code;
  }
}

TEST(HintMerkle, NativeAuthPathIsReadWithoutPython) {
  const Program program =
      Program::from_json_text(program_with_hints({"host_sets_auth_path()", kAuthPathEmpty}));
  {
    CairoRunner runner(program, with_auth_path({}));
    runner.run();
    EXPECT_EQ(runner.n_steps(), 2u);
  }
  CairoRunner runner(program, with_auth_path({Felt{7}}));
  try {
    runner.run();
    FAIL() << "expected the auth_path check to fail";
  } catch (const VmException& e) {
    EXPECT_NE(std::string(e.what()).find("AssertionError: Got too many values in auth_path."),
              std::string::npos)
        << e.what();
  }
}

TEST(HintMerkle, CairoEcOpFailureIsTheReferencesAssertion) {
  const Program program =
      Program::from_json_text(program_with_hints({"assert False, \"ec_op failed.\""}));
  RunOptions options;
  options.allow_python_hints = false;
  CairoRunner runner(program, options);
  try {
    runner.run();
    FAIL() << "expected the hint to fail";
  } catch (const VmException& e) {
    EXPECT_EQ(e.inner_message(), "Got an exception while executing a hint.");
    EXPECT_NE(std::string(e.what()).find("AssertionError: ec_op failed."), std::string::npos)
        << e.what();
  }
}

TEST(HintMerkle, OlderVariantsShareTheLibraryImplementation) {
  // Each pair: a variant of an older cairo-lang or a library built on cairo_secp, and the
  // current library's hint with the same semantics.
  const std::vector<std::pair<std::string, std::string>> same = {
      {"from starkware.cairo.common.cairo_secp.secp_utils import split\n"
       "segments.write_arg(ids.res.address_, split(value))",
       "from starkware.cairo.common.cairo_secp.secp_utils import split\n\n"
       "segments.write_arg(ids.res.address_, split(value))"},
      {"from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n"
       "x = pack(ids.x, PRIME) % SECP_P",
       "from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack\n\n"
       "x = pack(ids.x, PRIME) % SECP_P"},
      {"memory[ap] = int(x == 0)", "memory[ap] = to_felt_or_relocatable(x == 0)"},
  };
  for (const auto& [variant, current] : same) {
    EXPECT_NE(find_native_hint(variant), nullptr) << variant;
    EXPECT_EQ(find_native_hint(variant), find_native_hint(current)) << variant;
  }
  // Variants with their own (small) implementation: SECP_P or N from the scope.
  for (const char* code : {
           "from starkware.cairo.common.cairo_secp.secp_utils import pack\n"
           "value = pack(ids.x, PRIME) % SECP_P",
           "value = k_plus_one = safe_div(res * b - a, N) + 1",
           "ids.full_word = int(ids.n_bytes >= 4)",
       }) {
    EXPECT_NE(find_native_hint(code), nullptr) << code;
  }
}

}  // namespace
}  // namespace cairovm
