#include "cairovm/program.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

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

TEST(ReferenceExprTest, FindsRegisterPlusOffsetForms) {
  const auto form = [](const std::string& text) {
    return ReferenceExpr::parse(text).register_offset();
  };
  const auto cell = form("[cast(fp + (-3), felt*)]");
  ASSERT_TRUE(cell.has_value());
  EXPECT_TRUE(cell->fp_based);
  EXPECT_EQ(cell->offset, -3);
  EXPECT_TRUE(cell->is_cell);

  const auto address = form("cast(ap + 1, starkware.cairo.common.Frame*)");
  ASSERT_TRUE(address.has_value());
  EXPECT_FALSE(address->fp_based);
  EXPECT_EQ(address->offset, 1);
  EXPECT_FALSE(address->is_cell);

  const auto bare = form("[ap]");
  ASSERT_TRUE(bare.has_value());
  EXPECT_EQ(bare->offset, 0);
  EXPECT_TRUE(bare->is_cell);
  EXPECT_EQ(form("[cast(fp - 3, felt*)]")->offset, -3);
  EXPECT_EQ(form("[cast(fp + (-0x800000000000011000000000000000000000000000000000000000000000000), "
                 "felt*)]")
                ->offset,
            1);  // -(P - 1) is 1 in the field, as evaluate() computes it

  // A pointer read from a cell, moved (`let x = [range_check_ptr + 1]`).
  const auto through = form("[cast([fp + (-4)] + 1, felt*)]");
  ASSERT_TRUE(through.has_value());
  EXPECT_TRUE(through->indirect);
  EXPECT_TRUE(through->fp_based);
  EXPECT_EQ(through->inner, -4);
  EXPECT_EQ(through->offset, 1);
  EXPECT_TRUE(through->is_cell);
  const auto bare_pointer = form("[[fp + (-5)]]");
  ASSERT_TRUE(bare_pointer.has_value());
  EXPECT_TRUE(bare_pointer->indirect);
  EXPECT_EQ(bare_pointer->inner, -5);
  EXPECT_EQ(bare_pointer->offset, 0);
  const auto moved_pointer = form("cast([ap + (-1)] + 2, felt*)");
  ASSERT_TRUE(moved_pointer.has_value());
  EXPECT_TRUE(moved_pointer->indirect);
  EXPECT_FALSE(moved_pointer->fp_based);
  EXPECT_FALSE(moved_pointer->is_cell);
  EXPECT_FALSE(form("[cast(fp + (-3), felt*)]")->indirect);

  // Anything else is left to evaluate().
  EXPECT_FALSE(form("[[[fp]]]").has_value());
  EXPECT_FALSE(form("[cast([fp + (-4)] * 2, felt*)]").has_value());
  EXPECT_FALSE(form("cast(5, felt)").has_value());
  EXPECT_FALSE(form("[cast(fp + 2 * 3, felt*)]").has_value());
  EXPECT_FALSE(form("[cast(fp + 0x4000000000000000, felt*)]").has_value());  // 2^62
  EXPECT_FALSE(form("[cast(fp + , felt*)]").has_value());
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

namespace cairovm {
namespace {

// Debug info as cairo-compile writes it, with its less usual forms too: escapes, a null filename,
// an input_file without one or not an object, parent locations, null hints, skipped members.
const std::string kDebugInfo = R"({
  "file_contents": {"a.cairo": "func main() {\n\t\"x\" \u0041\\ \u00e9 \ud83d\ude00\n}\/", "b": ""},
  "instruction_locations": {
    "0": {
      "accessible_scopes": ["__main__", "__main__.main"],
      "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0},
                             "reference_ids": {"__main__.main.x": 0, "__main__.main.y": 1}},
      "hints": [],
      "inst": {"end_col": 32, "end_line": 3, "input_file": {"filename": "d/\"q\"\\\u00e9.cairo"},
               "start_col": 5, "start_line": 3}
    },
    "1": {
      "accessible_scopes": [],
      "hints": [null, {"location": {"end_col": 7, "end_line": 9, "input_file": {"filename": null},
                                    "start_col": 1, "start_line": 8}, "n_prefix_newlines": 2}],
      "inst": {"end_col": -1, "end_line": 4, "input_file": {}, "start_col": 0, "start_line": 4,
        "parent_location": [
          {"end_col": 38, "end_line": 2, "input_file": {"filename": "p.cairo"}, "start_col": 21,
           "start_line": 2, "parent_location": [
             {"end_col": 15, "end_line": 5, "input_file": {"filename": "q.cairo", "x": [1]},
              "start_col": 5, "start_line": 5, "parent_location": null},
             "While trying to retrieve the implicit argument 'output_ptr' in:"]},
          "While expanding the reference 'output_ptr' in:"]}
    },
    "10": {"inst": {"start_line": 1, "start_col": 2, "end_line": 3, "end_col": 4,
                    "input_file": "not an object", "extra": [1, {"x": true}]},
           "hints": "not a list", "unknown": 1.5e3}
  },
  "extra": null
})";

std::string with_debug_info(const std::string& debug_info) {
  std::string text = testing::program_json(testing::kStoreFiveAndReturn);
  const std::string null_debug_info = R"("debug_info": null)";
  return text.replace(text.find(null_debug_info), null_debug_info.size(),
                      R"("debug_info": )" + debug_info);
}

// The same program with a top-level key repeated (nlohmann keeps the last value), which the fast
// path leaves to a parse of the whole text by nlohmann, as every load was before it.
std::string without_fast_path(std::string text) {
  return text.insert(text.rfind('}'), R"(, "main_scope": "__main__")");
}

std::string describe(const Location& loc) {
  std::string out = "'" + loc.filename + "' " + std::to_string(loc.start_line) + ":" +
                    std::to_string(loc.start_col) + "-" + std::to_string(loc.end_line) + ":" +
                    std::to_string(loc.end_col);
  if (loc.parent) out += " <- '" + loc.parent->message + "' " + describe(*loc.parent->location);
  return out;
}

// Everything the loader keeps of the debug info, as text.
std::string describe_debug_info(const Program& program) {
  std::string out;
  for (const auto& [name, contents] : program.file_contents()) {
    out += "file '" + name + "': '" + contents + "'\n";
  }
  for (const auto& [pc, loc] : program.instruction_locations()) {
    out += std::to_string(pc) + ": " + describe(loc.inst) + "; scopes";
    for (const std::string& scope : loc.accessible_scopes) out += " " + scope;
    for (const auto& hint : loc.hints) {
      out += "; hint " +
             (hint ? describe(hint->location) + " +" + std::to_string(hint->n_prefix_newlines)
                   : "none");
    }
    out += "\n";
  }
  return out;
}

// Loads `text` with and without the fast path: both must give the same debug info.
std::string debug_info_of(const std::string& text) {
  const std::string described = describe_debug_info(Program::from_json_text(text));
  EXPECT_EQ(described, describe_debug_info(Program::from_json_text(without_fast_path(text))));
  return described;
}

TEST(ProgramDebugInfoTest, LoadsEveryField) {
  const Program program = Program::from_json_text(with_debug_info(kDebugInfo));
  EXPECT_EQ(program.file_contents().at("a.cairo"),
            "func main() {\n\t\"x\" A\\ \xC3\xA9 \xF0\x9F\x98\x80\n}/");
  EXPECT_EQ(program.file_contents().at("b"), "");
  const auto& locations = program.instruction_locations();
  ASSERT_EQ(locations.size(), 3u);

  const InstructionLocation& first = locations.at(0);
  EXPECT_EQ(first.inst.filename, "d/\"q\"\\\xC3\xA9.cairo");
  EXPECT_EQ(first.inst.start_line, 3);
  EXPECT_EQ(first.inst.start_col, 5);
  EXPECT_EQ(first.inst.end_line, 3);
  EXPECT_EQ(first.inst.end_col, 32);
  EXPECT_FALSE(first.inst.parent.has_value());
  EXPECT_EQ(first.accessible_scopes, (std::vector<std::string>{"__main__", "__main__.main"}));
  EXPECT_TRUE(first.hints.empty());

  const InstructionLocation& second = locations.at(1);
  EXPECT_EQ(second.inst.filename, "");
  EXPECT_EQ(second.inst.end_col, -1);
  ASSERT_TRUE(second.inst.parent.has_value());
  EXPECT_EQ(second.inst.parent->message, "While expanding the reference 'output_ptr' in:");
  const Location& parent = *second.inst.parent->location;
  EXPECT_EQ(parent.filename, "p.cairo");
  EXPECT_EQ(parent.start_col, 21);
  ASSERT_TRUE(parent.parent.has_value());
  EXPECT_EQ(parent.parent->location->filename, "q.cairo");
  EXPECT_EQ(parent.parent->location->end_col, 15);
  EXPECT_FALSE(parent.parent->location->parent.has_value());
  ASSERT_EQ(second.hints.size(), 2u);
  EXPECT_FALSE(second.hints[0].has_value());
  ASSERT_TRUE(second.hints[1].has_value());
  EXPECT_EQ(second.hints[1]->n_prefix_newlines, 2);
  EXPECT_EQ(second.hints[1]->location.start_line, 8);
  EXPECT_EQ(second.hints[1]->location.filename, "");

  const InstructionLocation& third = locations.at(10);
  EXPECT_EQ(third.inst.end_col, 4);
  EXPECT_EQ(third.inst.filename, "");
  EXPECT_TRUE(third.hints.empty());
  EXPECT_TRUE(third.accessible_scopes.empty());
}

TEST(ProgramDebugInfoTest, LoadsTheSameWithAndWithoutTheFastPath) {
  const std::string debug_info = debug_info_of(with_debug_info(kDebugInfo));
  EXPECT_NE(debug_info.find("\n10: '' 1:2-3:4; scopes\n"), std::string::npos) << debug_info;
  EXPECT_EQ(debug_info_of(with_debug_info("null")), "");
  EXPECT_EQ(debug_info_of(with_debug_info(R"({"instruction_locations": {}})")), "");
  // A repeated debug_info member that the fast reader declines, nlohmann keeping the last value.
  std::string repeated = kDebugInfo;
  repeated.insert(1, R"("file_contents": 5, "instruction_locations": [], )");
  EXPECT_EQ(debug_info_of(with_debug_info(repeated)), debug_info);

  std::ifstream file(CAIROVM_SOURCE_DIR "/examples/sequencer_program.json");
  const std::string compiled{std::istreambuf_iterator<char>(file), {}};
  const Program program = Program::from_json_text(compiled);
  EXPECT_EQ(program.instruction_locations().size(), 20u);
  EXPECT_EQ(debug_info_of(compiled), describe_debug_info(program));
}

TEST(ProgramDebugInfoTest, LoadsUnusualFormsAsBefore) {
  const auto location = [](const std::string& start_line) {
    return R"({"inst": {"start_line": )" + start_line +
           R"(, "start_col": 1, "end_line": 1, "end_col": 2, "input_file": {"filename": "f"}}})";
  };
  const auto locations = [](const std::string& members) {
    return with_debug_info(R"({"instruction_locations": {)" + members + "}}");
  };
  // Keys with leading zeros name the same pc as without; nlohmann keeps a repeated key's last
  // value, and integers beyond 63 bits are read as before (wrapped around).
  EXPECT_EQ(debug_info_of(locations(R"("007": )" + location("5"))), "7: 'f' 5:1-1:2; scopes\n");
  EXPECT_EQ(debug_info_of(locations(R"("1": )" + location("5") + R"(, "01": )" + location("6"))),
            "1: 'f' 5:1-1:2; scopes\n");
  EXPECT_EQ(debug_info_of(locations(R"("1": )" + location("5") + R"(, "1": )" + location("6"))),
            "1: 'f' 6:1-1:2; scopes\n");
  EXPECT_EQ(debug_info_of(locations(R"("0": )" + location("18446744073709551615"))),
            "0: 'f' -1:1-1:2; scopes\n");
  EXPECT_EQ(debug_info_of(locations(R"("0": )" + location("-0"))), "0: 'f' 0:1-1:2; scopes\n");
  EXPECT_EQ(
      debug_info_of(with_debug_info(R"({"file_contents": [1], "instruction_locations": {"2": )" +
                                    location("3") + "}}")),
      "2: 'f' 3:1-1:2; scopes\n");
  EXPECT_EQ(
      debug_info_of(with_debug_info(R"({"file_contents": {"x": "1", "x": "2", "\u0079": "3"},)"
                                    R"( "instruction_locations": {}})")),
      "file 'x': '2'\nfile 'y': '3'\n");
  // A byte order mark and an escaped top-level key: nlohmann reads them, the fast path declines.
  const std::string text =
      with_debug_info(R"({"instruction_locations": {"3": )" + location("4") + "}}");
  std::string escaped_key = text;
  escaped_key.replace(escaped_key.find("\"debug_info\""), 12, R"("debug\u005finfo")");
  const std::string expected = "3: 'f' 4:1-1:2; scopes\n";
  EXPECT_EQ(describe_debug_info(Program::from_json_text(escaped_key)), expected);
  EXPECT_EQ(describe_debug_info(Program::from_json_text("\xEF\xBB\xBF" + text)), expected);
  EXPECT_EQ(describe_debug_info(Program::from_json_text(" \r\n\t" + text + "\n ")), expected);
}

// The error of the text, the same with or without the fast path.
std::string error_of(const std::string& text) {
  const std::string error = load_error(text);
  EXPECT_EQ(error, load_error(without_fast_path(text)));
  return error;
}

TEST(ProgramDebugInfoTest, ReportsMalformedDebugInfoAsBefore) {
  const std::string inst =
      R"("start_line": 1, "start_col": 1, "end_line": 1, "end_col": 2, "input_file": {})";
  const auto with_location = [&](const std::string& members) {
    return with_debug_info(R"({"instruction_locations": {"0": {)" + members + "}}}");
  };
  const auto with_inst = [&](const std::string& members) {
    return with_location(R"("inst": {)" + members + "}");
  };
  const std::string prefix = "Invalid compiled program: debug_info";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {with_debug_info("{}"), ": missing field 'instruction_locations'."},
      {with_debug_info("5"), ": expected an object."},
      {with_debug_info("[]"), ": expected an object."},
      {with_debug_info(R"({"instruction_locations": []})"),
       ".instruction_locations: expected an object."},
      {with_debug_info(R"({"instruction_locations": {"x": {}}})"),
       ".instruction_locations.x: missing field 'inst'."},
      {with_debug_info(R"({"instruction_locations": {"1234567890123456789": {"inst": {)" + inst +
                       "}}}}"),
       ".instruction_locations.1234567890123456789: expected a pc as key, got "
       "'1234567890123456789'."},
      {with_debug_info(R"({"instruction_locations": {"x": {"inst": {)" + inst + "}}}}"),
       ".instruction_locations.x: expected a pc as key, got 'x'."},
      {with_debug_info(R"({"file_contents": {"a": 5}, "instruction_locations": {}})"),
       ".file_contents.a: expected a string."},
      {with_location(R"("hints": [])"), ".instruction_locations.0: missing field 'inst'."},
      {with_inst(R"("start_line": "1")"),
       ".instruction_locations.0.inst.start_line: expected an "
       "integer."},
      {with_inst(R"("start_line": 1.0, "start_col": 1)"),
       ".instruction_locations.0.inst.start_line: expected an integer."},
      {with_inst(R"("start_line": 123456789012345678901234567890)"),
       ".instruction_locations.0.inst.start_line: expected an integer."},
      {with_inst(R"("start_line": 1, "start_col": 1, "end_line": 1, "end_col": 2)"),
       ".instruction_locations.0.inst: missing field 'input_file'."},
      {with_inst(R"("start_line": 1, "start_col": 1, "end_line": 1, "input_file": {})"),
       ".instruction_locations.0.inst: missing field 'end_col'."},
      {with_inst(inst + R"(, "input_file": {"filename": 5})"),
       ".instruction_locations.0.inst.input_file.filename: expected a string."},
      {with_inst(inst + R"(, "parent_location": [{)" + inst + "}]"),
       ".instruction_locations.0.inst.parent_location: expected a pair."},
      {with_inst(inst + R"(, "parent_location": [{)" + inst + "}, 5]"),
       ".instruction_locations.0.inst.parent_location[1]: expected a string."},
      {with_inst(inst + R"(, "parent_location": [{"start_line": 1}, "m"])"),
       ".instruction_locations.0.inst.parent_location: missing field 'start_col'."},
      {with_location(R"("inst": {)" + inst + R"(}, "accessible_scopes": null)"),
       ".instruction_locations.0.accessible_scopes: expected a list."},
      {with_location(R"("inst": {)" + inst + R"(}, "accessible_scopes": ["a", 1])"),
       ".instruction_locations.0.accessible_scopes[1]: expected a string."},
      {with_location(R"("inst": {)" + inst + R"(}, "hints": [null, 5])"),
       ".instruction_locations.0.hints[1]: expected an object."},
      {with_location(R"("inst": {)" + inst + R"(}, "hints": [{"location": {)" + inst + "}}]"),
       ".instruction_locations.0.hints[0]: missing field 'n_prefix_newlines'."},
      {with_location(R"("inst": {)" + inst + R"(}, "hints": [{"n_prefix_newlines": 0}])"),
       ".instruction_locations.0.hints[0]: missing field 'location'."},
  };
  for (const auto& [text, expected] : cases) EXPECT_EQ(error_of(text), prefix + expected) << text;

  // Parent locations nest 64 deep at most.
  const auto nested = [&](int parents) {
    std::string location = "{" + inst + "}";
    for (int i = 0; i < parents; ++i) {
      location = "{" + inst + R"(, "parent_location": [)" + location + R"(, "m"]})";
    }
    return with_location(R"("inst": )" + location);
  };
  EXPECT_EQ(error_of(nested(64)), "");
  std::string too_deep = prefix + ".instruction_locations.0.inst";
  for (int i = 0; i < 65; ++i) too_deep += ".parent_location";
  EXPECT_EQ(error_of(nested(65)), too_deep + ": parent locations nested too deeply.");
}

TEST(ProgramDebugInfoTest, KeepsTheOrderOfErrors) {
  const std::string bad_debug_info = with_debug_info(R"({"instruction_locations": 1})");
  // Invalid JSON anywhere comes first, before any other error.
  std::string bad_json = with_debug_info(R"({"instruction_locations": {"0": 01}})");
  bad_json.replace(bad_json.find("0x8000"), 6, "0x9000");
  EXPECT_NE(error_of(bad_json).find("not a valid JSON file"), std::string::npos);
  std::string bad_string = with_debug_info("{\"a\": \"\x01\"}");
  EXPECT_NE(error_of(bad_string).find("not a valid JSON file"), std::string::npos);
  EXPECT_NE(error_of(with_debug_info("{\"a\": \"\xC0\x80\"}")).find("not a valid JSON file"),
            std::string::npos);
  EXPECT_NE(error_of(with_debug_info("{\"a\": 1e999}")).find("not a valid JSON file"),
            std::string::npos);
  // The identifiers come before the debug info, which comes before the attributes.
  std::string bad_identifier = bad_debug_info;
  bad_identifier.replace(bad_identifier.find(R"("type": "function")"), 18, R"("type": 5)");
  EXPECT_NE(error_of(bad_identifier).find("identifiers.__main__.main.type"), std::string::npos);
  std::string bad_attributes = bad_debug_info;
  bad_attributes.replace(bad_attributes.find(R"("attributes": [])"), 16, R"("attributes": 5)");
  EXPECT_NE(error_of(bad_attributes).find("debug_info.instruction_locations"), std::string::npos);
}

}  // namespace
}  // namespace cairovm
