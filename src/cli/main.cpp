// cairovm: a drop-in for cairo-run (same flags, same output, same files).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "cairo_pie_input.hpp"
#include "cairovm/errors.hpp"
#include "cairovm/layout.hpp"
#include "cairovm/program.hpp"
#include "cairovm/runner.hpp"
#include "vm.hpp"

namespace {

constexpr const char* kVersion = "0.1.0";

struct CliArgs {
  std::string program;
  std::string program_input;
  std::optional<std::uint64_t> steps;
  std::optional<std::uint64_t> min_steps;
  bool debug_error = false;
  bool no_end = false;
  bool print_memory = false;
  bool relocate_prints = false;
  bool secure_run = false;
  bool no_secure_run = false;
  bool print_info = false;
  bool print_segments = false;
  bool print_output = false;
  std::string memory_file;
  std::string trace_file;
  std::string layout = "plain";
  bool proof_mode = false;
  bool list_native_hints = false;
  bool no_python_hints = false;
  bool python_hints_only = false;
  std::string entrypoint = "main";
  /// --allow_missing_builtins: nullopt when absent ("" when given without a value).
  std::optional<std::string> allow_missing_builtins;
  std::string cairo_layout_params_file;
  // Flags of cairo-run whose features come later; accepted so that they can be refused clearly.
  std::string run_from_cairo_pie, cairo_pie_output, debug_info_file, air_public_input,
      air_private_input, profile_output, flavor, python_dependencies;
  bool merge_extra_segments = false, tracer = false, show_trace = false;
};

// cairo-run takes --steps and --min_steps as Python integers: a negative count runs no step (the
// step budget is spent at once), and a count beyond 2^64 is as good as endless. Clamp such values
// to 0 and 2^64 - 1 before CLI11 reads them as unsigned 64-bit integers (it would wrap "-5").
std::string clamp_step_count(std::string text) {
  const bool negative = !text.empty() && text[0] == '-';
  const std::string_view digits = std::string_view(text).substr(negative ? 1 : 0);
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return text;  // not an integer: CLI11's own error
  }
  if (negative) return "0";
  const std::size_t first = std::min(digits.find_first_not_of('0'), digits.size());
  const std::string_view significant = digits.substr(first);
  constexpr std::string_view kMax = "18446744073709551615";
  if (significant.size() > kMax.size() ||
      (significant.size() == kMax.size() && significant > kMax)) {
    return std::string(kMax);
  }
  return text;
}

void add_flags(CLI::App& app, CliArgs& a) {
  app.add_option("--program", a.program, "The name of the program json file.");
  app.add_option("--program_input", a.program_input,
                 "Path to a json file representing the (private) input of the program.");
  app.add_option("--steps", a.steps, "The number of instructions to perform.")
      ->transform(clamp_step_count);
  app.add_option("--min_steps", a.min_steps, "The minimal number of instructions to perform.")
      ->transform(clamp_step_count);
  app.add_flag("--debug_error", a.debug_error,
               "If there is an error during the execution, stop the execution, but produce the "
               "partial outputs.");
  app.add_flag("--no_end", a.no_end, "Don't check that the program ended successfully.");
  app.add_flag("--print_memory", a.print_memory,
               "Show the values on the memory after the execution.");
  app.add_flag("--relocate_prints", a.relocate_prints,
               "Print memory and info after memory relocation.");
  app.add_flag("--secure_run", a.secure_run, "Verify that the run is secure (the default).");
  app.add_flag("--no_secure_run", a.no_secure_run, "Don't verify that the run is secure.");
  app.add_flag("--print_info", a.print_info, "Print information on the execution of the program.");
  app.add_flag("--print_segments", a.print_segments, "Print the segment relocation table.");
  app.add_flag("--print_output", a.print_output,
               "Prints the program output (if the output builtin is used).");
  app.add_option("--memory_file", a.memory_file, "Output file name for the memory.");
  app.add_option("--trace_file", a.trace_file, "Output file name for the execution trace.");
  std::string layouts;
  for (std::string_view name : cairovm::layout_names()) {
    layouts += (layouts.empty() ? "" : ",") + std::string(name);
  }
  app.add_option("--layout", a.layout, "The layout of the Cairo AIR: {" + layouts + "}.");
  app.add_flag("--proof_mode", a.proof_mode, "Prepare a provable execution trace.");
  app.add_option("--allow_missing_builtins", a.allow_missing_builtins,
                 "Allow cairo_run to run without all the builtins (True, False, or no value for "
                 "True; default: --proof_mode).")
      ->expected(0, 1);
  app.add_option("--entrypoint", a.entrypoint,
                 "The function of the main scope to run (default: main); our extension.");
  app.add_flag("--list_native_hints", a.list_native_hints,
               "Print the code strings of the native hints as a JSON array and exit.");
  app.add_flag("--no_python_hints", a.no_python_hints,
               "Fail on hints without a native implementation instead of running them in the "
               "embedded Python; our extension.");
  app.add_flag("--python_hints_only", a.python_hints_only,
               "Run every hint in the embedded Python, also those with a native implementation "
               "(to check the Python path against the reference); our extension.");
  app.add_option("--run_from_cairo_pie", a.run_from_cairo_pie, "Runs a Cairo PIE file.");
  app.add_option("--cairo_pie_output", a.cairo_pie_output, "Output file name for the CairoPIE.");
  app.add_flag("--merge_extra_segments", a.merge_extra_segments,
               "Merge extra memory segments in the output CairoPIE object.");
  app.add_option("--debug_info_file", a.debug_info_file, "Output file name for debug information.");
  app.add_option("--air_public_input", a.air_public_input,
                 "Output file name for the public input json file of the Cairo AIR.");
  app.add_option("--air_private_input", a.air_private_input,
                 "Output file name for the private input json file of the Cairo AIR.");
  app.add_option("--cairo_layout_params_file", a.cairo_layout_params_file,
                 "Path to a json file representing a CairoLayoutParams object. Must be given for "
                 "dynamic layouts only.");
  app.add_flag("--tracer", a.tracer, "Run the tracer.");
  app.add_option("--profile_output", a.profile_output,
                 "A path to an output file for profile data.");
  app.add_flag("--show_trace", a.show_trace,
               "Print the full error trace in case of an internal error.");
  app.add_option("--flavor", a.flavor, "Build flavor (accepted for compatibility; no effect).");
  app.add_option("--python_dependencies", a.python_dependencies,
                 "Accepted for compatibility; no effect.");
}

// argparse's complaint for a --layout outside cairo-run's choices (all_cairo among them).
std::optional<std::string> invalid_layout_choice(const std::string& layout) {
  const auto names = cairovm::layout_names();
  if (std::find(names.begin(), names.end(), layout) != names.end()) return std::nullopt;
  std::string choices;
  for (std::string_view name : names) {
    if (!choices.empty()) choices += ", ";
    choices += "'";
    choices += name;
    choices += "'";
  }
  return "argument --layout: invalid choice: '" + layout + "' (choose from " + choices + ")";
}

// Features of cairo-run that later work will bring; refuse them plainly instead of ignoring them.
std::optional<std::string> unsupported_flag(const CliArgs& a) {
  if (!a.debug_info_file.empty()) return "--debug_info_file";
  if (a.tracer) return "--tracer";
  if (!a.profile_output.empty()) return "--profile_output";
  return std::nullopt;
}

std::ofstream open_output(const std::string& path, const char* flag) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    throw cairovm::RunnerError(std::string("argument ") + flag + ": can't open '" + path + "'");
  }
  return out;
}

// cairo-run's --allow_missing_builtins: True or False, True without a value, and --proof_mode's
// value without the flag.
bool allow_missing_builtins(const CliArgs& a) {
  if (!a.allow_missing_builtins) return a.proof_mode;
  const std::string& value = *a.allow_missing_builtins;
  if (value.empty() || value == "True") return true;
  if (value == "False") return false;
  // cairo-run's argument type is a dict lookup; its KeyError ends in a Python traceback.
  throw cairovm::RunnerError("argument --allow_missing_builtins: invalid choice: '" + value +
                             "' (choose from True, False)");
}

std::string read_argument_file(const std::string& path, const char* flag) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw cairovm::RunnerError(std::string("argument ") + flag + ": can't open '" + path + "'");
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// cairo-run's argument assertions, in its order. They fail outside its error handling, so they end
// with a Python traceback (an uncaught AssertionError).
void check_argument_combinations(const CliArgs& a) {
  auto check = [](bool ok, const std::string& message) {
    if (!ok) throw cairovm::UncaughtPythonError("AssertionError", message);
  };
  if (a.program.empty() == a.run_from_cairo_pie.empty()) {
    throw cairovm::RunnerError("Exactly one of --program, --run_from_cairo_pie must be specified.");
  }
  check(!(a.proof_mode && !a.run_from_cairo_pie.empty()),
        "--proof_mode cannot be used with --run_from_cairo_pie.");
  if (a.steps && a.min_steps && *a.steps && *a.min_steps) {
    throw cairovm::RunnerError("--steps and --min_steps cannot be both specified.");
  }
  check(!(!a.cairo_pie_output.empty() && a.no_end),
        "--no_end and --cairo_pie_output cannot be both specified.");
  check(!(!a.cairo_pie_output.empty() && a.proof_mode),
        "--proof_mode and --cairo_pie_output cannot be both specified.");
  if (!a.air_public_input.empty()) {
    check(a.proof_mode, "--air_public_input can only be used in proof_mode.");
  }
  if (!a.air_private_input.empty()) {
    check(a.proof_mode, "--air_private_input can only be used in proof_mode.");
  }
  if (a.merge_extra_segments) {
    check(!a.cairo_pie_output.empty(),
          "--merge_extra_segments is applicable only when --cairo_pie_output is specified.");
  }
}

int run(const CliArgs& a) {
  // cairo-run opens its output files while parsing its arguments: they exist (empty) even when
  // the run fails.
  std::optional<std::ofstream> trace_out, memory_out, public_out, private_out, pie_out;
  if (!a.trace_file.empty()) trace_out = open_output(a.trace_file, "--trace_file");
  if (!a.memory_file.empty()) memory_out = open_output(a.memory_file, "--memory_file");
  if (!a.cairo_pie_output.empty()) {
    pie_out = open_output(a.cairo_pie_output, "--cairo_pie_output");
  }
  if (!a.air_public_input.empty()) {
    public_out = open_output(a.air_public_input, "--air_public_input");
  }
  if (!a.air_private_input.empty()) {
    private_out = open_output(a.air_private_input, "--air_private_input");
  }
  std::string layout_params_json;
  if (!a.cairo_layout_params_file.empty()) {
    layout_params_json =
        read_argument_file(a.cairo_layout_params_file, "--cairo_layout_params_file");
  }
  check_argument_combinations(a);
  // cairo_run.py asserts this (a bare assert) after parsing the arguments.
  if (a.layout == "dynamic" && a.cairo_layout_params_file.empty()) {
    throw cairovm::RunnerError("--layout dynamic requires --cairo_layout_params_file.");
  }
  if (auto flag = unsupported_flag(a)) {
    throw cairovm::RunnerError(*flag +
                               " is not supported yet by cairovm (it comes with proof mode, "
                               "Cairo PIE and the tracer).");
  }

  // --run_from_cairo_pie: the PIE's stripped program, memory and segments, for its n_steps.
  std::optional<cairovm::CairoPieInput> pie;
  if (!a.run_from_cairo_pie.empty()) {
    if (a.steps || a.min_steps) {
      throw cairovm::RunnerError(
          "--steps and --min_steps cannot be specified in --run_from_cairo_pie mode.");
    }
    pie = cairovm::read_cairo_pie(read_argument_file(a.run_from_cairo_pie, "--run_from_cairo_pie"));
  }
  const cairovm::Program program = pie ? cairovm::Program::from_json_text(pie->program_json)
                                       : cairovm::Program::from_file(a.program);
  std::string program_input_json;
  if (!a.program_input.empty()) {
    std::ifstream in(a.program_input, std::ios::binary);
    if (!in) throw cairovm::RunnerError("Cannot open program input '" + a.program_input + "'.");
    program_input_json.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    try {
      // Validated now; the Python hints read it as `program_input`.
      const nlohmann::json input = nlohmann::json::parse(program_input_json);
      (void)input;
    } catch (const nlohmann::json::exception& e) {
      throw cairovm::RunnerError("Invalid program input JSON '" + a.program_input +
                                 "': " + e.what());
    }
  }

  cairovm::RunOptions options;
  options.layout = a.layout;
  // Read only for the dynamic layout, as cairo-run does.
  if (a.layout == "dynamic") {
    options.cairo_layout_params = cairovm::parse_cairo_layout_params(layout_params_json);
  }
  options.proof_mode = a.proof_mode;
  options.steps = pie ? std::optional<std::uint64_t>(pie->n_steps) : a.steps;
  options.min_steps = a.min_steps;
  if (pie) options.cairo_pie = &*pie;
  options.no_end = a.no_end;
  options.entrypoint = a.entrypoint;
  options.program_input_json = std::move(program_input_json);
  options.allow_python_hints = !a.no_python_hints;
  options.python_hints_only = a.python_hints_only;
  if (a.no_secure_run) options.secure_run = false;
  if (a.secure_run) options.secure_run = true;
  options.allow_missing_builtins = allow_missing_builtins(a);
  // cairo-run prints the extra-steps warnings of proof mode on stdout as they come.
  options.on_warning = [](const std::string& line) { std::cout << line << "\n"; };
  cairovm::CairoRunner runner(program, options);
  runner.initialize();
  int status = 0;
  try {
    runner.execute();
  } catch (const cairovm::Error& e) {
    if (!a.debug_error || !(dynamic_cast<const cairovm::VmException*>(&e) ||
                            dynamic_cast<const cairovm::RunnerError*>(&e))) {
      throw;
    }
    // As cairo-run: report the error on stdout and go on to produce what can be produced.
    std::cout << "Got an error:\n" << e.what() << "\n";
    status = 1;
  }
  runner.finish();
  // With --secure_run (the default), the PIE the run produces must be the input PIE.
  if (pie && !a.no_secure_run) {
    if (auto diff = cairovm::cairo_pie_diff(*pie, runner.cairo_pie_members(false))) {
      throw cairovm::RunnerError(
          "The Cairo PIE input is not identical to the resulting Cairo PIE. This may indicate "
          "that the Cairo PIE was not generated by cairo_run.\n" +
          *diff);
    }
  }
  if (pie_out) {
    *pie_out << runner.cairo_pie_zip(a.merge_extra_segments);
    if (!pie_out->flush()) {
      throw cairovm::RunnerError("Failed to write " + a.cairo_pie_output + ".");
    }
  }

  if (a.print_memory) std::cout << runner.memory_text(a.relocate_prints);
  if (a.print_output) std::cout << runner.output_text();
  if (a.print_info) {
    std::cout << runner.info_text(a.relocate_prints);
    // Builtin usage is skipped when the run did not reach its end.
    if (a.proof_mode && !a.no_end) std::cout << runner.builtin_usage_text() << "\n";
  }
  if (a.print_segments) std::cout << runner.segments_text();
  std::cout.flush();
  if (trace_out) {
    runner.write_trace(*trace_out);
    if (!trace_out->flush()) throw cairovm::RunnerError("Failed to write " + a.trace_file + ".");
  }
  if (memory_out) {
    runner.write_memory(*memory_out);
    if (!memory_out->flush()) throw cairovm::RunnerError("Failed to write " + a.memory_file + ".");
  }
  if (public_out) {
    *public_out << runner.air_public_input_json(a.layout);
    if (!public_out->flush()) {
      throw cairovm::RunnerError("Failed to write " + a.air_public_input + ".");
    }
  }
  if (private_out) {
    if (a.trace_file.empty()) {
      throw cairovm::RunnerError("--trace_file must be set when --air_private_input is set.");
    }
    if (a.memory_file.empty()) {
      throw cairovm::RunnerError("--memory_file must be set when --air_private_input is set.");
    }
    *private_out << runner.air_private_input_json(a.trace_file, a.memory_file);
    if (!private_out->flush()) {
      throw cairovm::RunnerError("Failed to write " + a.air_private_input + ".");
    }
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"A tool to run Cairo programs (a drop-in for cairo-run).", "cairovm"};
  app.set_version_flag("-v,--version", std::string("cairovm ") + kVersion);
  CliArgs args;
  add_flags(app, args);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "cairovm: error: " << e.what() << "\n";
    return 2;
  }
  if (auto error = invalid_layout_choice(args.layout)) {
    std::cerr << "cairovm: error: " << *error << "\n";
    return 2;
  }
  if (args.list_native_hints) {
    nlohmann::json codes = nlohmann::json::array();
    for (std::string_view code : cairovm::native_hint_codes()) codes.push_back(std::string(code));
    std::cout << codes.dump(2) << "\n";
    return 0;
  }
  try {
    return run(args);
  } catch (const cairovm::VmException& e) {
    std::cout.flush();
    std::cerr << e.what() << "\n";
  } catch (const cairovm::UncaughtPythonError& e) {
    // As cairo-run's uncaught exception: a traceback ending with the exception line.
    std::cout.flush();
    std::cerr << "Traceback (most recent call last):\n  File \"cairo-run\", in <module>\n"
              << e.exception_class() << (std::string_view(e.what()).empty() ? "" : ": ") << e.what()
              << "\n";
  } catch (const cairovm::ProgramError& e) {
    std::cerr << "Error: " << e.what() << "\n";
  } catch (const cairovm::Error& e) {
    std::cerr << "Error: " << e.what() << "\n";
  } catch (const std::bad_alloc&) {
    std::cerr << "Error: out of memory.\n";
  }
  return 1;
}
