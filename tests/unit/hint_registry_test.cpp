// Host hints: a registry passed in RunOptions replaces cairovm's native hint for the same code
// string, adds hints cairovm does not have, and reports a host hint's failure as a hint error.
#include <gtest/gtest.h>

#include <memory>

#include "cairovm/errors.hpp"
#include "cairovm/hint_api.hpp"
#include "cairovm/runner.hpp"
#include "test_programs.hpp"

namespace cairovm {
namespace {

// `[ap] = 5, ap++; ret` with the hint `code` at pc 0.
std::string program_with_hint(const std::string& code) {
  const std::string hints = R"(, "hints": {"0": [{"code": ")" + code +
                            R"(", "accessible_scopes": ["__main__", "__main__.main"],
        "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0}, "reference_ids": {}}}]})";
  std::string json = testing::program_json(testing::kStoreFiveAndReturn);
  // Replace the empty hints of the base program.
  json.replace(json.find(R"(, "hints": {})"), std::string(R"(, "hints": {})").size(), hints);
  return json;
}

RunOptions native_only(std::shared_ptr<HintRegistry> registry) {
  RunOptions options;
  options.allow_python_hints = false;
  options.hints = std::move(registry);
  return options;
}

TEST(HintRegistryTest, HostHintReplacesANativeHint) {
  // cairovm's own hint would write a new segment's address at ap, which `[ap] = 5` rejects.
  const Program program = Program::from_json_text(program_with_hint("memory[ap] = segments.add()"));
  auto registry = std::make_shared<HintRegistry>();
  int calls = 0;
  registry->add("memory[ap] = segments.add()", [&calls](HintAccess& hint) {
    ++calls;
    hint.memory().insert(hint.ap(), Felt{5});
    hint.memory().insert(add(hint.ap(), 1), Felt{77});
    hint.set_scope_variable("seen", Felt{3});
    EXPECT_EQ(hint.scope_felt("seen"), Felt{3});
  });
  CairoRunner runner(program, native_only(registry));
  runner.run();
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(runner.memory().get(Relocatable{1, 3}), MaybeRelocatable(Felt{77}));
}

TEST(HintRegistryTest, HostHintAddsAHintCairovmDoesNotHave) {
  const Program program = Program::from_json_text(program_with_hint("sequencer_only_hint()"));
  {
    CairoRunner runner(program, native_only(nullptr));
    EXPECT_THROW(runner.run(), VmException);  // no implementation, Python off
  }
  auto registry = std::make_shared<HintRegistry>();
  registry->add("sequencer_only_hint()",
                [](HintAccess& hint) { hint.memory().insert(hint.ap(), Felt{5}); });
  EXPECT_EQ(registry->size(), 1u);
  CairoRunner runner(program, native_only(registry));
  runner.run();
  EXPECT_EQ(runner.n_steps(), 2u);
}

TEST(HintRegistryTest, HostHintFailureIsAHintError) {
  const Program program = Program::from_json_text(program_with_hint("sequencer_only_hint()"));
  auto registry = std::make_shared<HintRegistry>();
  registry->add("sequencer_only_hint()",
                [](HintAccess&) { throw VmError("the state is not available"); });
  CairoRunner runner(program, native_only(registry));
  try {
    runner.run();
    FAIL() << "expected the host hint to fail";
  } catch (const VmException& e) {
    EXPECT_EQ(e.inner_message(), "Got an exception while executing a hint.");
    EXPECT_NE(std::string(e.what()).find("AssertionError: the state is not available"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace cairovm
