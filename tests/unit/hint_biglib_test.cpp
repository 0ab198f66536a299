// The hint strings of big-integer libraries and of older hash library versions beyond the common
// library: each resolves to a native implementation, and the hints that work on scope variables
// alone compute what their Python code computes. Their behaviour on memory is checked against
// cairo-run by cairo_programs/native_uint384_library_hints.cairo, native_ec_recover_hints.cairo
// and native_hash_hint_variants.cairo.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cairovm/errors.hpp"
#include "cairovm/hint_api.hpp"
#include "cairovm/runner.hpp"
#include "hint_bigint.hpp"
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

const std::string kProductDivM = "value = k = product // m";
const std::string kXsSafeDiv = "value = k = safe_div(res * s - x, N)";
const std::string kImportR1N =
    "from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_N as N";
const std::string kImportR1Alpha =
    "from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_ALPHA as ALPHA";

// Runs `codes` between a host hint that sets the scope variables `before` and one that records
// the scope variables `after` (absent ones are not recorded); Python hints are off.
std::map<std::string, Felt> run_with_scope(const std::vector<std::string>& codes,
                                           const std::map<std::string, Felt>& before,
                                           const std::vector<std::string>& after) {
  auto recorded = std::make_shared<std::map<std::string, Felt>>();
  auto registry = std::make_shared<HintRegistry>();
  registry->add("host_sets_scope()", [before](HintAccess& hint) {
    for (const auto& [name, value] : before) hint.set_scope_variable(name, value);
  });
  registry->add("host_reads_scope()", [after, recorded](HintAccess& hint) {
    for (const std::string& name : after) {
      if (auto value = hint.scope_felt(name)) (*recorded)[name] = *value;
    }
  });
  std::vector<std::string> all = {"host_sets_scope()"};
  all.insert(all.end(), codes.begin(), codes.end());
  all.push_back("host_reads_scope()");
  const Program program = Program::from_json_text(program_with_hints(all));
  RunOptions options;
  options.allow_python_hints = false;
  options.hints = registry;
  CairoRunner runner(program, options);
  runner.run();
  return *recorded;
}

// The report of a run that fails in a hint.
std::string failure(const std::vector<std::string>& codes,
                    const std::map<std::string, Felt>& before) {
  try {
    run_with_scope(codes, before, {});
  } catch (const VmException& e) {
    EXPECT_EQ(e.inner_message(), "Got an exception while executing a hint.");
    return e.what();
  }
  ADD_FAILURE() << "expected the hint to fail";
  return "";
}

TEST(BigLibHints, EveryStringIsNative) {
  // 26 strings of the big-integer libraries; two spellings of the uint768 division (with and
  // without trailing spaces on two lines) share one function.
  EXPECT_EQ(biglib_hints().size(), 26U);
  std::set<NativeHintFn> functions;
  for (const NativeHint& hint : biglib_hints()) {
    EXPECT_EQ(find_native_hint(hint.code), hint.fn) << hint.code;
    functions.insert(hint.fn);
  }
  EXPECT_EQ(functions.size(), 25U);
}

TEST(BigLibHints, OlderHashAndCircuitVariantsAreNative) {
  // The bool-writing spelling of blake2s's small-value test shares the library's function.
  EXPECT_EQ(find_native_hint("memory[ap] = (ids.end != ids.packed_values) and "
                             "(memory[ids.packed_values] < 2**63)"),
            find_native_hint("memory[ap] = to_felt_or_relocatable((ids.end != ids.packed_values) "
                             "and (memory[ids.packed_values] < 2**63))"));
  // run_mod_p_circuit with the program's BATCH_SIZE has its own function.
  EXPECT_EQ(mod_hints().size(), 2U);
  EXPECT_NE(mod_hints()[0].fn, mod_hints()[1].fn);
  for (const NativeHint& hint : mod_hints()) EXPECT_EQ(find_native_hint(hint.code), hint.fn);
}

TEST(BigLibHints, ProductDivMIsPythonsFloorDivision) {
  const auto scope =
      run_with_scope({kProductDivM}, {{"product", Felt{100}}, {"m", Felt{7}}}, {"value", "k"});
  EXPECT_EQ(scope.at("value"), Felt{14});
  EXPECT_EQ(scope.at("k"), Felt{14});
}

TEST(BigLibHints, ProductDivMByZeroIsZeroDivisionError) {
  const std::string report = failure({kProductDivM}, {{"product", Felt{100}}, {"m", Felt{0}}});
  EXPECT_NE(report.find("ZeroDivisionError: integer division or modulo by zero"), std::string::npos)
      << report;
}

TEST(BigLibHints, ProductDivMWithoutProductIsNameError) {
  const std::string report = failure({kProductDivM}, {{"m", Felt{3}}});
  EXPECT_NE(report.find("NameError: name 'product' is not defined"), std::string::npos) << report;
}

TEST(BigLibHints, XsSafeDivDividesExactly) {
  // res * s - x = 7 * 6 - 2 = 40 = 4 * 10.
  const auto scope = run_with_scope(
      {kXsSafeDiv},
      {{"res", Felt{7}}, {"s", Felt{6}}, {"x", Felt{2}}, {"N", Felt{10}}, {"safe_div", Felt{0}}},
      {"value", "k"});
  EXPECT_EQ(scope.at("value"), Felt{4});
  EXPECT_EQ(scope.at("k"), Felt{4});
}

TEST(BigLibHints, XsSafeDivReportsTheRemainder) {
  const std::string report = failure(
      {kXsSafeDiv},
      {{"res", Felt{7}}, {"s", Felt{6}}, {"x", Felt{1}}, {"N", Felt{10}}, {"safe_div", Felt{0}}});
  EXPECT_NE(report.find("AssertionError: 41 is not divisible by 10."), std::string::npos) << report;
}

TEST(BigLibHints, XsSafeDivNeedsTheImport) {
  const std::string report =
      failure({kXsSafeDiv}, {{"res", Felt{7}}, {"s", Felt{6}}, {"x", Felt{2}}, {"N", Felt{10}}});
  EXPECT_NE(report.find("NameError: name 'safe_div' is not defined"), std::string::npos) << report;
}

TEST(BigLibHints, Secp256r1ConstantsImportedUnderOtherNames) {
  // Both exceed the field prime: the scope holds them as big integers, as Python's ints.
  auto seen = std::make_shared<std::map<std::string, std::string>>();
  auto registry = std::make_shared<HintRegistry>();
  registry->add("host_reads_scope()", [seen](HintAccess& hint) {
    for (const char* name : {"N", "ALPHA"}) {
      if (const auto* value = std::any_cast<BigInt>(hint.scope_variable(name))) {
        (*seen)[name] = value->get_str(16);
      }
    }
  });
  const Program program = Program::from_json_text(
      program_with_hints({kImportR1N, kImportR1Alpha, "host_reads_scope()"}));
  RunOptions options;
  options.allow_python_hints = false;
  options.hints = registry;
  CairoRunner runner(program, options);
  runner.run();
  EXPECT_EQ(seen->at("N"), "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
  EXPECT_EQ(seen->at("ALPHA"), "ffffffff00000001000000000000000000000000fffffffffffffffffffffffc");
}

}  // namespace
}  // namespace cairovm
