// The scope store shared by native and Python hints: what a Python hint leaves in a scope is a
// Felt (ints in [0, P)), a BigInt (other ints) or an opaque Python value, native values are seen by
// Python, and scope values can be copied and dropped without the GIL, on any thread.
#include "python_hints.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "cairovm/errors.hpp"
#include "dict_manager.hpp"
#include "hint_bigint.hpp"
#include "test_programs.hpp"

namespace cairovm {
namespace {

// [ap] = 5, ap++ three times; a hint at pc 0, 2 and 4 each.
std::string program_with_hints(const std::string& hint0, const std::string& hint2,
                               const std::string& hint4) {
  auto hint = [](const std::string& code) {
    std::string escaped;
    for (char c : code) {
      if (c == '\n') {
        escaped += "\\n";
      } else if (c == '"' || c == '\\') {
        escaped += '\\';
        escaped += c;
      } else {
        escaped += c;
      }
    }
    return R"([{"code": ")" + escaped +
           R"(", "accessible_scopes": ["__main__", "__main__.main"],
               "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0},
                                      "reference_ids": {}}}])";
  };
  return std::string(R"({"prime": ")") + testing::kPrime +
         R"(", "data": ["0x480680017fff8000", "0x5", "0x480680017fff8000", "0x5",
                        "0x480680017fff8000", "0x5"],
             "builtins": [], "main_scope": "__main__",
             "hints": {"0": )" +
         hint(hint0) + R"(, "2": )" + hint(hint2) + R"(, "4": )" + hint(hint4) + R"(},
             "reference_manager": {"references": []}, "attributes": [], "debug_info": null,
             "identifiers": {"__main__.main": {"type": "function", "pc": 0, "decorators": []}}})";
}

class PythonHintsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!python_hints_available()) GTEST_SKIP() << "built without Python hints";
  }

  // Loads the program, attaches the Python engine and runs `steps` steps.
  void run(const std::string& json, int steps) {
    program_ = std::make_unique<Program>(Program::from_json_text(json));
    const Relocatable base = memory_.add_segment();
    const Relocatable execution = memory_.add_segment();
    for (std::size_t i = 0; i < program_->data().size(); ++i) {
      memory_.insert(add(base, Felt{i}), program_->data()[i]);
    }
    vm_ = std::make_unique<VirtualMachine>(*program_, memory_, base);
    vm_->pc = base;
    // A stack as the runner leaves it: [ap] = 5 reads op0 at [ap - 1].
    memory_.insert(execution, Felt{0});
    memory_.insert(add(execution, std::int64_t{1}), Felt{0});
    vm_->ap = vm_->fp = add(execution, std::int64_t{2});
    vm_->set_hint_engine(make_python_hint_engine(*vm_, PythonHintSetup{*program_, "", {}}));
    for (int i = 0; i < steps; ++i) vm_->step();
  }

  const std::any& scope_value(std::size_t depth, const std::string& name) {
    const ScopeDict& scope = vm_->exec_scopes.at(depth);
    auto it = scope.find(name);
    if (it == scope.end()) throw std::runtime_error("no " + name + " in scope");
    return it->second;
  }

  std::unique_ptr<Program> program_;
  Memory memory_;
  std::unique_ptr<VirtualMachine> vm_;
};

TEST_F(PythonHintsTest, IntsInTheFieldBecomeFelts) {
  run(program_with_hints("x = 5\nbig = PRIME - 1\nneg = -1\nhuge = PRIME\nflag = True\n"
                         "items = [1, 2]\nr = ap",
                         "pass", "pass"),
      1);
  EXPECT_EQ(std::any_cast<Felt>(scope_value(0, "x")), Felt{5});
  EXPECT_EQ(std::any_cast<Felt>(scope_value(0, "big")), Felt::prime_minus_one());
  // Other ints are BigInts, which native hints read too (secp's `value`, `x`, ...).
  EXPECT_EQ(dec_string(std::any_cast<BigInt>(scope_value(0, "neg"))), "-1");
  EXPECT_EQ(dec_string(std::any_cast<BigInt>(scope_value(0, "huge"))), dec_string(prime_bigint()));
  // Everything else stays a Python object, as the hints left it.
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "neg")), "-1");
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "huge")),
            "3618502788666131213697322783095070105623107215331596699973092056135872020481");
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "flag")), "True");
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "items")), "[1, 2]");
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "r")),
            "RelocatableValue(segment_index=1, offset=2)");
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "x")), "5");
}

TEST_F(PythonHintsTest, NativeValuesAreSeenByPython) {
  run(program_with_hints("vm_enter_scope({'n': 3})", "m = n * 10", "n -= 1\nitems = [n]"), 1);
  // The scope the Python hint entered holds n as a Felt; a native hint would now change it.
  Felt& n = std::any_cast<Felt&>(vm_->exec_scopes.at(1).at("n"));
  EXPECT_EQ(n, Felt{3});
  n = Felt{7};
  vm_->exec_scopes.at(1).insert_or_assign("address", Relocatable{1, 4});
  vm_->step();
  EXPECT_EQ(std::any_cast<Felt>(scope_value(1, "m")), Felt{70});
  vm_->step();
  EXPECT_EQ(std::any_cast<Felt>(scope_value(1, "n")), Felt{6});
  EXPECT_EQ(python_scope_value_repr(scope_value(1, "items")), "[6]");
  EXPECT_EQ(python_scope_value_repr(scope_value(1, "address")),
            "RelocatableValue(segment_index=1, offset=4)");
}

TEST_F(PythonHintsTest, TheDictManagerIsSharedWithPython) {
  run(program_with_hints("base = __dict_manager.new_dict(segments, {1: 10})\n"
                         "t = __dict_manager.get_tracker(base)\n"
                         "t.data[2] = 20\n"
                         "t.current_ptr += 3",
                         "d = __dict_manager.get_dict(t.current_ptr)\n"
                         "d[1] = d[1] + d[2]\n"
                         "keys = list(d)",
                         "pass"),
      0);
  auto dicts = std::make_shared<DictManager>();
  vm_->exec_scopes.at(0).insert_or_assign("__dict_manager", dicts);
  vm_->step();
  vm_->step();
  ASSERT_EQ(dicts->trackers().size(), 1u);
  const DictTracker& tracker = *dicts->trackers().begin()->second;
  EXPECT_EQ(tracker.current_ptr.offset, 3u);
  EXPECT_EQ(*tracker.data.find(Felt{1}), MaybeRelocatable(Felt{30}));
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "keys")), "[1, 2]");
  // The scope still holds the native manager and tracker, not Python copies.
  EXPECT_EQ(std::any_cast<std::shared_ptr<DictManager>>(scope_value(0, "__dict_manager")), dicts);
  EXPECT_EQ(std::any_cast<std::shared_ptr<DictTracker>>(scope_value(0, "t")).get(), &tracker);
}

TEST_F(PythonHintsTest, NativeBigIntsAreSeenByPythonAsInts) {
  run(program_with_hints("pass", "neg = v + 1\nhuge = w - PRIME", "pass"), 1);
  vm_->exec_scopes.at(0).insert_or_assign("v", BigInt(-(BigInt(1) << 300)));
  vm_->exec_scopes.at(0).insert_or_assign("w", BigInt(prime_bigint() * 2 + 5));
  vm_->step();
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "v")),
            "-2037035976334486086268445688409378161051468393665936250636140449354381299763336706183"
            "397376");
  EXPECT_EQ(dec_string(std::any_cast<BigInt>(scope_value(0, "neg"))),
            dec_string(BigInt(1) - (BigInt(1) << 300)));
  EXPECT_EQ(dec_string(std::any_cast<BigInt>(scope_value(0, "huge"))),
            dec_string(BigInt(prime_bigint() + 5)));
}

TEST_F(PythonHintsTest, DeletedNamesLeaveTheScope) {
  run(program_with_hints("a = 1\nb = [2]", "del a\ndel b", "pass"), 2);
  EXPECT_FALSE(vm_->exec_scopes.at(0).contains("a"));
  EXPECT_FALSE(vm_->exec_scopes.at(0).contains("b"));
}

TEST_F(PythonHintsTest, ScopeValuesCanBeCopiedAndDroppedWithoutTheGil) {
  run(program_with_hints("vm_enter_scope({'objects': [object() for _ in range(3)], 'k': 2})",
                         "pass", "pass"),
      1);
  // A native vm_exit_scope() drops Python values outside any hint, here on another thread.
  ScopeDict copy = vm_->exec_scopes.at(1);
  std::thread other([scope = std::move(copy)]() mutable {
    ScopeDict again = scope;
    scope.clear();
  });
  other.join();
  vm_->exit_scope();
  EXPECT_EQ(vm_->exec_scopes.size(), 1u);
}

TEST_F(PythonHintsTest, AFailingHintReportsThePythonException) {
  try {
    run(program_with_hints("pass", "raise ValueError('no')", "pass"), 2);
    FAIL() << "expected the hint to fail";
  } catch (const HintError& e) {
    EXPECT_EQ(e.kind(), "ValueError");
    EXPECT_STREQ(e.what(), "no");
    EXPECT_EQ(e.python_traceback(),
              "Traceback (most recent call last):\n"
              "  File \"<hint1>\", line 1, in <module>\n"
              "ValueError: no\n");
  }
}

TEST_F(PythonHintsTest, IsAccessedIsFoundFromTheTrace) {
  run(program_with_hints("pass",
                         "acc = [is_accessed(ap - 1), is_accessed(ap), is_accessed(pc + 3),\n"
                         "       is_accessed(fp - 1), is_accessed(fp - 2), is_accessed(7)]",
                         "acc2 = is_accessed(ap - 1)"),
      3);
  // Step 0 wrote [ap] (its dst) and read op0 at [ap - 1]; every program cell counts.
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "acc")),
            "[True, False, True, True, False, False]");
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "acc2")), "True");
}

// Records the cells its segment validates and deduces 9 everywhere: a builtin's hooks.
class RecordingHooks final : public SegmentHooks {
 public:
  void validate(const Memory&, Relocatable address) const override {
    validated.push_back(address.offset);
  }
  std::optional<MaybeRelocatable> deduce(const Memory&, Relocatable address) const override {
    if (address.offset != 10) return std::nullopt;
    return MaybeRelocatable{Felt{9}};
  }
  mutable std::vector<std::uint64_t> validated;
};

TEST_F(PythonHintsTest, HintRulesRunAfterTheBuiltinsAndLeaveWithTheEngine) {
  RecordingHooks builtin;
  run(program_with_hints("seen = []\n"
                         "def rule(memory, addr):\n"
                         "    seen.append(addr.offset)\n"
                         "    return {addr}\n"
                         "vm_add_validation_rule(1, rule)\n"
                         "vm_add_auto_deduction_rule(1, lambda vm, addr: 40 + addr.offset)",
                         "memory[ap + 5] = 1\nsegments.memory[ap + 6] = 2", "pass"),
      0);
  memory_.attach_hooks(1, &builtin);  // the execution segment's
  vm_->step();
  vm_->step();
  // Step 0 wrote [ap] at offset 2, the second hint offsets 8 (through `memory`) and 9 (through
  // segments.memory, which the hint's validation rules do not see), step 1 offset 3.
  EXPECT_EQ(builtin.validated, (std::vector<std::uint64_t>{2, 8, 9, 3}));
  EXPECT_EQ(python_scope_value_repr(scope_value(0, "seen")), "[2, 8, 3]");
  // The builtin's rule comes first; the hint's rule deduces the others and writes them.
  EXPECT_EQ(memory_.deduce(Relocatable{1, 10}), MaybeRelocatable{Felt{9}});
  EXPECT_EQ(memory_.deduce(Relocatable{1, 20}), MaybeRelocatable{Felt{60}});
  EXPECT_EQ(memory_.get(Relocatable{1, 20}), MaybeRelocatable{Felt{60}});
  vm_.reset();
  EXPECT_EQ(memory_.hooks(1), &builtin);
}

}  // namespace
}  // namespace cairovm
