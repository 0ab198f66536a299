// cairo-run's error report for a failing run: error-message attributes, the instruction's (or
// hint's) source location with marks, and the Cairo traceback.
#pragma once

#include <optional>
#include <string>

#include "vm.hpp"

namespace cairovm {

/// The text the reference prints for a VmException raised at the VM's current pc.
/// `note` is appended after the traceback (the reference's notes, e.g. a hint's exception).
std::string vm_error_report(const VirtualMachine& vm, const std::string& inner_message,
                            bool with_traceback, std::optional<std::size_t> hint_index,
                            const std::string& note = "");

/// The report of a hint whose code does not compile, at load time as in the reference: the
/// hint's location at `pc` and the note (Python's description of the syntax error), without
/// traceback or error-message attributes.
std::string hint_compile_error_report(const VirtualMachine& vm, const Relocatable& pc,
                                      std::size_t hint_index, const std::string& note);

/// "file:line:col: message", then the source line with ^***^ marks when the file can be read.
std::string location_with_content(const Location& location, const std::string& message,
                                  const Program& program);

}  // namespace cairovm
