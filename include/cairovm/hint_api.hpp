// Native hints supplied by the host (a sequencer, a prover front end): a registry of hint code
// strings and the functions that run them, passed to a run in RunOptions::hints. A registered
// hint replaces cairovm's own native hint for the same code string, or adds one.
//
//   auto registry = std::make_shared<cairovm::HintRegistry>();
//   registry->add("ids.res = ids.a * 2", [](cairovm::HintAccess& hint) {
//     hint.ids_set("res", hint.ids_felt("a") * cairovm::Felt{2});
//   });
//   cairovm::RunOptions options;
//   options.hints = registry;
//
// A hint function fails by throwing cairovm::VmError (the message is reported as the reference
// reports a failing hint). Hints run on the thread that runs the program; one registry may be
// shared by runs on several threads if its functions allow it.
#pragma once

#include "cairovm/export.hpp"

#include <any>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "cairovm/felt.hpp"
#include "cairovm/memory.hpp"
#include "cairovm/relocatable.hpp"

CAIROVM_API_BEGIN
namespace cairovm {

struct HintContext;

/// What a hint can see and do while it runs: its `ids`, the registers, the memory and the
/// variables of the current execution scope. Valid only during the call that received it.
class HintAccess {
 public:
  /// The value of `ids.<name>` (for a struct-typed reference: its first cell).
  MaybeRelocatable ids_get(const std::string& name) const;
  /// `ids.<name>` as a field element; throws VmError otherwise.
  Felt ids_felt(const std::string& name) const;
  /// `ids.<name>` as a pointer; throws VmError otherwise.
  Relocatable ids_pointer(const std::string& name) const;
  /// The address of `ids.<name>`: where a struct-typed reference's members start.
  Relocatable ids_address(const std::string& name) const;
  /// Writes `ids.<name>` (a memory cell); throws VmError on an inconsistent write.
  void ids_set(const std::string& name, const MaybeRelocatable& value) const;
  /// A constant seen from the hint's scopes (`ids.SHIFT`).
  Felt ids_constant(const std::string& name) const;

  Relocatable ap() const;
  Relocatable fp() const;
  Relocatable pc() const;

  /// The VM's memory: get(), insert(), add_segment(), add_temp_segment().
  Memory& memory() const;

  /// A variable of the current execution scope, or nullptr. Integers that Python hints also
  /// read are stored as Felt (in [0, P)); other values are opaque to Python hints.
  std::any* scope_variable(const std::string& name) const;
  /// An integer scope variable (a Felt), if present.
  std::optional<Felt> scope_felt(const std::string& name) const;
  void set_scope_variable(const std::string& name, std::any value) const;
  void erase_scope_variable(const std::string& name) const;
  /// vm_enter_scope() with no variables, and vm_exit_scope().
  void enter_scope() const;
  void exit_scope() const;

  explicit HintAccess(const HintContext& context) : context_(context) {}

 private:
  const HintContext& context_;
};

using HostHintFn = std::function<void(HintAccess&)>;

/// Hint implementations by exact code string (as the compiler writes it in the program JSON).
class HintRegistry {
 public:
  /// Registers (or replaces) the implementation of `code`.
  void add(std::string code, HostHintFn fn) {
    hints_.insert_or_assign(std::move(code), std::move(fn));
  }
  /// The implementation of `code`, or nullptr.
  const HostHintFn* find(std::string_view code) const {
    auto it = hints_.find(code);
    return it == hints_.end() ? nullptr : &it->second;
  }
  std::size_t size() const noexcept { return hints_.size(); }

 private:
  std::map<std::string, HostHintFn, std::less<>> hints_;
};

}  // namespace cairovm
CAIROVM_API_END
