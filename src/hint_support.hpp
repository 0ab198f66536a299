// What native hints share: Python's integers (GMP), `ids` members of library structs, scope
// variables, and failures reported exactly as the reference reports the Python hint's exception
// (its traceback, with the hint's lines mapped to the Cairo file).
#pragma once

#include <gmpxx.h>

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vm.hpp"

namespace cairovm::hint_support {

using BigInt = mpz_class;

/// The field element as the Python int in [0, P) that the reference's hints see.
BigInt to_big(const Felt& value);
/// A Python int written to memory: taken modulo P, as the reference's validated memory does.
Felt to_felt(const BigInt& value);
const BigInt& prime();
/// PRIME // 2, the bound of math_utils.as_int.
const BigInt& half_prime();
/// The range-check builtin's bound (2**128) as `range_check_builtin.bound`.
const BigInt& rc_bound();
/// Python's str() and hex() of an int.
std::string dec(const BigInt& value);
std::string hex(const BigInt& value);
/// Python's str() of a memory value: the int, or "segment:offset".
std::string py_str(const MaybeRelocatable& value);

/// A frame of library Python code below the hint, e.g. math_utils.assert_integer.
struct LibraryFrame {
  std::string_view path;  // below the directory that holds the `starkware` package
  int line;
  std::string_view function;
  /// Python 3.11's marks under the line (`^^^^`), verbatim with their indentation; "" for none.
  std::string_view marks = "";
};

/// The hint that is running, as the reference's Python sees it: the line being executed (1-based
/// in the hint's code), so that a failure is reported with the reference's traceback.
class PyHint {
 public:
  explicit PyHint(const HintContext& ctx) : ctx_(ctx) {}
  const HintContext& ctx() const noexcept { return ctx_; }
  VirtualMachine& vm() const noexcept { return ctx_.vm; }

  /// The line of the hint that is running now.
  PyHint& at(int line) noexcept {
    line_ = line;
    return *this;
  }
  int line() const noexcept { return line_; }

  /// Raises the Python exception `kind(message)` at the current line, with `frames` below it.
  [[noreturn]] void raise(std::string_view kind, const std::string& message,
                          std::initializer_list<LibraryFrame> frames = {}) const;
  /// `assert condition, message` at the current line.
  void check(bool condition, const std::string& message = "") const {
    if (!condition) raise("AssertionError", message);
  }
  /// check() with a message built only when the assertion fails (the messages print big ints:
  /// building them on every run of a hint cost more than the hint).
  template <std::invocable MakeMessage>
  void check(bool condition, MakeMessage&& make_message) const {
    if (!condition) [[unlikely]]
      raise("AssertionError", make_message());
  }

  /// `ids.<name>` as Python sees it.
  MaybeRelocatable id(std::string_view name) const { return ctx_.ids_get(name); }
  /// `ids.<name>` as an int; a relocatable is the TypeError of `operation` (e.g. "%").
  BigInt id_int(std::string_view name, std::string_view operation = "%") const;
  /// `assert_integer(ids.<name>)` of math_utils (called from the hint's current line).
  BigInt assert_integer(std::string_view name) const;
  /// `as_int(ids.<name>, PRIME)` of math_utils: the signed lift.
  BigInt as_int(std::string_view name) const;
  /// `ids.<name> = value` (also `ids.<struct>.<member>` via address).
  void set_id(std::string_view name, const BigInt& value) const;
  void set_id(std::string_view name, const MaybeRelocatable& value) const;
  /// `memory[address] = value`.
  void write(Relocatable address, const MaybeRelocatable& value) const;
  void write(Relocatable address, const BigInt& value) const { write(address, to_felt(value)); }
  /// `memory[address]`: UnknownMemoryError when unknown.
  MaybeRelocatable read(Relocatable address) const;
  /// The member `offset` of a struct-typed `ids.<name>` (Uint256's low is 0, high is 1).
  Relocatable member(std::string_view name, std::int64_t offset) const;
  /// `ids.<struct>.<member>` as an int.
  BigInt member_int(std::string_view name, std::int64_t offset) const;

  /// Scope variables of the current scope (`exec_scopes.back()`).
  ScopeDict& scope() const { return ctx_.vm.exec_scopes.back(); }
  /// A scope variable that must be an int: NameError when missing.
  BigInt scope_int(std::string_view name) const;
  /// An int scope variable if present (nullopt when missing or not an int).
  std::optional<BigInt> scope_int_if_present(std::string_view name) const;
  void set_scope_int(std::string_view name, const BigInt& value) const;
  /// Keeps a variable the hint's Python leaves in the scope, when it is an int in [0, P) (the
  /// form shared with Python hints); other values are not kept.
  void keep(std::string_view name, const BigInt& value) const {
    if (value >= 0 && value < prime()) set_scope_int(name, value);
  }

 private:
  const HintContext& ctx_;
  int line_ = 1;
};

/// Runs `body` as the hint's Python would: a VmError that the body lets through (an
/// inconsistent write, an unknown cell) is reported as raised at the hint's current line.
template <class Body>
void run_as_python(const HintContext& ctx, Body&& body) {
  PyHint hint(ctx);
  try {
    body(hint);
  } catch (const HintError&) {
    throw;
  } catch (const VmError& e) {
    hint.raise(e.kind(), e.what());
  }
}

/// A native hint function (for the families' tables) that runs `Body` through run_as_python.
template <void (*Body)(PyHint&)>
void py(const HintContext& ctx) {
  run_as_python(ctx, Body);
}

/// Python's name of a value's type in a TypeError ("int", "RelocatableValue").
std::string_view py_type_name(const MaybeRelocatable& value);

/// Tonelli-Shanks: the least square root of `n` modulo the odd prime `p`, if `n` is a square.
std::optional<BigInt> least_sqrt_mod(const BigInt& n, const BigInt& p);

}  // namespace cairovm::hint_support
