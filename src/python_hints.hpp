// Hints without a native implementation, run in an embedded CPython with the globals the
// reference gives them (vm_core.py step()): memory, ap, fp, pc, current_step, ids, segments,
// vm_enter_scope / vm_exit_scope, PRIME and the field helpers, the builtin runners,
// program_input (main scope).
//
// Design:
// - One interpreter per process, started when the first program that has such hints is loaded
//   (a program whose hints are all native never starts Python). The hints are compiled then,
//   as the reference compiles them when it loads the program, so a syntax error is reported
//   before the first step. The GIL is held only while a Python hint runs (and while a Python
//   object kept in a scope is copied or released); the step loop never takes it.
// - Scopes: the VM's exec_scopes are the one store. A Python int in [0, P) stored in a scope
//   becomes a Felt (so native hints read it), any other Python object stays a Python object in
//   the std::any. Each scope that a Python hint used also keeps a Python dict, the hint's
//   globals; it is refreshed from the scope before the hint and copied back after, and stays
//   the same dict so that functions defined in a hint keep seeing the scope.
// - The Python side is the cairovm_hints package (python_hints/), compiled into the library.
//   It builds `ids` with the reference's own VmConsts when `starkware` is importable, and maps
//   values to ints and the reference's RelocatableValue.
// - Python finds its packages as the venv's own interpreter would when VIRTUAL_ENV is set, and
//   from the interpreter's default paths otherwise.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "cairovm/layout.hpp"
#include "merkle_hint_state.hpp"
#include "vm.hpp"

namespace cairovm {

class BuiltinRunner;

/// What the Python hints see beyond the VM itself.
struct PythonHintSetup {
  const Program& program;
  /// The --program_input JSON text; "" gives an empty dict, as in cairo-run.
  std::string program_input_json;
  /// The runner's builtins (`builtin_runners` and `<name>_builtin` in the hints).
  std::vector<BuiltinRunner*> builtins;
  /// RunOptions::python_hint_locals: a borrowed PyObject* dict whose items join the main scope.
  void* hint_locals = nullptr;
  /// The run's layout, by name, and its parameters for "dynamic": the reference builds its
  /// builtins' instance definitions (`instance_def` in the hints) from them.
  std::string layout_name = "plain";
  std::optional<CairoLayoutParams> layout_params = std::nullopt;
};

/// Whether this cairovm was built with Python hints (the CAIROVM_PYTHON build option).
bool python_hints_available() noexcept;

/// Starts the interpreter if needed, compiles every hint of `vm` without a native implementation
/// and returns the engine that runs them. Throws VmException for a hint that does not compile
/// (the reference's report) and RunnerError when Python cannot start.
std::unique_ptr<HintEngine> make_python_hint_engine(VirtualMachine& vm,
                                                    const PythonHintSetup& setup);

/// A scope value as Python's repr() shows it in a hint, or "" for a value Python does not see;
/// for tests.
std::string python_scope_value_repr(const std::any& value);

/// A native copy of a Python `preimage` kept in a scope (a dict from ints in [0, P) to tuples or
/// lists of 2 or 3 such ints), for the Merkle and Patricia hints, which only read it; nullopt
/// when `value` is not such a Python object (or this build has no Python).
std::optional<MerklePreimage> python_preimage_copy(const std::any& value);

/// One module of the cairovm_hints package, compiled into the library by
/// python_hints/embed.cmake.
struct EmbeddedPythonModule {
  const char* name;      // "cairovm_hints.memory"
  const char* filename;  // the source file it was embedded from (for tracebacks)
  const char* source;
  bool is_package;
};
std::span<const EmbeddedPythonModule> embedded_python_modules();

}  // namespace cairovm
