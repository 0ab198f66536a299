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
//
// Resolution: a Program resolves its hints to cairovm's native implementations once, when it is
// loaded, and every runner shares that. A runner whose RunOptions::hints is set reads the registry
// once, when it is initialised, and runs the registry's functions for the matching hints of its
// own run (the Program and other runners are unaffected). Changing a registry afterwards affects
// the runners initialised later; a registry must not be changed while a runner is being
// initialised with it on another thread.
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
/// variables of the current execution scope. Valid only during the call that received it, on
/// the thread of that call. The `ids_*` functions throw VmError for a name the hint has no
/// reference for, or a reference revoked by ap changes (as the reference's `ids` does).
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
  /// A constant seen from the hint's scopes (`ids.SHIFT`); throws VmError when there is none.
  Felt ids_constant(const std::string& name) const;

  /// The registers at the hint (before the instruction at pc).
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
  /// Sets or removes a variable of the current execution scope.
  void set_scope_variable(const std::string& name, std::any value) const;
  void erase_scope_variable(const std::string& name) const;
  /// vm_enter_scope() with no variables, and vm_exit_scope() (VmError for the main scope).
  void enter_scope() const;
  void exit_scope() const;

  /// Made by cairovm for each call; hosts receive it, they do not make one.
  explicit HintAccess(const HintContext& context) : context_(context) {}

 private:
  const HintContext& context_;
};

/// A host's hint implementation: reads and writes through the HintAccess; fails by throwing
/// VmError (or a type derived from it).
using HostHintFn = std::function<void(HintAccess&)>;

/// Hint implementations by exact code string (as the compiler writes it in the program JSON).
/// Thread safety: const members may be called from several threads at once; add() may not run
/// at the same time as any other member.
class HintRegistry {
 public:
  /// Registers (or replaces) the implementation of `code`: the code string exactly as the
  /// program's JSON has it (after the compiler's normalisation), or it never matches.
  void add(std::string code, HostHintFn fn) {
    hints_.insert_or_assign(std::move(code), std::move(fn));
  }
  /// The implementation of `code`, or nullptr.
  const HostHintFn* find(std::string_view code) const {
    auto it = hints_.find(code);
    return it == hints_.end() ? nullptr : &it->second;
  }
  /// The number of registered code strings.
  std::size_t size() const noexcept { return hints_.size(); }

 private:
  std::map<std::string, HostHintFn, std::less<>> hints_;
};

}  // namespace cairovm
CAIROVM_API_END
