#include "cairovm/program.hpp"

#include <gtest/gtest.h>

#include "cairovm/errors.hpp"
#include "test_programs.hpp"

namespace cairovm {
namespace {

using testing::kPrime;
using testing::kStoreFiveAndReturn;
using testing::program_json;

std::string load_error(const std::string& text) {
  try {
    (void)Program::from_json_text(text);
  } catch (const ProgramError& e) {
    return e.what();
  }
  return "";
}

TEST(ProgramTest, LoadsDataAndMain) {
  const Program program = Program::from_json_text(program_json(kStoreFiveAndReturn));
  ASSERT_EQ(program.data().size(), 3u);
  EXPECT_EQ(program.data()[1], Felt{5});
  EXPECT_EQ(program.main_pc(), 0u);
  EXPECT_TRUE(program.builtins().empty());
}

TEST(ProgramTest, ReportsBadInput) {
  EXPECT_NE(load_error("").find("not a valid JSON file"), std::string::npos);
  EXPECT_NE(load_error("{\"data\": [").find("not a valid JSON file"), std::string::npos);
  EXPECT_NE(load_error("[1, 2]").find("expected a JSON object"), std::string::npos);
  EXPECT_NE(load_error(R"({"prime": "0x11", "data": []})").find("Unsupported prime"),
            std::string::npos);
  const std::string no_data = std::string(R"({"prime": ")") + kPrime + R"("})";
  EXPECT_NE(load_error(no_data).find("missing field 'data'"), std::string::npos);
  EXPECT_NE(load_error(program_json(R"("0x1", "zz")")).find("data[1]"), std::string::npos);
  EXPECT_NE(load_error(program_json(R"("0x1", 5)")).find("data[1]: expected a string"),
            std::string::npos);
}

TEST(ProgramTest, RejectsHintOutsideTheProgram) {
  std::string text = program_json(kStoreFiveAndReturn);
  const std::string hints = R"("hints": {})";
  text.replace(text.find(hints), hints.size(), R"("hints": {"7": [{"code": "x = 1",
      "accessible_scopes": [], "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0},
      "reference_ids": {}}}]})");
  EXPECT_NE(load_error(text).find("outside the program"), std::string::npos);
}

TEST(ProgramTest, FollowsAliasesAndReadsConstants) {
  const Program program =
      Program::from_json_text(program_json(kStoreFiveAndReturn, R"(, "unused": 0)"));
  EXPECT_EQ(program.resolve_alias("__main__.main"), "__main__.main");
  EXPECT_FALSE(program.label_pc("__main__.missing").has_value());
}

TEST(ReferenceExprTest, ParsesCompilerReferences) {
  const auto simple = ReferenceExpr::parse("[cast(fp + (-3), felt*)]");
  ASSERT_TRUE(simple.ok()) << simple.error();
  EXPECT_FALSE(simple.uses_ap());
  EXPECT_TRUE(simple.cell_address().has_value());

  const auto ap_based = ReferenceExpr::parse("cast(ap + 1, starkware.cairo.common.Frame*)");
  ASSERT_TRUE(ap_based.ok()) << ap_based.error();
  EXPECT_TRUE(ap_based.uses_ap());
  EXPECT_FALSE(ap_based.cell_address().has_value());
  EXPECT_EQ(ap_based.top_cast_type(), "starkware.cairo.common.Frame*");

  const auto nested = ReferenceExpr::parse("[cast([fp + (-4)] + 1, (a: felt, b: felt)*)]");
  EXPECT_TRUE(nested.ok()) << nested.error();

  EXPECT_FALSE(ReferenceExpr::parse("[cast(fp + , felt*)]").ok());
  EXPECT_FALSE(ReferenceExpr::parse("%[ 5 %]").ok());
}

TEST(ReferenceExprTest, BoundsNestingAndLength) {
  // Hostile program JSONs: the parser and evaluate() recurse, so depth and size are bounded.
  const std::size_t deep = 100000;
  const auto brackets =
      ReferenceExpr::parse(std::string(deep, '[') + "fp" + std::string(deep, ']'));
  EXPECT_FALSE(brackets.ok());
  EXPECT_NE(brackets.error().find("nested too deeply"), std::string::npos);
  EXPECT_LT(brackets.error().size(), 300u);  // the text is cut in the message
  EXPECT_FALSE(ReferenceExpr::parse("[cast(" + std::string(deep, '-') + "fp, felt*)]").ok());
  std::string sum = "[cast(fp";
  for (std::size_t i = 0; i < deep; ++i) sum += " + 1";
  const auto long_sum = ReferenceExpr::parse(sum + ", felt*)]");
  EXPECT_FALSE(long_sum.ok());
  EXPECT_NE(long_sum.error().find("too long"), std::string::npos);
  // What the compiler writes stays well inside the bounds.
  EXPECT_TRUE(ReferenceExpr::parse(std::string(50, '[') + "fp" + std::string(50, ']')).ok());
}

}  // namespace
}  // namespace cairovm

namespace cairovm {
namespace {

TEST(ProgramTest, KeepsBigIntegerConstantsExact) {
  std::string text = testing::program_json(testing::kStoreFiveAndReturn);
  const std::string identifiers = R"("identifiers": {)";
  text.replace(text.find(identifiers), identifiers.size(),
               identifiers + R"("__main__.BIG": {"type": "const", "value":
                   3618502788666131213697322783095070105623107215331596699973092056135872020480},
                   "__main__.NEG": {"type": "const", "value": -1},)");
  const Program with_constants = Program::from_json_text(text);
  EXPECT_EQ(with_constants.constant("__main__.BIG"), Felt::prime_minus_one());
  EXPECT_EQ(with_constants.constant("__main__.NEG"), Felt::prime_minus_one());
}

}  // namespace
}  // namespace cairovm
