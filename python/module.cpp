// The `cairovm` Python extension module: load a program, run it with cairo-run's options, and read
// the output, the relocated trace and memory. Runs release the GIL; Python hints take it again.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "cairovm/errors.hpp"
#include "cairovm/program.hpp"
#include "cairovm/runner.hpp"

namespace py = pybind11;

namespace {

// A program given as a dict, as JSON text, or as the path of a compiled program.
cairovm::Program load_program(const py::object& program) {
  if (py::isinstance<py::dict>(program)) {
    const std::string text = py::module_::import("json").attr("dumps")(program).cast<std::string>();
    return cairovm::Program::from_json_text(text);
  }
  const std::string text = py::str(py::module_::import("os").attr("fspath")(program));
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && text[first] == '{') {
    return cairovm::Program::from_json_text(text);
  }
  return cairovm::Program::from_file(text);
}

std::string fspath(const py::object& path) {
  return py::str(py::module_::import("os").attr("fspath")(path));
}

std::string program_input_json(const py::object& program_input) {
  if (program_input.is_none()) return "";
  if (py::isinstance<py::str>(program_input)) return program_input.cast<std::string>();
  return py::module_::import("json").attr("dumps")(program_input).cast<std::string>();
}

// Reads little-endian unsigned integers of `size` bytes.
py::int_ le_int(std::string_view bytes) {
  return py::reinterpret_steal<py::int_>(
      _PyLong_FromByteArray(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                            /*little_endian=*/1, /*is_signed=*/0));
}

std::uint64_t le_u64(std::string_view bytes) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < 8; ++i) value |= std::uint64_t(std::uint8_t(bytes[i])) << (8 * i);
  return value;
}

// One program and its runner; the program outlives the runner, which keeps a reference to it.
// A runner is used from the thread that made it (its hint engine's state is not shared across
// threads); other threads may only cancel() it.
class PyRunner {
 public:
  PyRunner(const py::object& program, const std::string& layout, bool proof_mode,
           std::optional<std::uint64_t> steps, std::optional<std::uint64_t> min_steps,
           std::optional<std::uint64_t> max_steps, const std::string& entrypoint,
           const py::object& program_input, const py::object& hint_locals,
           std::optional<bool> allow_missing_builtins, std::optional<bool> secure_run,
           bool python_hints)
      : program_(std::make_unique<cairovm::Program>(load_program(program))),
        layout_(layout),
        owner_(std::this_thread::get_id()) {
    cairovm::RunOptions options;
    options.layout = layout;
    options.proof_mode = proof_mode;
    options.steps = steps;
    options.min_steps = min_steps;
    options.max_steps = max_steps;
    options.entrypoint = entrypoint;
    options.program_input_json = program_input_json(program_input);
    options.allow_missing_builtins = allow_missing_builtins.value_or(proof_mode);
    options.secure_run = secure_run;
    options.allow_python_hints = python_hints;
    if (!hint_locals.is_none()) {
      hint_locals_ = py::dict(hint_locals);
      options.python_hint_locals = hint_locals_.ptr();
    }
    options.on_warning = [this](const std::string& line) { warnings_.push_back(line); };
    runner_ = std::make_unique<cairovm::CairoRunner>(*program_, std::move(options));
  }

  // Runs at most `n` more steps; true once the end of the program is reached. GIL released.
  bool run_for_steps(std::uint64_t n) {
    require_live();
    state_ = State::failed;
    bool end = false;
    {
      py::gil_scoped_release release;
      end = runner_->run_for_steps(n);
    }
    state_ = State::live;
    return end;
  }

  // Runs (or continues) to the end, then ends the run and relocates. GIL released.
  void run() {
    require_live();
    state_ = State::failed;
    {
      py::gil_scoped_release release;
      runner_->run();
    }
    state_ = State::done;
  }

  // Ends a run whose step loop reached the end (run_for_steps returned True) and relocates it;
  // afterwards the relocated trace and memory can be written. Nothing to do once done.
  void relocate() {
    require_owner();
    if (state_ == State::done) return;
    if (!runner_->initialized() || !runner_->end_reached()) {
      throw cairovm::RunnerError(
          "relocate(): the program has not reached its end; call run() or run_for_steps().");
    }
    run();
  }

  void cancel() noexcept { runner_->cancel(); }

  std::uint64_t n_steps() const { return runner_->n_steps(); }
  bool end_reached() const { return runner_->initialized() && runner_->end_reached(); }

  py::tuple pc() const { return live_register(&cairovm::CairoRunner::pc); }
  py::tuple ap() const { return live_register(&cairovm::CairoRunner::ap); }
  py::tuple fp() const { return live_register(&cairovm::CairoRunner::fp); }

  // The value at (segment, offset) of the live, unrelocated memory: an int, a (segment, offset)
  // pair, or None for an unknown cell.
  py::object memory_get(std::int64_t segment, std::uint64_t offset) const {
    require_owner();
    const auto value = runner_->memory().get(cairovm::Relocatable{segment, offset});
    if (!value) return py::none();
    return value_to_py(*value);
  }

  // The used size of each segment of the live memory (temporary segments not included).
  std::vector<std::uint64_t> segment_sizes() const {
    require_owner();
    std::vector<std::uint64_t> sizes;
    const cairovm::Memory& memory = runner_->memory();
    for (std::int64_t segment = 0; segment < memory.num_segments(); ++segment) {
      sizes.push_back(memory.used_size(segment));
    }
    return sizes;
  }

  std::vector<py::int_> output() const {
    require_done();
    std::vector<py::int_> values;
    for (const std::string& value : runner_->output_values()) {
      values.push_back(py::int_(py::module_::import("builtins").attr("int")(value)));
    }
    return values;
  }

  std::string output_text() const {
    require_done();
    return runner_->output_text();
  }

  // Relocated (pc, ap, fp) per step.
  std::vector<std::tuple<std::uint64_t, std::uint64_t, std::uint64_t>> trace() const {
    require_done();
    std::ostringstream out;
    runner_->write_trace(out);
    const std::string bytes = out.str();
    std::vector<std::tuple<std::uint64_t, std::uint64_t, std::uint64_t>> entries;
    for (std::size_t at = 0; at + 24 <= bytes.size(); at += 24) {
      const std::string_view entry(bytes.data() + at, 24);
      entries.emplace_back(le_u64(entry.substr(16)), le_u64(entry.substr(0)),
                           le_u64(entry.substr(8)));
    }
    return entries;
  }

  // Relocated memory: address -> value.
  py::dict memory() const {
    require_done();
    std::ostringstream out;
    runner_->write_memory(out);
    const std::string bytes = out.str();
    py::dict cells;
    for (std::size_t at = 0; at + 40 <= bytes.size(); at += 40) {
      const std::string_view cell(bytes.data() + at, 40);
      cells[py::int_(le_u64(cell))] = le_int(cell.substr(8, 32));
    }
    return cells;
  }

  // The final registers, relocated: the last trace entry is the state after the last step.
  py::dict registers() const {
    const auto entries = trace();
    if (entries.empty()) throw cairovm::RunnerError("The run has no trace.");
    const auto& [pc, ap, fp] = entries.back();
    py::dict result;
    result["pc"] = pc;
    result["ap"] = ap;
    result["fp"] = fp;
    return result;
  }

  void write_trace(const std::string& path) const {
    require_done();
    std::ofstream out(path, std::ios::binary);
    if (!out) throw cairovm::RunnerError("Cannot open " + path + " for writing.");
    runner_->write_trace(out);
  }

  void write_memory(const std::string& path) const {
    require_done();
    std::ofstream out(path, std::ios::binary);
    if (!out) throw cairovm::RunnerError("Cannot open " + path + " for writing.");
    runner_->write_memory(out);
  }

  void write_text(const std::string& path, const std::string& text) const {
    std::ofstream out(path, std::ios::binary);
    if (!out) throw cairovm::RunnerError("Cannot open " + path + " for writing.");
    out << text;
  }

  std::string air_public_input() const {
    require_done();
    return runner_->air_public_input_json(layout_);
  }

  std::string air_private_input(const std::string& trace_path,
                                const std::string& memory_path) const {
    require_done();
    return runner_->air_private_input_json(trace_path, memory_path);
  }

  std::string info_text(bool relocated) const {
    require_done();
    return runner_->info_text(relocated);
  }

  py::dict execution_resources() const {
    require_done();
    const cairovm::ExecutionResources resources = runner_->execution_resources();
    py::dict result;
    result["n_steps"] = resources.n_steps;
    result["n_memory_holes"] = resources.n_memory_holes;
    py::dict builtins;
    for (const auto& [name, count] : resources.builtin_instances) builtins[py::str(name)] = count;
    result["builtin_instance_counter"] = builtins;
    return result;
  }

  const std::vector<std::string>& warnings() const { return warnings_; }
  bool done() const { return state_ == State::done; }

  void require_owner() const {
    if (std::this_thread::get_id() != owner_) {
      throw cairovm::RunnerError(
          "A cairovm.Runner is used from the thread that created it (only cancel() may be called "
          "from another thread).");
    }
  }

 private:
  enum class State { live, done, failed };

  static py::object value_to_py(const cairovm::MaybeRelocatable& value) {
    if (value.is_relocatable()) {
      const cairovm::Relocatable r = value.relocatable();
      return py::make_tuple(r.segment, r.offset);
    }
    return py::module_::import("builtins").attr("int")(value.felt().to_dec_string());
  }

  py::tuple live_register(cairovm::Relocatable (cairovm::CairoRunner::*get)() const) const {
    require_owner();
    if (state_ != State::live || !runner_->initialized()) {
      throw cairovm::RunnerError(
          "The registers are readable while the run is paused (after run_for_steps()).");
    }
    const cairovm::Relocatable r = ((*runner_).*get)();
    return py::make_tuple(r.segment, r.offset);
  }

  void require_live() const {
    require_owner();
    if (state_ == State::done) throw cairovm::RunnerError("This runner has already run.");
    if (state_ == State::failed) throw cairovm::RunnerError("This runner's run has failed.");
  }

  void require_done() const {
    require_owner();
    if (state_ != State::done) throw cairovm::RunnerError("The program has not run to its end.");
  }

  std::unique_ptr<cairovm::Program> program_;
  std::string layout_;
  py::dict hint_locals_;
  std::thread::id owner_;
  std::unique_ptr<cairovm::CairoRunner> runner_;
  std::vector<std::string> warnings_;
  State state_ = State::live;
};

// What cairovm.run() returns.
struct RunResult {
  std::vector<py::int_> output;
  std::string output_text;
  std::uint64_t n_steps = 0;
  py::dict execution_resources;
};

// The module's exception types, set when the module is imported.
struct ExceptionTypes {
  py::handle error, vm_error, step_limit_error, cancelled_error, program_error, runner_error;
};
ExceptionTypes g_exceptions;

[[noreturn]] void raise(py::handle type, const std::string& message) {
  PyErr_SetString(type.ptr(), message.c_str());
  throw py::error_already_set();
}

// Runs `body`, turning cairovm's errors into the module's exceptions. (Not an exception translator:
// those are process-wide, and the hint engine's own translator must keep its reference kinds.)
// Messages are the text the CLI prints: a VM error's full report; the CLI's "Error: " prefix of
// the others is left out.
template <class Body>
decltype(auto) guarded(Body&& body) {
  try {
    return body();
  } catch (const cairovm::VmException& e) {
    raise(g_exceptions.vm_error, e.what());
  } catch (const cairovm::UncaughtPythonError& e) {
    const std::string message = e.what();
    raise(g_exceptions.vm_error, e.exception_class() + (message.empty() ? "" : ": ") + message);
  } catch (const cairovm::StepLimitError& e) {
    raise(g_exceptions.step_limit_error, e.what());
  } catch (const cairovm::VmError& e) {
    raise(g_exceptions.vm_error, e.what());
  } catch (const cairovm::CancelledError& e) {
    raise(g_exceptions.cancelled_error, e.what());
  } catch (const cairovm::ProgramError& e) {
    raise(g_exceptions.program_error, e.what());
  } catch (const cairovm::RunnerError& e) {
    raise(g_exceptions.runner_error, e.what());
  } catch (const cairovm::Error& e) {
    raise(g_exceptions.error, e.what());
  }
}

py::object optional_path(const py::object& path) {
  return path.is_none() ? path : py::str(fspath(path));
}

// cairovm.run(): cairo-run in one call; files are written as cairo-run writes them.
RunResult run_program(const py::object& program, const std::string& layout, bool proof_mode,
                      const py::object& program_input, const py::object& hint_locals,
                      const py::object& trace_file, const py::object& memory_file,
                      const py::object& air_public_input, const py::object& air_private_input) {
  const py::object trace_path = optional_path(trace_file);
  const py::object memory_path = optional_path(memory_file);
  if (!air_public_input.is_none() && !proof_mode) {
    throw cairovm::RunnerError("--air_public_input can only be used in proof_mode.");
  }
  if (!air_private_input.is_none() &&
      (!proof_mode || trace_path.is_none() || memory_path.is_none())) {
    throw cairovm::RunnerError(
        "--air_private_input can only be used in proof_mode, with --trace_file and --memory_file.");
  }
  PyRunner runner(program, layout, proof_mode, std::nullopt, std::nullopt, std::nullopt, "main",
                  program_input, hint_locals, std::nullopt, std::nullopt, true);
  runner.run();
  if (!trace_path.is_none()) runner.write_trace(trace_path.cast<std::string>());
  if (!memory_path.is_none()) runner.write_memory(memory_path.cast<std::string>());
  if (!air_public_input.is_none()) {
    runner.write_text(fspath(air_public_input), runner.air_public_input());
  }
  if (!air_private_input.is_none()) {
    runner.write_text(
        fspath(air_private_input),
        runner.air_private_input(trace_path.cast<std::string>(), memory_path.cast<std::string>()));
  }
  return RunResult{runner.output(), runner.output_text(), runner.n_steps(),
                   runner.execution_resources()};
}

}  // namespace

PYBIND11_MODULE(cairovm, m) {
  m.doc() = "cairovm: a C++ Cairo 0 VM, run from Python the way cairo-run runs programs.";

  static py::exception<cairovm::Error> error(m, "Error", PyExc_Exception);
  static py::exception<cairovm::VmException> vm_error(m, "VmError", error.ptr());
  static py::exception<cairovm::StepLimitError> step_limit_error(m, "StepLimitError",
                                                                 vm_error.ptr());
  static py::exception<cairovm::CancelledError> cancelled_error(m, "CancelledError",
                                                                vm_error.ptr());
  static py::exception<cairovm::ProgramError> program_error(m, "ProgramError", error.ptr());
  static py::exception<cairovm::RunnerError> runner_error(m, "RunnerError", error.ptr());
  g_exceptions = {error, vm_error, step_limit_error, cancelled_error, program_error, runner_error};

  py::class_<RunResult>(m, "RunResult", "What cairovm.run() returns.")
      .def_readonly("output", &RunResult::output,
                    "The output builtin's values, as --print_output shows them.")
      .def_readonly("output_text", &RunResult::output_text, "--print_output's text.")
      .def_readonly("n_steps", &RunResult::n_steps)
      .def_readonly("execution_resources", &RunResult::execution_resources,
                    "n_steps, n_memory_holes and builtin_instance_counter.");

#define CAIROVM_GUARDED(call) [](PyRunner& self) { return guarded([&] { return self.call(); }); }
  py::class_<PyRunner>(m, "Runner",
                       "One run of one program (a path, JSON text or dict), with cairo-run's "
                       "options. Use it from the thread that created it.")
      .def(py::init([](const py::object& program, const std::string& layout, bool proof_mode,
                       std::optional<std::uint64_t> steps, std::optional<std::uint64_t> min_steps,
                       std::optional<std::uint64_t> max_steps, const std::string& entrypoint,
                       const py::object& program_input, const py::object& hint_locals,
                       std::optional<bool> allow_missing_builtins, std::optional<bool> secure_run,
                       bool python_hints) {
             return guarded([&] {
               return std::make_unique<PyRunner>(program, layout, proof_mode, steps, min_steps,
                                                 max_steps, entrypoint, program_input, hint_locals,
                                                 allow_missing_builtins, secure_run, python_hints);
             });
           }),
           py::arg("program"), py::kw_only(), py::arg("layout") = "plain",
           py::arg("proof_mode") = false, py::arg("steps") = py::none(),
           py::arg("min_steps") = py::none(), py::arg("max_steps") = py::none(),
           py::arg("entrypoint") = "main", py::arg("program_input") = py::none(),
           py::arg("hint_locals") = py::none(), py::arg("allow_missing_builtins") = py::none(),
           py::arg("secure_run") = py::none(), py::arg("python_hints") = true)
      .def(
          "run_for_steps",
          [](PyRunner& self, std::uint64_t n) {
            return guarded([&] { return self.run_for_steps(n); });
          },
          py::arg("n"),
          "Runs at most n more steps (the GIL is released); True once the end is reached.")
      .def("run", CAIROVM_GUARDED(run),
           "Runs (or continues) to the end, ends the run and relocates (the GIL is released).")
      .def("relocate", CAIROVM_GUARDED(relocate),
           "Ends a run whose steps reached the end (run_for_steps returned True) and relocates "
           "it; run() does this itself.")
      .def("cancel", &PyRunner::cancel,
           "Asks a run on another thread to stop: it raises CancelledError. Thread-safe.")
      .def_property_readonly("n_steps", CAIROVM_GUARDED(n_steps))
      .def_property_readonly("end_reached", CAIROVM_GUARDED(end_reached))
      .def_property_readonly("pc", CAIROVM_GUARDED(pc), "(segment, offset) while paused.")
      .def_property_readonly("ap", CAIROVM_GUARDED(ap), "(segment, offset) while paused.")
      .def_property_readonly("fp", CAIROVM_GUARDED(fp), "(segment, offset) while paused.")
      .def_property_readonly("done", &PyRunner::done)
      .def_property_readonly("warnings", &PyRunner::warnings)
      .def(
          "memory_get",
          [](PyRunner& self, std::int64_t segment, std::uint64_t offset) {
            return guarded([&] { return self.memory_get(segment, offset); });
          },
          py::arg("segment"), py::arg("offset"),
          "The unrelocated cell (segment, offset): an int, a (segment, offset) pair or None.")
      .def(
          "__getitem__",
          [](PyRunner& self, std::pair<std::int64_t, std::uint64_t> address) {
            return guarded([&] { return self.memory_get(address.first, address.second); });
          },
          py::arg("address"), "runner[segment, offset]: as memory_get().")
      .def("segment_sizes", CAIROVM_GUARDED(segment_sizes),
           "The used size of each (unrelocated) segment.")
      .def("output", CAIROVM_GUARDED(output),
           "The output builtin's values, as --print_output shows them.")
      .def("output_text", CAIROVM_GUARDED(output_text), "--print_output's text.")
      .def(
          "info_text",
          [](PyRunner& self, bool relocated) {
            return guarded([&] { return self.info_text(relocated); });
          },
          py::arg("relocated") = false, "--print_info's text (relocated: with --relocate_prints).")
      .def("trace", CAIROVM_GUARDED(trace), "The relocated trace: a (pc, ap, fp) tuple per step.")
      .def("memory", CAIROVM_GUARDED(memory), "The relocated memory: {address: value}.")
      .def("registers", CAIROVM_GUARDED(registers), "The final relocated pc, ap and fp.")
      .def("execution_resources", CAIROVM_GUARDED(execution_resources))
      .def(
          "write_trace",
          [](PyRunner& self, const py::object& path) {
            guarded([&] { self.write_trace(fspath(path)); });
          },
          py::arg("path"))
      .def(
          "write_memory",
          [](PyRunner& self, const py::object& path) {
            guarded([&] { self.write_memory(fspath(path)); });
          },
          py::arg("path"));
#undef CAIROVM_GUARDED

  m.def(
      "run",
      [](const py::object& program, const std::string& layout, bool proof_mode,
         const py::object& program_input, const py::object& hint_locals,
         const py::object& trace_file, const py::object& memory_file,
         const py::object& air_public_input, const py::object& air_private_input) {
        return guarded([&] {
          return run_program(program, layout, proof_mode, program_input, hint_locals, trace_file,
                             memory_file, air_public_input, air_private_input);
        });
      },
      py::arg("program"), py::arg("layout") = "plain", py::arg("proof_mode") = false,
      py::arg("program_input") = py::none(), py::arg("hint_locals") = py::none(),
      py::arg("trace_file") = py::none(), py::arg("memory_file") = py::none(),
      py::arg("air_public_input") = py::none(), py::arg("air_private_input") = py::none(),
      "Runs a program to its end as cairo-run does and returns a RunResult.");
}
