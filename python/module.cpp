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
class PyRunner {
 public:
  PyRunner(const py::object& program, const std::string& layout, bool proof_mode,
           std::optional<std::uint64_t> steps, std::optional<std::uint64_t> min_steps,
           const std::string& entrypoint, const py::object& program_input,
           std::optional<bool> allow_missing_builtins, std::optional<bool> secure_run,
           bool python_hints)
      : program_(std::make_unique<cairovm::Program>(load_program(program))) {
    cairovm::RunOptions options;
    options.layout = layout;
    options.proof_mode = proof_mode;
    options.steps = steps;
    options.min_steps = min_steps;
    options.entrypoint = entrypoint;
    options.program_input_json = program_input_json(program_input);
    options.allow_missing_builtins = allow_missing_builtins.value_or(proof_mode);
    options.secure_run = secure_run;
    options.allow_python_hints = python_hints;
    options.on_warning = [this](const std::string& line) { warnings_.push_back(line); };
    runner_ = std::make_unique<cairovm::CairoRunner>(*program_, std::move(options));
  }

  // The whole run, once; the GIL is free meanwhile (Python hints take it again).
  void run() {
    if (state_ != State::fresh) throw cairovm::RunnerError("This runner has already run.");
    state_ = State::failed;
    {
      py::gil_scoped_release release;
      runner_->run();
    }
    state_ = State::done;
  }

  std::uint64_t n_steps() const { return runner_->n_steps(); }

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

 private:
  enum class State { fresh, done, failed };

  void require_done() const {
    if (state_ != State::done) throw cairovm::RunnerError("The program has not run to its end.");
  }

  std::unique_ptr<cairovm::Program> program_;
  std::unique_ptr<cairovm::CairoRunner> runner_;
  std::vector<std::string> warnings_;
  State state_ = State::fresh;
};

// The module's exception types, set when the module is imported.
struct ExceptionTypes {
  py::handle error, vm_error, program_error, runner_error;
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
  } catch (const cairovm::VmError& e) {
    raise(g_exceptions.vm_error, e.what());
  } catch (const cairovm::ProgramError& e) {
    raise(g_exceptions.program_error, e.what());
  } catch (const cairovm::RunnerError& e) {
    raise(g_exceptions.runner_error, e.what());
  } catch (const cairovm::Error& e) {
    raise(g_exceptions.error, e.what());
  }
}

}  // namespace

PYBIND11_MODULE(cairovm, m) {
  m.doc() = "cairovm: a C++ Cairo 0 VM, run from Python the way cairo-run runs programs.";

  static py::exception<cairovm::Error> error(m, "Error", PyExc_Exception);
  static py::exception<cairovm::VmException> vm_error(m, "VmError", error.ptr());
  static py::exception<cairovm::ProgramError> program_error(m, "ProgramError", error.ptr());
  static py::exception<cairovm::RunnerError> runner_error(m, "RunnerError", error.ptr());
  g_exceptions = {error, vm_error, program_error, runner_error};

#define CAIROVM_GUARDED(call) [](PyRunner& self) { return guarded([&] { return self.call(); }); }
  py::class_<PyRunner>(m, "Runner",
                       "One run of one program (a path, JSON text or dict), with cairo-run's "
                       "options.")
      .def(py::init([](const py::object& program, const std::string& layout, bool proof_mode,
                       std::optional<std::uint64_t> steps, std::optional<std::uint64_t> min_steps,
                       const std::string& entrypoint, const py::object& program_input,
                       std::optional<bool> allow_missing_builtins, std::optional<bool> secure_run,
                       bool python_hints) {
             return guarded([&] {
               return std::make_unique<PyRunner>(program, layout, proof_mode, steps, min_steps,
                                                 entrypoint, program_input, allow_missing_builtins,
                                                 secure_run, python_hints);
             });
           }),
           py::arg("program"), py::kw_only(), py::arg("layout") = "plain",
           py::arg("proof_mode") = false, py::arg("steps") = py::none(),
           py::arg("min_steps") = py::none(), py::arg("entrypoint") = "main",
           py::arg("program_input") = py::none(), py::arg("allow_missing_builtins") = py::none(),
           py::arg("secure_run") = py::none(), py::arg("python_hints") = true)
      .def("run", CAIROVM_GUARDED(run),
           "Runs the program to its end (the GIL is released meanwhile).")
      .def_property_readonly("n_steps", &PyRunner::n_steps)
      .def_property_readonly("done", &PyRunner::done)
      .def_property_readonly("warnings", &PyRunner::warnings)
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
      [](const py::object& program, const py::kwargs& options) {
        py::object runner = py::module_::import("cairovm").attr("Runner")(program, **options);
        runner.attr("run")();
        return runner;
      },
      py::arg("program"),
      "Runs a program to its end with Runner's options and returns the runner.");
}
