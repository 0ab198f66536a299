// The one exception hierarchy of cairovm. Every error a user can cause derives from Error.
#pragma once

#include "cairovm/export.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

CAIROVM_API_BEGIN
namespace cairovm {

/// Base of every cairovm error. Errors are plain values (a message, and for some a kind or
/// location): thrown by the thread that failed, safe to copy and read on any thread.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A program (or other input file) that cannot be loaded: bad JSON, wrong prime, bad fields.
class ProgramError : public Error {
 public:
  using Error::Error;
};

/// A failure inside one VM step or hint, before location information is attached. The message is
/// the reference VM's inner message, e.g. "An ASSERT_EQ instruction failed: 3 != 4.".
class VmError : public Error {
 public:
  /// `kind` is the reference's exception class for this failure (e.g.
  /// "starkware.cairo.lang.vm.memory_dict.InconsistentMemoryError"); reports of failing hints
  /// name it, as the reference's do.
  explicit VmError(const std::string& message, std::string kind = "AssertionError")
      : Error(message), kind_(std::move(kind)) {}
  const std::string& kind() const noexcept { return kind_; }

 private:
  std::string kind_;
};

/// A VmError raised inside a hint: reported as the reference reports a failing hint ("Got an
/// exception while executing a hint." and the exception's type and message).
class HintError : public VmError {
 public:
  /// `python_traceback`: for a Python hint, the exception as Python's traceback module formats
  /// it (frames of the hint mapped to its Cairo file and line), printed in place of the short
  /// "kind: message" note.
  HintError(const VmError& inner, std::size_t hint_index, std::string python_traceback = "")
      : VmError(inner.what(), inner.kind()),
        hint_index_(hint_index),
        python_traceback_(std::move(python_traceback)) {}
  std::size_t hint_index() const noexcept { return hint_index_; }
  const std::string& python_traceback() const noexcept { return python_traceback_; }

 private:
  std::size_t hint_index_;
  std::string python_traceback_;
};

/// A VmError with its location: the full report as cairo-run prints it (error-message attributes,
/// "file:line:col: Error at pc=0:12:", the message, source marks and the Cairo traceback).
class VmException : public Error {
 public:
  VmException(std::string report, std::string pc, std::string inner_message)
      : Error(std::move(report)), pc_(std::move(pc)), inner_message_(std::move(inner_message)) {}
  const std::string& pc() const noexcept { return pc_; }
  const std::string& inner_message() const noexcept { return inner_message_; }

 private:
  std::string pc_;
  std::string inner_message_;
};

/// A check of the runner outside the step loop (the reference's assertions), printed by the CLI as
/// "Error: <message>".
class RunnerError : public Error {
 public:
  using Error::Error;
};

/// A failure cairo-run does not catch: it ends with a Python traceback whose last line is
/// "<exception class>: <message>", e.g. "AssertionError: ..." (the CLI prints that line after a
/// traceback header).
class UncaughtPythonError : public Error {
 public:
  UncaughtPythonError(std::string exception_class, const std::string& message)
      : Error(message), exception_class_(std::move(exception_class)) {}
  const std::string& exception_class() const noexcept { return exception_class_; }

 private:
  std::string exception_class_;
};

/// The run was cancelled from another thread (CairoRunner::cancel).
class CancelledError : public Error {
 public:
  using Error::Error;
};

/// The run reached its step limit (RunOptions::max_steps) before the end of the program.
class StepLimitError : public VmError {
 public:
  explicit StepLimitError(const std::string& message) : VmError(message, "ResourcesError") {}
};

}  // namespace cairovm
CAIROVM_API_END
