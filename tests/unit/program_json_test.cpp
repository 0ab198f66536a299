// Loading a program from parsed JSON (cairovm/program_json.hpp), through the public headers.
#include <gtest/gtest.h>

#include <cairovm/program_json.hpp>
#include <cairovm/runner.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "test_programs.hpp"

namespace cairovm {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ProgramJsonTest, LoadsTheSameProgramAsFromText) {
  const std::string text = read_text(CAIROVM_SOURCE_DIR "/examples/sequencer_program.json");
  const Program from_text = Program::from_json_text(text);
  const Program from_json = program_from_json(nlohmann::json::parse(text));
  EXPECT_EQ(from_json.data(), from_text.data());
  EXPECT_EQ(from_json.builtins(), from_text.builtins());
  EXPECT_EQ(from_json.hints().size(), from_text.hints().size());
  EXPECT_EQ(from_json.main_pc(), from_text.main_pc());
  EXPECT_EQ(from_json.constant("__main__.main.SIZEOF_LOCALS"), Felt{2});
  EXPECT_EQ(from_json.instruction_locations().size(), from_text.instruction_locations().size());
}

TEST(ProgramJsonTest, RunsAProgramGivenAsAJsonValue) {
  nlohmann::json json = nlohmann::json::parse(testing::program_json(testing::kStoreFiveAndReturn));
  RunOptions options;
  options.allow_python_hints = false;
  const Program program = program_from_json(json);
  CairoRunner runner(program, options);
  runner.run();
  EXPECT_EQ(runner.n_steps(), 2u);
}

TEST(ProgramJsonTest, RefusesAConstantTheParserTurnedIntoADouble) {
  std::string text = testing::program_json(testing::kStoreFiveAndReturn);
  const std::string identifiers = R"("identifiers": {)";
  text.replace(text.find(identifiers), identifiers.size(),
               identifiers + R"("__main__.SHIFT": {"type": "const", "value":
                   340282366920938463463374607431768211456},)");
  const nlohmann::json json = nlohmann::json::parse(text);
  ASSERT_TRUE(json["identifiers"]["__main__.SHIFT"]["value"].is_number_float());
  try {
    (void)program_from_json(json);
    FAIL() << "expected a ProgramError";
  } catch (const ProgramError& e) {
    EXPECT_NE(std::string(e.what()).find("identifiers.__main__.SHIFT.value"), std::string::npos)
        << e.what();
  }
  // The text itself loads exactly.
  EXPECT_EQ(Program::from_json_text(text).constant("__main__.SHIFT"),
            Felt::parse("0x100000000000000000000000000000000"));
}

TEST(ProgramJsonTest, ReportsBadJsonValuesAsProgramErrors) {
  EXPECT_THROW((void)program_from_json(nlohmann::json::array()), ProgramError);
  EXPECT_THROW((void)program_from_json(nlohmann::json{{"prime", "0x7"}}), ProgramError);
}

}  // namespace
}  // namespace cairovm
