// Native hints for segments, scopes and the memcpy/memset loops.
#include <array>
#include <string_view>

#include "native_hints.hpp"

namespace cairovm {

namespace {

// `n` of the memcpy/memset loops: a Python int in the reference, kept as a field element here.
Felt& loop_counter(const HintContext& ctx) {
  ScopeDict& scope = ctx.vm.exec_scopes.back();
  auto it = scope.find("n");
  if (it == scope.end()) throw VmError("NameError: name 'n' is not defined");
  Felt* n = std::any_cast<Felt>(&it->second);
  if (n == nullptr) throw VmError("TypeError: 'n' is not an integer");
  return *n;
}

Felt felt_of(const MaybeRelocatable& value, const char* what) {
  if (!value.is_felt()) {
    throw VmError(std::string(what) + " must be a field element, got " + value.to_string() + ".");
  }
  return value.felt();
}

void alloc_segment(const HintContext& ctx) {
  ctx.vm.memory().insert(ctx.vm.ap, ctx.vm.memory().add_segment());
}

void alloc_temp_segment(const HintContext& ctx) {
  ctx.vm.memory().insert(ctx.vm.ap, ctx.vm.memory().add_temp_segment());
}

void enter_scope_with_len(const HintContext& ctx) {
  ctx.vm.enter_scope({{"n", felt_of(ctx.ids_get("len"), "ids.len")}});
}

void enter_scope_with_n(const HintContext& ctx) {
  ctx.vm.enter_scope({{"n", felt_of(ctx.ids_get("n"), "ids.n")}});
}

void enter_empty_scope(const HintContext& ctx) {
  ctx.vm.enter_scope();
}

void exit_scope(const HintContext& ctx) {
  ctx.vm.exit_scope();
}

void loop_step(const HintContext& ctx, const char* flag) {
  Felt& n = loop_counter(ctx);
  n -= Felt::one();
  // Python's `n > 0` on an integer that started non-negative and counts down by one.
  const bool positive = !n.is_zero() && !n.is_negative_signed();
  ctx.ids_set(flag, positive ? Felt::one() : Felt::zero());
}

void memcpy_continue_copying(const HintContext& ctx) {
  loop_step(ctx, "continue_copying");
}
void memset_continue_loop(const HintContext& ctx) {
  loop_step(ctx, "continue_loop");
}

void add_relocation_rule(const HintContext& ctx) {
  const MaybeRelocatable src = ctx.ids_get("src_ptr");
  const MaybeRelocatable dst = ctx.ids_get("dest_ptr");
  if (!src.is_relocatable() || !dst.is_relocatable()) {
    throw VmError("add_relocation_rule expects relocatable src_ptr and dest_ptr.");
  }
  ctx.vm.memory().add_relocation_rule(src.relocatable(), dst.relocatable());
}

constexpr std::array kCoreHints = {
    NativeHint{"memory[ap] = segments.add()", alloc_segment},
    NativeHint{"memory[ap] = segments.add_temp_segment()", alloc_temp_segment},
    NativeHint{"vm_enter_scope({'n': ids.len})", enter_scope_with_len},
    NativeHint{"vm_enter_scope({'n': ids.n})", enter_scope_with_n},
    NativeHint{"vm_enter_scope()", enter_empty_scope},
    NativeHint{"vm_exit_scope()", exit_scope},
    NativeHint{"n -= 1\nids.continue_copying = 1 if n > 0 else 0", memcpy_continue_copying},
    NativeHint{"n -= 1\nids.continue_loop = 1 if n > 0 else 0", memset_continue_loop},
    NativeHint{"memory.add_relocation_rule(src_ptr=ids.src_ptr, dest_ptr=ids.dest_ptr)",
               add_relocation_rule},
};

}  // namespace

std::span<const NativeHint> core_hints() {
  return kCoreHints;
}

}  // namespace cairovm
