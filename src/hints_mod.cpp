// Native hints of the modular circuit builtins: run_mod_p_circuit's call of
// ModBuiltinRunner.fill_memory (starkware/cairo/common/modulo.cairo).
#include <array>
#include <string_view>

#include "builtin_runner.hpp"
#include "mod_builtin.hpp"
#include "native_hints.hpp"

namespace cairovm {

namespace {

// builtin_runners["<name>_builtin"] of the Python hint: a KeyError without it.
ModBuiltinRunner& mod_runner(const HintContext& ctx, std::string_view name) {
  for (BuiltinRunner* runner : ctx.vm.builtin_runners) {
    if (runner->name() == name) return static_cast<ModBuiltinRunner&>(*runner);
  }
  throw VmError("'" + std::string(name) + "_builtin'", "KeyError");
}

void fill_memory(const HintContext& ctx, ModBuiltinRunner& add_mod, ModBuiltinRunner& mul_mod) {
  ModBuiltinRunner::fill_memory(ctx.vm.memory(),
                                ModBuiltinRunner::FillRequest{ctx.ids_pointer("add_mod_ptr"),
                                                              &add_mod, ctx.ids_felt("add_mod_n")},
                                ModBuiltinRunner::FillRequest{ctx.ids_pointer("mul_mod_ptr"),
                                                              &mul_mod, ctx.ids_felt("mul_mod_n")});
}

void run_mod_p_circuit_fill_memory(const HintContext& ctx) {
  ModBuiltinRunner& add_mod = mod_runner(ctx, "add_mod");
  // `assert builtin_runners[...].instance_def.batch_size == 1`
  if (add_mod.batch_size() != 1) throw VmError("");
  ModBuiltinRunner& mul_mod = mod_runner(ctx, "mul_mod");
  if (mul_mod.batch_size() != 1) throw VmError("");
  fill_memory(ctx, add_mod, mul_mod);
}

// The variant of later library versions: the batch size is the program's BATCH_SIZE.
void run_mod_p_circuit_batch_size(const HintContext& ctx) {
  const Felt batch_size = ctx.ids_constant("BATCH_SIZE");
  ModBuiltinRunner& add_mod = mod_runner(ctx, "add_mod");
  if (Felt{add_mod.batch_size()} != batch_size) throw VmError("");
  ModBuiltinRunner& mul_mod = mod_runner(ctx, "mul_mod");
  if (Felt{mul_mod.batch_size()} != batch_size) throw VmError("");
  fill_memory(ctx, add_mod, mul_mod);
}

constexpr std::array kModHints = {
    NativeHint{
        "from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import ModBuiltinRunner\n"
        "assert builtin_runners[\"add_mod_builtin\"].instance_def.batch_size == 1\n"
        "assert builtin_runners[\"mul_mod_builtin\"].instance_def.batch_size == 1\n"
        "\n"
        "ModBuiltinRunner.fill_memory(\n"
        "    memory=memory,\n"
        "    add_mod=(ids.add_mod_ptr.address_, builtin_runners[\"add_mod_builtin\"], "
        "ids.add_mod_n),\n"
        "    mul_mod=(ids.mul_mod_ptr.address_, builtin_runners[\"mul_mod_builtin\"], "
        "ids.mul_mod_n),\n"
        ")",
        run_mod_p_circuit_fill_memory},
    NativeHint{
        "from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import ModBuiltinRunner\n"
        "assert builtin_runners[\"add_mod_builtin\"].instance_def.batch_size == ids.BATCH_SIZE\n"
        "assert builtin_runners[\"mul_mod_builtin\"].instance_def.batch_size == ids.BATCH_SIZE\n"
        "\n"
        "ModBuiltinRunner.fill_memory(\n"
        "    memory=memory,\n"
        "    add_mod=(ids.add_mod_ptr.address_, builtin_runners[\"add_mod_builtin\"], "
        "ids.add_mod_n),\n"
        "    mul_mod=(ids.mul_mod_ptr.address_, builtin_runners[\"mul_mod_builtin\"], "
        "ids.mul_mod_n),\n"
        ")",
        run_mod_p_circuit_batch_size},
};

}  // namespace

std::span<const NativeHint> mod_hints() {
  return kModHints;
}

}  // namespace cairovm
