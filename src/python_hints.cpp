#include "python_hints.hpp"

#include "cairovm/errors.hpp"
#include "hint_bigint.hpp"

#if CAIROVM_WITH_PYTHON

#include <pybind11/embed.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "accessed_addresses.hpp"
#include "builtin_runner.hpp"
#include "dict_manager.hpp"
#include "ecdsa_builtin.hpp"
#include "error_report.hpp"
#include "mod_builtin.hpp"
#include "output_builtin.hpp"

namespace py = pybind11;

// The `cairovm_native` module of the hint engine (defined at the end of this file).
extern "C" PyObject* cairovm_native_init();
namespace cairovm {
void init_cairovm_native(pybind11::module_& m);
}  // namespace cairovm

namespace cairovm {

namespace {

// ------------------------------------------------------------------------------------------------
// The GIL and Python objects held by C++.

/// Holds the GIL for its lifetime. Nests: PyGILState is reentrant, so code that may run inside a
/// hint (a scope released by vm_exit_scope) and outside one (a scope released by a native hint)
/// can take it alike.
class Gil {
 public:
  Gil() : state_(PyGILState_Ensure()) {}
  ~Gil() { PyGILState_Release(state_); }
  Gil(const Gil&) = delete;
  Gil& operator=(const Gil&) = delete;

 private:
  PyGILState_STATE state_;
};

/// A Python object stored in a scope (a ScopeDict's std::any). Native hints copy and drop scope
/// values without the GIL, so copying and releasing take it here.
class PyValue {
 public:
  explicit PyValue(py::handle object) : object_(object.inc_ref().ptr()) {}  // GIL held
  PyValue(const PyValue& other) : object_(other.object_) {
    if (object_ != nullptr) {
      Gil gil;
      Py_INCREF(object_);
    }
  }
  PyValue(PyValue&& other) noexcept : object_(std::exchange(other.object_, nullptr)) {}
  PyValue& operator=(PyValue other) noexcept {
    std::swap(object_, other.object_);
    return *this;
  }
  ~PyValue() {
    // After the interpreter has shut down (at exit) the object is gone with it.
    if (object_ != nullptr && Py_IsInitialized()) {
      Gil gil;
      Py_DECREF(object_);
    }
  }
  PyObject* get() const noexcept { return object_; }

 private:
  PyObject* object_;
};

// The per-process Python state: the interpreter and what the engines take from the
// cairovm_hints package.
struct Runtime {
  py::object relocatable;     // values.RelocatableValue
  py::object make_exception;  // values.make_exception
  py::object engine_class;    // engine.HintEngine
  py::object describe;        // engine.describe_exception
  py::object prime;           // P, as a Python int
  py::object builtins;        // the builtins module's dict (a scope's __builtins__)

  Runtime() = default;
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;
  ~Runtime() {
    // In a Python process (the extension module) the interpreter is finalized before the static
    // destructors run, and its objects are gone with it.
    if (!Py_IsInitialized()) {
      for (py::object* object :
           {&relocatable, &make_exception, &engine_class, &describe, &prime, &builtins}) {
        (void)object->release();
      }
    }
  }
};

std::unique_ptr<Runtime> g_runtime;  // set while the interpreter runs
std::once_flag g_start_once;
std::string g_start_error;

// The key under which a scope keeps the dict that Python hints use as their globals; not an
// identifier, so no hint variable can take it.
constexpr const char* kGlobalsKey = "<python globals>";

// Installs the importer of the embedded cairovm_hints sources (python_hints/embed.cmake).
constexpr const char* kBootstrap = R"(
import importlib.abc
import importlib.util
import sys


class _CairovmEmbeddedSources(importlib.abc.MetaPathFinder, importlib.abc.InspectLoader):
    """Imports the cairovm_hints modules compiled into cairovm."""

    def __init__(self, modules):
        self._modules = modules

    def find_spec(self, fullname, path=None, target=None):
        entry = self._modules.get(fullname)
        if entry is None:
            return None
        return importlib.util.spec_from_loader(
            fullname, self, origin=entry[0], is_package=entry[2])

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        filename, source, _ = self._modules[module.__name__]
        module.__file__ = filename
        exec(compile(source, filename, "exec", dont_inherit=True), module.__dict__)

    def get_source(self, fullname):
        return self._modules[fullname][1]

    def is_package(self, fullname):
        return self._modules[fullname][2]


sys.meta_path.insert(0, _CairovmEmbeddedSources(modules))
)";

// At exit, what the end of a Python program does that hints may rely on: join non-daemon
// threads, run the atexit functions, flush stdio. The interpreter itself is not finalized: tearing
// down the modules that the hints loaded (sympy, numpy) takes ~0.4 s, and the process ends anyway.
constexpr const char* kAtExit = R"(
import sys
if "threading" in sys.modules:
    sys.modules["threading"]._shutdown()
import atexit
atexit._run_exitfuncs()
for stream in (sys.stdout, sys.stderr):
    try:
        stream.flush()
    except Exception:
        pass
)";

void finish_at_exit() {
  if (!Py_IsInitialized()) return;
  PyGILState_Ensure();  // kept: no other thread runs Python from now on
  PyRun_SimpleString(kAtExit);
}

// "Type: message" of a Python error, without the stack pybind11 appends.
std::string error_text(const py::error_already_set& e) {
  const std::string what = e.what();
  return what.substr(0, what.find("\n\nAt:"));
}

// The `version` of a venv's pyvenv.cfg ("3.11.7"), if it says.
std::optional<std::string> venv_python_version(const std::string& venv) {
  std::ifstream config(venv + "/pyvenv.cfg");
  std::string line;
  while (std::getline(config, line)) {
    const auto equals = line.find('=');
    if (equals == std::string::npos) continue;
    auto trim = [](std::string text) {
      const auto first = text.find_first_not_of(" \t\r");
      const auto last = text.find_last_not_of(" \t\r");
      return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
    };
    const std::string key = trim(line.substr(0, equals));
    if (key == "version" || key == "version_info") return trim(line.substr(equals + 1));
  }
  return std::nullopt;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

void load_runtime();

void start_interpreter() {
  if (kAddressSanitizer) {
    // Python's own allocator keeps small objects in mmap'd arenas, which LeakSanitizer does not
    // scan: every malloc'd object referenced only from there would look leaked. With malloc for
    // everything, the sanitizers see Python's objects like ours.
    PyPreConfig preconfig;
    PyPreConfig_InitPythonConfig(&preconfig);
    preconfig.allocator = PYMEM_ALLOCATOR_MALLOC;
    if (PyStatus_Exception(Py_PreInitialize(&preconfig))) {
      throw std::runtime_error("cannot pre-initialize the interpreter");
    }
  }
  PyConfig config;
  PyConfig_InitPythonConfig(&config);
  // The VM's loops run without the GIL; a Python SIGINT handler would only set a flag that no
  // Python code checks, and Ctrl-C would no longer stop the run.
  config.install_signal_handlers = 0;
  config.parse_argv = 0;
  if (const char* venv = std::getenv("VIRTUAL_ENV"); venv != nullptr && *venv != '\0') {
    // As if the venv's own interpreter ran: Python finds pyvenv.cfg next to it, takes its base
    // installation from there and adds the venv's site-packages. A venv of another Python
    // version would give this interpreter another version's standard library.
    if (const auto version = venv_python_version(venv); version && *version != PY_VERSION) {
      const std::string ours =
          std::to_string(PY_MAJOR_VERSION) + "." + std::to_string(PY_MINOR_VERSION) + ".";
      if (!(*version + ".").starts_with(ours)) {
        PyConfig_Clear(&config);
        throw std::runtime_error("VIRTUAL_ENV=" + std::string(venv) + " is a venv of Python " +
                                 *version + ", but cairovm embeds Python " + PY_VERSION + ".");
      }
    }
    const std::string executable = std::string(venv) + "/bin/python";
    if (PyStatus_Exception(
            PyConfig_SetBytesString(&config, &config.program_name, executable.c_str()))) {
      PyConfig_Clear(&config);
      throw std::runtime_error("cannot set the interpreter's program name");
    }
  } else if (std::getenv("PYTHONHOME") == nullptr &&
             std::filesystem::is_directory(CAIROVM_PYTHON_HOME)) {
    // The interpreter's own installation. Left to itself, an embedded Python looks for its
    // standard library from the first `python3` on PATH, which may be another installation's.
    if (PyStatus_Exception(PyConfig_SetBytesString(&config, &config.home, CAIROVM_PYTHON_HOME))) {
      PyConfig_Clear(&config);
      throw std::runtime_error("cannot set the interpreter's home");
    }
  }
  PyImport_AppendInittab("cairovm_native", cairovm_native_init);
  py::initialize_interpreter(&config, 0, nullptr, false);  // clears config
  load_runtime();
  PyEval_SaveThread();  // release the GIL: it is taken again only around Python hints
  std::atexit(finish_at_exit);
}

// Inside a Python process (the `cairovm` extension module): the hints run in that interpreter.
// Its own exit does what finish_at_exit does for the embedded one.
void attach_to_running_interpreter() {
  Gil gil;
  py::module_ sys = py::module_::import("sys");
  if (!sys.attr("modules").contains("cairovm_native")) {
    sys.attr("modules")["cairovm_native"] =
        py::reinterpret_steal<py::object>(cairovm_native_init());
  }
  load_runtime();
}

// Imports the hint engine's Python side; the GIL is held.
void load_runtime() {
  auto runtime = std::make_unique<Runtime>();
  try {
    py::dict modules;
    for (const EmbeddedPythonModule& module : embedded_python_modules()) {
      modules[py::str(module.name)] =
          py::make_tuple(py::str(module.filename), py::str(module.source), module.is_package);
    }
    py::dict scope;
    scope["modules"] = modules;
    py::exec(kBootstrap, scope);
    py::module_::import("cairovm_native");  // registers the Vm type
    py::module_ values = py::module_::import("cairovm_hints.values");
    py::module_ engine = py::module_::import("cairovm_hints.engine");
    runtime->relocatable = values.attr("RelocatableValue");
    runtime->make_exception = values.attr("make_exception");
    runtime->engine_class = engine.attr("HintEngine");
    runtime->describe = engine.attr("describe_exception");
    runtime->prime = py::reinterpret_steal<py::object>(PyLong_FromString(
        "800000000000011000000000000000000000000000000000000000000000001", nullptr, 16));
    runtime->builtins = py::module_::import("builtins").attr("__dict__");
    g_runtime = std::move(runtime);
  } catch (py::error_already_set& e) {
    g_start_error = error_text(e);
    runtime.reset();  // while the GIL is held
  }
}

Runtime& runtime() {
  std::call_once(g_start_once, [] {
    try {
      if (Py_IsInitialized()) {
        attach_to_running_interpreter();
      } else {
        start_interpreter();
      }
    } catch (const std::exception& e) {
      g_start_error = e.what();
    }
  });
  if (!g_runtime) throw RunnerError("Cannot run Python hints: " + g_start_error);
  return *g_runtime;
}

// ------------------------------------------------------------------------------------------------
// Values: field elements are Python ints, addresses the reference's RelocatableValue.

py::object felt_to_py(const Felt& value) {
  PyObject* object;
  if (const auto small = value.to_u64()) {
    object = PyLong_FromUnsignedLongLong(*small);
  } else {
    const auto bytes = value.to_le_bytes();
    object = _PyLong_FromByteArray(bytes.data(), bytes.size(), /*little_endian=*/1,
                                   /*is_signed=*/0);
  }
  if (object == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(object);
}

py::object relocatable_to_py(const Relocatable& address) {
  return g_runtime->relocatable(address.segment, address.offset);
}

py::object to_py(const MaybeRelocatable& value) {
  return value.is_felt() ? felt_to_py(value.felt()) : relocatable_to_py(value.relocatable());
}

/// A Python int (PyLong_Check) as a field element when 0 <= value < P.
std::optional<Felt> exact_felt(PyObject* value) {
  int overflow = 0;
  const long long small = PyLong_AsLongLongAndOverflow(value, &overflow);
  if (overflow == 0) {
    if (small == -1 && PyErr_Occurred()) throw py::error_already_set();
    if (small < 0) return std::nullopt;
    return Felt{static_cast<std::uint64_t>(small)};
  }
  if (overflow < 0 || _PyLong_NumBits(value) > 252) return std::nullopt;
  std::array<unsigned char, 32> bytes{};
  if (_PyLong_AsByteArray(reinterpret_cast<PyLongObject*>(value), bytes.data(), bytes.size(),
                          /*little_endian=*/1, /*is_signed=*/0) < 0) {
    throw py::error_already_set();
  }
  Felt::Limbs limbs{};
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    limbs[i / 8] |= static_cast<std::uint64_t>(bytes[i]) << (8 * (i % 8));
  }
  return Felt::from_canonical_limbs(limbs);
}

/// A Python int reduced modulo P.
Felt felt_from_py(PyObject* value) {
  if (auto felt = exact_felt(value)) return *felt;
  const py::object reduced =
      py::reinterpret_steal<py::object>(PyNumber_Remainder(value, g_runtime->prime.ptr()));
  if (!reduced) throw py::error_already_set();
  return *exact_felt(reduced.ptr());
}

Relocatable relocatable_from_py(py::handle value) {
  if (!py::isinstance(value, g_runtime->relocatable)) {
    throw py::type_error("Expected a RelocatableValue, got " +
                         std::string(py::str(py::type::of(value).attr("__name__"))) + ".");
  }
  const auto segment = value.attr("segment_index").cast<std::int64_t>();
  const auto offset = value.attr("offset").cast<std::int64_t>();
  if (offset < 0) {
    throw py::value_error("The offset of a relocatable value must be nonnegative. Found: " +
                          std::string(py::str(value)) + ".");
  }
  return {segment, static_cast<std::uint64_t>(offset)};
}

MaybeRelocatable maybe_relocatable_from_py(py::handle value) {
  if (PyLong_Check(value.ptr())) return felt_from_py(value.ptr());
  return relocatable_from_py(value);
}

/// A Python int outside [0, P) as a BigInt (hint_bigint.hpp).
BigInt bigint_from_py(PyObject* value) {
  const py::object hex = py::reinterpret_steal<py::object>(PyNumber_ToBase(value, 16));
  if (!hex) throw py::error_already_set();
  std::string text = py::str(hex).cast<std::string>();  // "0x1f" or "-0x1f"
  const bool negative = !text.empty() && text[0] == '-';
  BigInt result(text.substr(negative ? 3 : 2), 16);
  return negative ? BigInt(-result) : result;
}

py::object bigint_to_py(const BigInt& value) {
  const std::string hex = value.get_str(16);
  PyObject* object = PyLong_FromString(hex.c_str(), nullptr, 16);
  if (object == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(object);
}

/// A key or value of a native dict (DictTracker): an int in [0, P) or a relocatable. Other ints
/// and objects are refused rather than reduced: the reference would keep them as they are.
MaybeRelocatable dict_item_from_py(py::handle value) {
  if (PyLong_Check(value.ptr())) {
    if (auto felt = exact_felt(value.ptr())) return *felt;
  } else if (py::isinstance(value, g_runtime->relocatable)) {
    return relocatable_from_py(value);
  }
  throw py::type_error(
      "cairovm's dict manager (shared with its native dict hints) holds field elements "
      "(ints in [0, PRIME)) and relocatables, not " +
      std::string(py::repr(value)) + ".");
}

py::dict dict_data_to_py(const DictData& data) {
  py::dict result;
  for (const auto& [key, value] : data.entries()) result[to_py(key)] = to_py(value);
  return result;
}

DictData dict_data_from_py(py::handle mapping) {
  DictData data;
  for (const py::handle item : mapping.attr("items")()) {
    const auto pair = py::reinterpret_borrow<py::tuple>(item);
    data.set(dict_item_from_py(pair[0]), dict_item_from_py(pair[1]));
  }
  return data;
}

py::list felts_to_py(const std::vector<Felt>& felts) {
  py::list result;
  for (const Felt& felt : felts) result.append(felt_to_py(felt));
  return result;
}

/// A Python value as a scope stores it: an int in [0, P) as a Felt and any other int as a BigInt
/// (native hints read both), the
/// bound dict manager and trackers as the native objects they wrap, any other object as itself.
/// Only exact ints: a bool or an IntEnum must come back as itself.
std::any to_scope_value(py::handle value) {
  if (PyLong_CheckExact(value.ptr())) {
    if (auto felt = exact_felt(value.ptr())) return *felt;
    return bigint_from_py(value.ptr());
  } else if (py::isinstance<DictManager>(value)) {
    return value.cast<std::shared_ptr<DictManager>>();
  } else if (py::isinstance<DictTracker>(value)) {
    return value.cast<std::shared_ptr<DictTracker>>();
  }
  return PyValue(value);
}

/// A native scope value as Python sees it; nullopt for a type Python does not see. The dict
/// manager and its trackers are shared (bound objects); the squash variables are copies, which
/// replace the native values when the hint ends (later native hints then run their Python code).
std::optional<py::object> native_to_py(const std::any& value) {
  if (const Felt* felt = std::any_cast<Felt>(&value)) return felt_to_py(*felt);
  if (const BigInt* big = std::any_cast<BigInt>(&value)) return bigint_to_py(*big);
  if (const auto* address = std::any_cast<Relocatable>(&value)) return relocatable_to_py(*address);
  if (const auto* cell = std::any_cast<MaybeRelocatable>(&value)) return to_py(*cell);
  if (const auto* dicts = std::any_cast<std::shared_ptr<DictManager>>(&value)) {
    return py::cast(*dicts);
  }
  if (const auto* tracker = std::any_cast<std::shared_ptr<DictTracker>>(&value)) {
    return py::cast(*tracker);
  }
  if (const auto* data = std::any_cast<DictData>(&value)) return dict_data_to_py(*data);
  if (const auto* felts = std::any_cast<std::vector<Felt>>(&value)) return felts_to_py(*felts);
  if (const auto* indices = std::any_cast<SquashAccessIndices>(&value)) {
    py::dict result;
    for (const auto& [key, list] : *indices) result[felt_to_py(key)] = felts_to_py(list);
    return result;
  }
  if (const auto* preimage = std::any_cast<SharedPreimage>(&value)) {
    py::dict result;
    for (const auto& [key, members] : **preimage) {
      result[felt_to_py(key)] = py::tuple(felts_to_py(members));
    }
    return result;
  }
  return std::nullopt;
}

bool visible_to_python(const std::any& value) {
  const std::type_info& type = value.type();
  return type == typeid(PyValue) || type == typeid(Felt) || type == typeid(BigInt) ||
         type == typeid(Relocatable) || type == typeid(MaybeRelocatable) ||
         type == typeid(std::shared_ptr<DictManager>) ||
         type == typeid(std::shared_ptr<DictTracker>) || type == typeid(DictData) ||
         type == typeid(std::vector<Felt>) || type == typeid(SquashAccessIndices) ||
         type == typeid(SharedPreimage);
}

// ------------------------------------------------------------------------------------------------
// The dict manager as Python sees it: the reference's DictManager / DictTracker interface
// (starkware/cairo/common/dict.py) over the native objects.

/// `tracker.data`: a live view of the tracker's dict, a defaultdict for a default dict.
struct DictView {
  std::shared_ptr<DictTracker> tracker;

  py::object getitem(py::handle key) const {
    const MaybeRelocatable native_key = dict_item_from_py(key);
    if (const MaybeRelocatable* value = tracker->data.find(native_key)) return to_py(*value);
    if (!tracker->default_value) {
      PyErr_SetObject(PyExc_KeyError, key.ptr());
      throw py::error_already_set();
    }
    tracker->data.set(native_key, *tracker->default_value);
    return to_py(*tracker->default_value);
  }
  py::object get(py::handle key, py::handle fallback) const {
    if (!PyLong_Check(key.ptr()) && !py::isinstance(key, g_runtime->relocatable)) {
      return py::reinterpret_borrow<py::object>(fallback);
    }
    const MaybeRelocatable* value = tracker->data.find(dict_item_from_py(key));
    return value ? to_py(*value) : py::reinterpret_borrow<py::object>(fallback);
  }
  bool contains(py::handle key) const {
    if (!PyLong_Check(key.ptr()) && !py::isinstance(key, g_runtime->relocatable)) return false;
    return tracker->data.find(dict_item_from_py(key)) != nullptr;
  }
  void setitem(py::handle key, py::handle value) {
    tracker->data.set(dict_item_from_py(key), dict_item_from_py(value));
  }
  void delitem(py::handle key) {
    if (!tracker->data.erase(dict_item_from_py(key))) {
      PyErr_SetObject(PyExc_KeyError, key.ptr());
      throw py::error_already_set();
    }
  }
  py::list keys() const {
    py::list result;
    for (const auto& entry : tracker->data.entries()) result.append(to_py(entry.first));
    return result;
  }
  py::list values() const {
    py::list result;
    for (const auto& entry : tracker->data.entries()) result.append(to_py(entry.second));
    return result;
  }
  py::list items() const {
    py::list result;
    for (const auto& [key, value] : tracker->data.entries()) {
      result.append(py::make_tuple(to_py(key), to_py(value)));
    }
    return result;
  }
  py::dict copy() const { return dict_data_to_py(tracker->data); }
};

Relocatable dict_pointer_from_py(py::handle dict_ptr) {
  // The reference takes a VmConstsReference (`ids.dict_ptr` of a typed pointer) by its address_.
  if (!py::isinstance(dict_ptr, g_runtime->relocatable) && py::hasattr(dict_ptr, "address_")) {
    return relocatable_from_py(dict_ptr.attr("address_"));
  }
  return relocatable_from_py(dict_ptr);
}

std::shared_ptr<DictTracker> bound_get_tracker(DictManager& dicts, py::handle dict_ptr) {
  const Relocatable address = dict_pointer_from_py(dict_ptr);
  dicts.get_tracker(address);  // the reference's checks and messages
  return dicts.tracker_handle(address.segment);
}

py::object bound_new_dict(DictManager& dicts, py::handle segments, py::handle initial_dict) {
  const Relocatable base = relocatable_from_py(segments.attr("add")());
  DictData data;
  for (const py::handle item : initial_dict.attr("items")()) {
    const auto pair = py::reinterpret_borrow<py::tuple>(item);
    data.set(dict_item_from_py(pair[0]), dict_item_from_py(segments.attr("gen_arg")(pair[1])));
  }
  return relocatable_to_py(dicts.new_dict(base, std::move(data)));
}

py::object bound_new_default_dict(DictManager& dicts, py::handle segments, py::handle default_value,
                                  bool temp_segment) {
  const Relocatable base =
      relocatable_from_py(segments.attr(temp_segment ? "add_temp_segment" : "add")());
  return relocatable_to_py(dicts.new_default_dict(base, dict_item_from_py(default_value)));
}

// ------------------------------------------------------------------------------------------------
// Rules that hints add to a segment (vm_add_validation_rule, vm_add_auto_deduction_rule): the
// segment's hooks, chained after the builtin's own (which the reference registers first).

/// What the rules need to know about the moment they run.
struct RuleState {
  int hint_depth = 0;              // > 0 while a Python hint runs
  bool unvalidated_write = false;  // a write through segments.memory, which rules do not see
};

class PythonSegmentRules final : public SegmentHooks {
 public:
  PythonSegmentRules(const SegmentHooks* builtin, const RuleState& state)
      : builtin_(builtin), state_(&state) {}
  ~PythonSegmentRules() override = default;  // the GIL is held (NativeVm::detach)
  PythonSegmentRules(const PythonSegmentRules&) = delete;
  PythonSegmentRules& operator=(const PythonSegmentRules&) = delete;

  const SegmentHooks* builtin() const noexcept { return builtin_; }
  /// engine.validate_cell / engine.deduce_cell, set when the first rule of the kind comes.
  void set_validate(py::object validate) { validate_ = std::move(validate); }
  void set_deduce(py::object deduce) { deduce_ = std::move(deduce); }

  void validate(const Memory& memory, Relocatable address) const override {
    if (builtin_ != nullptr) builtin_->validate(memory, address);
    if (!validate_ || state_->unvalidated_write) return;
    Gil gil;
    call(validate_, address);
  }

  std::optional<MaybeRelocatable> deduce(const Memory& memory, Relocatable address) const override {
    if (builtin_ != nullptr) {
      if (auto value = builtin_->deduce(memory, address)) return value;
    }
    if (!deduce_) return std::nullopt;
    Gil gil;
    const py::object value = call(deduce_, address);
    if (value.is_none()) return std::nullopt;
    return maybe_relocatable_from_py(value);
  }

 private:
  /// A rule's exception goes on as itself inside a hint (whose report then shows the rule's
  /// frames, as the reference's does); elsewhere (an instruction's write or deduction) it is
  /// a VmError with the exception's text, which is what the reference's report shows.
  py::object call(const py::object& function, Relocatable address) const {
    try {
      return function(address.segment, address.offset);
    } catch (py::error_already_set& e) {
      if (state_->hint_depth > 0) throw;
      const py::tuple parts = g_runtime->describe(e.value()).cast<py::tuple>();
      throw VmError(parts[1].cast<std::string>(), parts[0].cast<std::string>());
    }
  }

  const SegmentHooks* builtin_;
  const RuleState* state_;
  py::object validate_, deduce_;
};

// ------------------------------------------------------------------------------------------------
// cairovm_native.Vm: what the Python side may do to the VM (see cairovm_hints/memory.py Backend).

class NativeVm {
 public:
  NativeVm(VirtualMachine& vm, std::span<BuiltinRunner* const> builtins) : vm_(&vm) {
    for (BuiltinRunner* builtin : builtins) {
      if (auto* ecdsa = dynamic_cast<EcdsaBuiltinRunner*>(builtin)) ecdsa_ = ecdsa;
      if (auto* output = dynamic_cast<OutputBuiltinRunner*>(builtin)) output_ = output;
    }
  }
  /// Called when the engine goes (GIL held): Python objects may outlive it (a hint can keep a
  /// reference); the segments get their builtins' hooks back.
  void detach() noexcept {
    if (vm_ != nullptr) {
      for (const auto& [segment, rules] : rules_) {
        vm_->memory().attach_hooks(segment, rules->builtin());
      }
    }
    rules_.clear();
    vm_ = nullptr;
    ecdsa_ = nullptr;
    output_ = nullptr;
  }

  /// The state the segments' Python rules read; the engine counts the hints it runs in it.
  RuleState& rule_state() noexcept { return rule_state_; }

  py::object get(std::int64_t segment, std::uint64_t offset) const {
    const auto value = vm().memory().get(Relocatable{segment, offset});
    return value ? to_py(*value) : py::none();
  }
  void set(std::int64_t segment, std::uint64_t offset, py::handle value, bool validated) {
    const MaybeRelocatable cell = maybe_relocatable_from_py(value);
    rule_state_.unvalidated_write = !validated;
    try {
      vm().memory().insert(Relocatable{segment, offset}, cell);
    } catch (...) {
      rule_state_.unvalidated_write = false;
      throw;
    }
    rule_state_.unvalidated_write = false;
  }

  /// (pc, ap, fp, current_step) now: the registers of `vm.run_context` in the rules.
  py::tuple registers() const {
    const VirtualMachine& machine = vm();
    return py::make_tuple(relocatable_to_py(machine.pc), relocatable_to_py(machine.ap),
                          relocatable_to_py(machine.fp), machine.current_step);
  }
  /// `is_accessed`: whether an instruction (or the program's loading) accessed the address.
  bool is_accessed(std::int64_t segment, std::uint64_t offset) {
    return accessed_.contains(vm(), Relocatable{segment, offset});
  }

  /// Puts the segment's Python rules (engine.validate_cell and engine.deduce_cell, either None
  /// to keep what is there) in its hooks, after its builtin's.
  void attach_rules(std::int64_t segment, const py::object& validate, const py::object& deduce) {
    Memory& memory = vm().memory();
    // Temporary segments take rules too (their index is negative), as in the reference.
    if (segment < -memory.num_temp_segments() || segment >= memory.num_segments()) {
      throw VmError("cairovm adds rules only to existing segments, not to segment " +
                    std::to_string(segment) + ".");
    }
    auto& rules = rules_[segment];
    if (!rules) {
      rules = std::make_unique<PythonSegmentRules>(memory.hooks(segment), rule_state_);
      memory.attach_hooks(segment, rules.get());
    }
    if (!validate.is_none()) rules->set_validate(validate);
    if (!deduce.is_none()) rules->set_deduce(deduce);
  }

  /// vm_load_program's hints: [(pc, index at pc, hint id)], run by the engine by id.
  void load_hints(const py::list& hints) {
    std::map<Relocatable, std::vector<CompiledHint>> by_pc;
    for (const py::handle item : hints) {
      const auto entry = py::reinterpret_borrow<py::tuple>(item);
      const Relocatable pc = relocatable_from_py(entry[0]);
      CompiledHint hint;
      hint.id = entry[2].cast<std::size_t>();
      hint.pc = pc.offset;
      hint.index_at_pc = entry[1].cast<std::size_t>();
      by_pc[pc].push_back(std::move(hint));
    }
    for (auto& [pc, at_pc] : by_pc) vm().set_loaded_hints(pc, std::move(at_pc));
  }
  /// vm_load_program's debug information and attributes: `json_text` is the program as the
  /// reference's Program.dump writes it, loaded at `base`.
  void load_program_info(const std::string& json_text, py::handle base) {
    const Relocatable at = relocatable_from_py(base);
    try {
      vm().add_loaded_program(
          {std::make_shared<const Program>(Program::from_json_text(json_text)), at});
    } catch (const ProgramError&) {
      // A program our loader refuses (the reference's loader took it): its hints still run,
      // only the reports at its pcs lack its locations, as for a program without debug info.
    }
  }
  py::object add_segment() { return relocatable_to_py(vm().memory().add_segment()); }
  py::object add_temp_segment() { return relocatable_to_py(vm().memory().add_temp_segment()); }
  void add_relocation_rule(py::handle src_ptr, py::handle dest_ptr) {
    vm().memory().add_relocation_rule(relocatable_from_py(src_ptr), relocatable_from_py(dest_ptr));
  }
  py::object relocate(py::handle value) const {
    return to_py(vm().memory().relocate_value(maybe_relocatable_from_py(value)));
  }
  /// segments.finalize(): the size used when the memory is relocated, and the public cells.
  void finalize_segment(std::int64_t segment, const py::object& size,
                        const py::iterable& public_memory) {
    std::optional<std::uint64_t> fixed_size;
    if (!size.is_none()) fixed_size = size.cast<std::uint64_t>();
    std::vector<std::pair<std::uint64_t, std::uint64_t>> cells;
    for (const auto& cell : public_memory) {
      const auto pair = py::reinterpret_borrow<py::sequence>(cell);
      cells.emplace_back(pair[0].cast<std::uint64_t>(), pair[1].cast<std::uint64_t>());
    }
    vm().memory().finalize_segment(segment, fixed_size, std::move(cells));
  }
  /// The size a hint fixed for the segment, or None.
  py::object finalized_size(std::int64_t segment) const {
    const auto& finalized = vm().memory().finalized_segments();
    const auto it = finalized.find(segment);
    if (it == finalized.end() || !it->second.size) return py::none();
    return py::int_(*it->second.size);
  }
  std::int64_t n_segments() const { return vm().memory().num_segments(); }
  std::int64_t n_temp_segments() const { return vm().memory().num_temp_segments(); }
  std::uint64_t cell_count() const { return vm().memory().cell_count(); }
  py::list cells() const {
    py::list cells;
    vm().memory().for_each_cell([&](const Relocatable& address, const MaybeRelocatable& value) {
      cells.append(py::make_tuple(relocatable_to_py(address), to_py(value)));
    });
    return cells;
  }

  /// vm_enter_scope: the new scope's variables, stored as the scopes store them.
  void enter_scope(const py::dict& locals) {
    ScopeDict scope;
    for (const auto& [name, value] : locals) scope.emplace(py::str(name), to_scope_value(value));
    vm().enter_scope(std::move(scope));
  }
  void exit_scope() { vm().exit_scope(); }

  /// `ecdsa_builtin.add_signature(addr, (r, s))`, after the reference's own type check.
  void ecdsa_add_signature(py::handle address, const py::object& r, const py::object& s) {
    vm();  // still running
    if (ecdsa_ == nullptr) throw VmError("This run has no ecdsa builtin.", "AttributeError");
    ecdsa_->add_signature(relocatable_from_py(address), felt_from_py(py::int_(r).ptr()),
                          felt_from_py(py::int_(s).ptr()));
  }

  /// `ecdsa_builtin.signatures`: [(public key cell offset, r, s)] in offset order.
  py::list ecdsa_signatures() const {
    vm();  // still running
    if (ecdsa_ == nullptr) throw VmError("This run has no ecdsa builtin.", "AttributeError");
    std::map<std::uint64_t, py::tuple> sorted;
    for (const auto& [offset, signature] : ecdsa_->signatures()) {
      sorted.emplace(offset,
                     py::make_tuple(offset, felt_to_py(signature.r), felt_to_py(signature.s)));
    }
    py::list result;
    for (const auto& [offset, entry] : sorted) result.append(entry);
    return result;
  }

  /// `output_builtin.add_page(page_id, page_start, page_size)`.
  void output_add_page(std::uint64_t page_id, py::handle page_start, std::uint64_t page_size) {
    output().add_page(page_id, relocatable_from_py(page_start), page_size);
  }
  /// `output_builtin.set_state(state)` / `new_state(base)`: pages as (id, start, size),
  /// attributes as (name, json.dumps text).
  void output_set_state(py::handle base, const py::iterable& pages,
                        const py::iterable& attributes) {
    std::map<std::uint64_t, OutputBuiltinRunner::Page> native_pages;
    for (const py::handle item : pages) {
      const auto page = py::reinterpret_borrow<py::tuple>(item);
      native_pages[page[0].cast<std::uint64_t>()] = {page[1].cast<std::uint64_t>(),
                                                     page[2].cast<std::uint64_t>()};
    }
    std::vector<std::pair<std::string, std::string>> native_attributes;
    for (const py::handle item : attributes) {
      const auto attribute = py::reinterpret_borrow<py::tuple>(item);
      native_attributes.emplace_back(attribute[0].cast<std::string>(),
                                     attribute[1].cast<std::string>());
    }
    output().set_state(relocatable_from_py(base), std::move(native_pages),
                       std::move(native_attributes));
  }
  /// `output_builtin.add_attribute(name, value)`: the value as json.dumps wrote it.
  void output_add_attribute(const std::string& name, std::string json_text) {
    output().add_attribute(name, std::move(json_text));
  }

  /// `ids` without cairo-lang: the VM's own resolution of felt references.
  py::object ids_get(std::size_t hint_id, const std::string& name) const {
    return to_py(HintContext{vm(), hint(hint_id)}.ids_get(name));
  }
  void ids_set(std::size_t hint_id, const std::string& name, py::handle value) {
    HintContext{vm(), hint(hint_id)}.ids_set(name, maybe_relocatable_from_py(value));
  }

 private:
  VirtualMachine& vm() const {
    if (vm_ == nullptr) throw VmError("The VM of this hint has finished running.");
    return *vm_;
  }
  OutputBuiltinRunner& output() const {
    vm();  // still running
    if (output_ == nullptr) throw VmError("This run has no output builtin.", "AttributeError");
    return *output_;
  }
  const CompiledHint& hint(std::size_t id) const {
    if (id >= vm().hints().size()) throw VmError("No hint with id " + std::to_string(id) + ".");
    return vm().hints()[id];
  }

  VirtualMachine* vm_;
  EcdsaBuiltinRunner* ecdsa_ = nullptr;
  OutputBuiltinRunner* output_ = nullptr;
  RuleState rule_state_;
  std::map<std::int64_t, std::unique_ptr<PythonSegmentRules>> rules_;
  AccessedAddresses accessed_;
};

// A C++ error raised inside a call from Python becomes the Python exception the reference would
// raise (same class name, same message), so that a hint may catch it and, if not, the report
// names it as the reference's does.
void raise_as_python(const std::string& kind, const std::string& message) {
  try {
    const py::object exception = g_runtime->make_exception(kind, message);
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exception.ptr())), exception.ptr());
  } catch (py::error_already_set& e) {
    e.restore();
  }
}

// ------------------------------------------------------------------------------------------------
// The engine.

/// The --cairo_layout_params_file's contents as the reference reads them (the keyword arguments
/// of its CairoLayoutParams), or None for a named layout.
py::object layout_params_to_py(const PythonHintSetup& setup) {
  if (!setup.layout_params) return py::none();
  const CairoLayoutParams& params = *setup.layout_params;
  py::dict result;
  result["cpu_component_step"] = params.cpu_component_step;
  result["rc_units"] = params.rc_units;
  result["memory_units_per_step"] = params.memory_units_per_step;
  result["log_diluted_units_per_step"] = params.log_diluted_units_per_step;
  for (const CairoLayoutParams::BuiltinParams& builtin : params.builtins) {
    const std::string name(builtin.name);
    result[py::str("uses_" + name + "_builtin")] = builtin.uses;
    result[py::str(name + "_ratio")] = builtin.ratio;
    if (is_low_ratio_builtin(builtin.name))
      result[py::str(name + "_ratio_den")] = builtin.ratio_den;
  }
  return result;
}

class PythonHintEngine final : public HintEngine {
 public:
  // The GIL must be held.
  PythonHintEngine(VirtualMachine& vm, const PythonHintSetup& setup)
      : native_(std::make_shared<NativeVm>(vm, setup.builtins)) {
    const Runtime& rt = *g_runtime;
    py::list hints;
    for (const CompiledHint& hint : vm.hints()) {
      py::object filename = py::none();
      std::int64_t line_offset = 0;
      const auto& locations = setup.program.instruction_locations();
      if (auto it = locations.find(hint.pc); it != locations.end() &&
                                             hint.index_at_pc < it->second.hints.size() &&
                                             it->second.hints[hint.index_at_pc]) {
        const HintLocation& location = *it->second.hints[hint.index_at_pc];
        filename = py::str(location.location.filename);
        line_offset = location.location.start_line + location.n_prefix_newlines - 1;
      }
      hints.append(py::make_tuple(py::str(hint.definition->code), hint.pc, hint.index_at_pc,
                                  filename, line_offset, vm.hint_is_native(hint.id)));
    }
    py::list builtins;
    for (const BuiltinRunner* builtin : setup.builtins) {
      py::object zero_value = py::none();
      if (const auto* mod = dynamic_cast<const ModBuiltinRunner*>(builtin)) {
        if (const auto zeros = mod->zero_value()) zero_value = relocatable_to_py(*zeros);
      }
      builtins.append(py::make_tuple(builtin->name(), relocatable_to_py(builtin->base()),
                                     builtin->included(), zero_value));
    }
    engine_ = rt.engine_class(py::cast(native_), rt.prime, py::str(setup.program.json_text()),
                              py::str(setup.program_input_json), hints, builtins,
                              py::make_tuple(setup.layout_name, layout_params_to_py(setup)));
    run_hint_ = engine_.attr("run_hint");
    // The main scope only, as cairo-run's hint_locals.
    vm.exec_scopes.front().insert_or_assign("program_input",
                                            PyValue(engine_.attr("program_input")));
    // The host's hint_locals (e.g. a syscall_handler) join the main scope, as in the reference.
    if (setup.hint_locals != nullptr) {
      const auto locals =
          py::reinterpret_borrow<py::dict>(static_cast<PyObject*>(setup.hint_locals));
      for (const auto& [name, value] : locals) {
        vm.exec_scopes.front().insert_or_assign(py::str(name).cast<std::string>(), PyValue(value));
      }
    }
  }

  ~PythonHintEngine() override {
    if (!Py_IsInitialized()) {
      // The interpreter is gone (exit): so are the objects.
      (void)run_hint_.release();
      (void)engine_.release();
      return;
    }
    Gil gil;
    native_->detach();
    run_hint_ = py::object();
    engine_ = py::object();
  }

  PythonHintEngine(const PythonHintEngine&) = delete;
  PythonHintEngine& operator=(const PythonHintEngine&) = delete;

  /// The auto-deduction rules that hints added hold for every known cell of their segments.
  void end_run(VirtualMachine&) override {
    std::string kind, message;
    {
      Gil gil;
      try {
        const py::object failure = engine_.attr("verify_auto_deductions")();
        if (failure.is_none()) return;
        kind = kInconsistentAutoDeduction;
        message = failure.cast<std::string>();
      } catch (py::error_already_set& e) {
        const py::tuple parts = describe(e);
        kind = parts[0].cast<std::string>();
        message = parts[1].cast<std::string>();
      }
    }
    throw VmError(message, kind);
  }

  /// (hint id, Python's report) of the first hint that does not compile. GIL held.
  std::optional<std::pair<std::size_t, std::string>> compile_hints() {
    const py::object failure = engine_.attr("compile_hints")();
    if (failure.is_none()) return std::nullopt;
    const auto pair = failure.cast<py::tuple>();
    return std::make_pair(pair[0].cast<std::size_t>(), pair[1].cast<std::string>());
  }

  void run(VirtualMachine& vm, const CompiledHint& hint) override {
    std::string kind, message, report;
    {
      Gil gil;
      try {
        const std::size_t depth = vm.exec_scopes.size() - 1;
        const py::dict globals = scope_globals(vm.exec_scopes[depth]);
        ++native_->rule_state().hint_depth;
        py::object failure;
        try {
          failure = run_hint_(hint.id, globals, relocatable_to_py(vm.pc), relocatable_to_py(vm.ap),
                              relocatable_to_py(vm.fp), vm.current_step);
        } catch (...) {
          --native_->rule_state().hint_depth;
          throw;
        }
        --native_->rule_state().hint_depth;
        // The hint may have left the scope it ran in (vm_exit_scope); then its dict is gone.
        if (depth < vm.exec_scopes.size()) store_globals(vm.exec_scopes[depth], globals);
        if (failure.is_none()) return;
        const auto parts = failure.cast<py::tuple>();
        kind = parts[0].cast<std::string>();
        message = parts[1].cast<std::string>();
        report = parts[2].cast<std::string>();
      } catch (py::error_already_set& e) {
        // What run_hint lets through: BaseExceptions (SystemExit, KeyboardInterrupt) and failures
        // to build the hint's globals.
        const py::tuple parts = describe(e);
        kind = parts[0].cast<std::string>();
        message = parts[1].cast<std::string>();
        report = parts[2].cast<std::string>();
      }
    }
    throw HintError(VmError(message, kind), hint.index_at_pc, report);
  }

 private:
  static py::tuple describe(py::error_already_set& e) {
    try {
      return g_runtime->describe(e.value()).cast<py::tuple>();
    } catch (py::error_already_set& again) {
      return py::make_tuple("RuntimeError", again.what(), again.what());
    }
  }

  /// The scope's globals dict, created on the scope's first Python hint and refreshed with what
  /// native hints stored since.
  py::dict scope_globals(ScopeDict& scope) {
    py::dict globals;
    if (auto it = scope.find(kGlobalsKey); it != scope.end()) {
      globals = py::reinterpret_borrow<py::dict>(std::any_cast<PyValue&>(it->second).get());
    } else {
      // exec() adds __builtins__ to a dict that lacks it; it then stays in the scope.
      scope.insert_or_assign("__builtins__", PyValue(g_runtime->builtins));
      scope.emplace(kGlobalsKey, PyValue(globals));
    }
    Py_ssize_t visible = 0;
    for (const auto& [name, value] : scope) {
      if (name == kGlobalsKey) continue;
      if (const PyValue* object = std::any_cast<PyValue>(&value)) {
        ++visible;
        if (PyDict_GetItemString(globals.ptr(), name.c_str()) != object->get()) {
          if (PyDict_SetItemString(globals.ptr(), name.c_str(), object->get()) < 0) {
            throw py::error_already_set();
          }
        }
      } else if (const auto converted = native_to_py(value)) {
        ++visible;
        if (PyDict_SetItemString(globals.ptr(), name.c_str(), converted->ptr()) < 0) {
          throw py::error_already_set();
        }
      }
    }
    if (PyDict_Size(globals.ptr()) != visible) {
      // Names that left the scope outside Python (no native hint removes one today).
      std::vector<py::object> stale;
      for (const auto& [key, value] : globals) {
        if (PyUnicode_Check(key.ptr()) && !scope.contains(py::str(key).cast<std::string>())) {
          stale.push_back(py::reinterpret_borrow<py::object>(key));
        }
      }
      for (const py::object& key : stale) PyDict_DelItem(globals.ptr(), key.ptr());
    }
    return globals;
  }

  /// Copies what a hint left in its globals back into the scope, if it is still the one the
  /// hint ran in.
  static void store_globals(ScopeDict& scope, const py::dict& globals) {
    const auto own = scope.find(kGlobalsKey);
    if (own == scope.end() || std::any_cast<PyValue&>(own->second).get() != globals.ptr()) return;
    for (auto it = scope.begin(); it != scope.end();) {
      if (it->first != kGlobalsKey && visible_to_python(it->second) &&
          PyDict_GetItemString(globals.ptr(), it->first.c_str()) == nullptr) {
        it = scope.erase(it);  // the hint deleted the name
      } else {
        ++it;
      }
    }
    PyObject* key;
    PyObject* value;
    Py_ssize_t position = 0;
    while (PyDict_Next(globals.ptr(), &position, &key, &value)) {
      if (!PyUnicode_Check(key)) continue;
      Py_ssize_t size = 0;
      const char* text = PyUnicode_AsUTF8AndSize(key, &size);
      if (text == nullptr) throw py::error_already_set();
      std::string name(text, static_cast<std::size_t>(size));
      if (auto it = scope.find(name); it != scope.end()) {
        const PyValue* existing = std::any_cast<PyValue>(&it->second);
        if (existing != nullptr && existing->get() == value) continue;
      }
      scope.insert_or_assign(std::move(name), to_scope_value(value));
    }
  }

  std::shared_ptr<NativeVm> native_;
  py::object engine_;    // cairovm_hints.engine.HintEngine
  py::object run_hint_;  // its bound run_hint
};

}  // namespace

bool python_hints_available() noexcept {
  return true;
}

std::unique_ptr<HintEngine> make_python_hint_engine(VirtualMachine& vm,
                                                    const PythonHintSetup& setup) {
  runtime();  // starts the interpreter once per process
  std::unique_ptr<PythonHintEngine> engine;
  std::optional<std::pair<std::size_t, std::string>> failure;
  {
    Gil gil;
    try {
      engine = std::make_unique<PythonHintEngine>(vm, setup);
      failure = engine->compile_hints();
    } catch (py::error_already_set& e) {
      throw RunnerError("Cannot start the Python hints: " + error_text(e));
    }
  }
  if (failure) {
    const CompiledHint& hint = vm.hints()[failure->first];
    const Relocatable pc{vm.program_base().segment, hint.pc};
    throw VmException(hint_compile_error_report(vm, pc, hint.index_at_pc, failure->second),
                      pc.to_string(), "Got an exception while compiling a hint.");
  }
  return engine;
}

std::optional<MerklePreimage> python_preimage_copy(const std::any& value) {
  const PyValue* object = std::any_cast<PyValue>(&value);
  if (object == nullptr || !g_runtime) return std::nullopt;
  Gil gil;
  PyObject* dict = object->get();
  if (!PyDict_CheckExact(dict)) return std::nullopt;
  const auto exact = [](PyObject* item) -> std::optional<Felt> {
    return PyLong_CheckExact(item) ? exact_felt(item) : std::nullopt;
  };
  MerklePreimage result;
  PyObject* key;
  PyObject* members;
  Py_ssize_t position = 0;
  while (PyDict_Next(dict, &position, &key, &members)) {
    const auto native_key = exact(key);
    if (!native_key || !(PyTuple_CheckExact(members) || PyList_CheckExact(members))) {
      return std::nullopt;
    }
    const Py_ssize_t size = PySequence_Fast_GET_SIZE(members);
    if (size != 2 && size != 3) return std::nullopt;
    std::vector<Felt> native_members;
    for (Py_ssize_t i = 0; i < size; ++i) {
      const auto member = exact(PySequence_Fast_GET_ITEM(members, i));
      if (!member) return std::nullopt;
      native_members.push_back(*member);
    }
    result.emplace(*native_key, std::move(native_members));
  }
  return result;
}

std::string python_scope_value_repr(const std::any& value) {
  if (!g_runtime || !visible_to_python(value)) return "";
  Gil gil;
  if (const PyValue* object = std::any_cast<PyValue>(&value)) {
    return py::repr(py::handle(object->get()));
  }
  return py::repr(*native_to_py(value));
}

}  // namespace cairovm

namespace cairovm {
namespace {

void bind_dict_manager(py::module_& m) {
  py::class_<DictView>(m, "DictView",
                       "A DictTracker's data: a live view of the native dict (a defaultdict for "
                       "default dicts).")
      .def("__getitem__", &DictView::getitem)
      .def("__setitem__", &DictView::setitem)
      .def("__delitem__", &DictView::delitem)
      .def("__contains__", &DictView::contains)
      .def("__len__", [](const DictView& view) { return view.tracker->data.size(); })
      .def("__iter__", [](const DictView& view) { return view.keys().attr("__iter__")(); })
      .def("__repr__", [](const DictView& view) { return py::repr(view.copy()); })
      .def("__eq__",
           [](const DictView& view, py::handle other) { return view.copy().equal(other); })
      .def("get", &DictView::get, py::arg("key"), py::arg("default") = py::none())
      .def("keys", &DictView::keys)
      .def("values", &DictView::values)
      .def("items", &DictView::items)
      .def("copy", &DictView::copy);
  py::class_<DictTracker, std::shared_ptr<DictTracker>>(
      m, "DictTracker", "The reference's DictTracker (starkware/cairo/common/dict.py).")
      .def_property(
          "data", [](const std::shared_ptr<DictTracker>& t) { return DictView{t}; },
          [](DictTracker& t, py::handle data) {
            t.data = dict_data_from_py(data);
            t.default_value.reset();
          })
      .def_property(
          "current_ptr", [](const DictTracker& t) { return relocatable_to_py(t.current_ptr); },
          [](DictTracker& t, py::handle ptr) { t.current_ptr = relocatable_from_py(ptr); });
  py::class_<DictManager, std::shared_ptr<DictManager>>(
      m, "DictManager",
      "The reference's DictManager (starkware/cairo/common/dict.py), shared with the native dict "
      "hints.")
      .def(py::init<>())
      .def_property_readonly("trackers",
                             [](const DictManager& dicts) {
                               py::dict result;
                               for (const auto& [segment, tracker] : dicts.trackers()) {
                                 result[py::int_(segment)] = py::cast(tracker);
                               }
                               return result;
                             })
      .def("new_dict", &bound_new_dict, py::arg("segments"), py::arg("initial_dict"))
      .def("new_default_dict", &bound_new_default_dict, py::arg("segments"),
           py::arg("default_value"), py::arg("temp_segment") = false)
      .def("get_tracker", &bound_get_tracker, py::arg("dict_ptr"))
      .def(
          "get_dict",
          [](DictManager& dicts, py::handle dict_ptr) {
            return DictView{bound_get_tracker(dicts, dict_ptr)};
          },
          py::arg("dict_ptr"));
}

}  // namespace
}  // namespace cairovm

namespace {
pybind11::module_::module_def g_native_module_def;
}  // namespace

// What PYBIND11_EMBEDDED_MODULE defines, without its static registration: that one fails when the
// library is loaded into a running interpreter (the `cairovm` extension module).
extern "C" PyObject* cairovm_native_init() {
  auto m =
      pybind11::module_::create_extension_module("cairovm_native", nullptr, &g_native_module_def);
  try {
    cairovm::init_cairovm_native(m);
    return m.ptr();
  }
  PYBIND11_CATCH_INIT_EXCEPTIONS
}

void cairovm::init_cairovm_native(pybind11::module_& m) {
  using cairovm::NativeVm;
  namespace py = pybind11;
  cairovm::bind_dict_manager(m);
  m.doc() = "The VM operations behind cairovm's Python hints (see cairovm_hints.memory.Backend).";
  py::class_<NativeVm, std::shared_ptr<NativeVm>>(m, "Vm")
      .def("get", &NativeVm::get, py::arg("segment"), py::arg("offset"))
      .def("set", &NativeVm::set, py::arg("segment"), py::arg("offset"), py::arg("value"),
           py::arg("validated") = true)
      .def("registers", &NativeVm::registers)
      .def("is_accessed", &NativeVm::is_accessed, py::arg("segment"), py::arg("offset"))
      .def("attach_rules", &NativeVm::attach_rules, py::arg("segment"), py::arg("validate"),
           py::arg("deduce"))
      .def("load_hints", &NativeVm::load_hints, py::arg("hints"))
      .def("load_program_info", &NativeVm::load_program_info, py::arg("json_text"), py::arg("base"))
      .def("add_segment", &NativeVm::add_segment)
      .def("add_temp_segment", &NativeVm::add_temp_segment)
      .def("add_relocation_rule", &NativeVm::add_relocation_rule, py::arg("src_ptr"),
           py::arg("dest_ptr"))
      .def("relocate", &NativeVm::relocate, py::arg("value"))
      .def("finalize_segment", &NativeVm::finalize_segment, py::arg("segment"), py::arg("size"),
           py::arg("public_memory"))
      .def("finalized_size", &NativeVm::finalized_size, py::arg("segment"))
      .def("n_segments", &NativeVm::n_segments)
      .def("n_temp_segments", &NativeVm::n_temp_segments)
      .def("cell_count", &NativeVm::cell_count)
      .def("cells", &NativeVm::cells)
      .def("enter_scope", &NativeVm::enter_scope, py::arg("new_scope_locals"))
      .def("exit_scope", &NativeVm::exit_scope)
      .def("ecdsa_add_signature", &NativeVm::ecdsa_add_signature, py::arg("addr"), py::arg("r"),
           py::arg("s"))
      .def("ecdsa_signatures", &NativeVm::ecdsa_signatures)
      .def("output_add_page", &NativeVm::output_add_page, py::arg("page_id"), py::arg("page_start"),
           py::arg("page_size"))
      .def("output_add_attribute", &NativeVm::output_add_attribute, py::arg("name"),
           py::arg("json_text"))
      .def("output_set_state", &NativeVm::output_set_state, py::arg("base"), py::arg("pages"),
           py::arg("attributes"))
      .def("ids_get", &NativeVm::ids_get, py::arg("hint_id"), py::arg("name"))
      .def("ids_set", &NativeVm::ids_set, py::arg("hint_id"), py::arg("name"), py::arg("value"));
  py::register_exception_translator([](std::exception_ptr error) {
    try {
      if (error) std::rethrow_exception(error);
    } catch (const cairovm::VmError& e) {
      cairovm::raise_as_python(e.kind(), e.what());
    } catch (const cairovm::Error& e) {
      cairovm::raise_as_python("RuntimeError", e.what());
    }
  });
}

#else  // !CAIROVM_WITH_PYTHON

namespace cairovm {

bool python_hints_available() noexcept {
  return false;
}

std::unique_ptr<HintEngine> make_python_hint_engine(VirtualMachine&, const PythonHintSetup&) {
  throw RunnerError("This cairovm was built without Python hints (CAIROVM_PYTHON=OFF).");
}

std::string python_scope_value_repr(const std::any&) {
  return "";
}

std::optional<MerklePreimage> python_preimage_copy(const std::any&) {
  return std::nullopt;
}

std::span<const EmbeddedPythonModule> embedded_python_modules() {
  return {};
}

}  // namespace cairovm

#endif
