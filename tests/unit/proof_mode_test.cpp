#include <gtest/gtest.h>

#include "cairovm/errors.hpp"
#include "cairovm/runner.hpp"
#include "test_programs.hpp"
#include "zip_writer.hpp"

namespace cairovm {
namespace {

using testing::program_json;

// __start__ = main: [ap] = 5, ap++; __end__: jmp rel 0.
Program load_proof_program(bool with_end) {
  std::string json = program_json(R"("0x480680017fff8000", "0x5", "0x10780017fff7fff", "0x0")");
  const std::string anchor = R"("__main__.main": {"type": "function", "pc": 0, "decorators": []})";
  std::string labels = R"(, "__main__.__start__": {"type": "label", "pc": 0})";
  if (with_end) labels += R"(, "__main__.__end__": {"type": "label", "pc": 2})";
  json.insert(json.find(anchor) + anchor.size(), labels);
  return Program::from_json_text(json);
}

TEST(ProofModeTest, RunsToEndPlusOneStepAndPadsToAPowerOfTwo) {
  const Program program = load_proof_program(true);
  RunOptions options;
  options.proof_mode = true;
  options.min_steps = 5;
  std::vector<std::string> warnings;
  options.on_warning = [&](const std::string& line) { warnings.push_back(line); };
  CairoRunner runner(program, options);
  runner.run();
  // Two steps reach and run __end__; --min_steps 5 and the padding make it 8.
  EXPECT_EQ(runner.n_steps(), 8u);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(runner.info_text(false).substr(0, 35), "Number of steps: 8 (originally, 2)\n");
  // Execution segment: [fp - 2] = fp, 0, then 5; offset 0 is never accessed by an instruction.
  const ExecutionResources resources = runner.execution_resources();
  EXPECT_EQ(resources.n_steps, 2u);
  EXPECT_EQ(resources.n_memory_holes, 1u);
  const std::string pub = runner.air_public_input_json("plain");
  EXPECT_NE(pub.find("\"rc_min\": 32767,"), std::string::npos) << pub;
  EXPECT_NE(pub.find("\"rc_max\": 32769,"), std::string::npos) << pub;
  EXPECT_NE(pub.find("\"n_steps\": 8,"), std::string::npos) << pub;
  EXPECT_NE(pub.find("\"dynamic_params\": null\n}\n"), std::string::npos) << pub;
}

TEST(ProofModeTest, MissingEndIsTheReferencesUncaughtError) {
  const Program program = load_proof_program(false);
  RunOptions options;
  options.proof_mode = true;
  CairoRunner runner(program, options);
  try {
    runner.initialize();
    FAIL() << "expected a missing __end__ error";
  } catch (const UncaughtPythonError& e) {
    EXPECT_EQ(std::string(e.what()), "Unknown identifier '__end__'.");
  }
}

TEST(ZipWriterTest, LocalHeadersDirectoryAndEnd) {
  const std::string zip = deflated_zip({{"a.json", "{}"}, {"b.bin", std::string(1000, 'x')}});
  EXPECT_EQ(zip.substr(0, 4), std::string("PK\x03\x04", 4));
  // End of central directory: 22 bytes, two entries.
  const std::string end = zip.substr(zip.size() - 22);
  EXPECT_EQ(end.substr(0, 4), std::string("PK\x05\x06", 4));
  EXPECT_EQ(static_cast<unsigned char>(end[10]), 2u);
  // 1000 equal bytes deflate to far less.
  EXPECT_LT(zip.size(), 400u);
}

}  // namespace
}  // namespace cairovm
