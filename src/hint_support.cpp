#include "hint_support.hpp"

#include <fstream>
#include <optional>

#include "ecdsa_verify.hpp"
#include "hint_bigint.hpp"

namespace cairovm::hint_support {

namespace {

// Python's str.strip() of a source line, as the traceback module prints it.
std::string strip(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n\f\v");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n\f\v");
  return std::string(text.substr(first, last - first + 1));
}

// linecache.getline(path, line), stripped; "" when the file cannot be read.
std::string source_line(const std::string& path, std::int64_t line) {
  std::ifstream in(path);
  std::string text;
  for (std::int64_t i = 1; i <= line && std::getline(in, text); ++i) {
    if (i == line) return strip(text);
  }
  return "";
}

void append_frame(std::string& out, const std::string& file, std::int64_t line,
                  std::string_view function, std::string_view marks = "") {
  out += "  File \"" + file + "\", line " + std::to_string(line) + ", in ";
  out += function;
  out += "\n";
  const std::string text = source_line(file, line);
  if (text.empty()) return;
  out += "    " + text + "\n";
  if (!marks.empty()) {
    out += marks;
    out += "\n";
  }
}

// Where the `starkware` package lies: from the hint's own file, else from any file of the
// program's code in it (a hint of the program's own that calls into the library); "" when none.
std::string package_root(const std::string& hint_file, const Program& program) {
  const auto root_of = [](const std::string& file) -> std::optional<std::string> {
    const auto at = file.rfind("starkware/");
    if (at == std::string::npos) return std::nullopt;
    return file.substr(0, at);
  };
  if (auto root = root_of(hint_file)) return *root;
  for (const auto& [pc, location] : program.instruction_locations()) {
    if (auto root = root_of(location.inst.filename)) return *root;
  }
  return "";
}

}  // namespace

BigInt to_big(const Felt& value) {
  return to_bigint(value);
}

Felt to_felt(const BigInt& value) {
  return felt_mod(value);
}

const BigInt& prime() {
  return prime_bigint();
}

const BigInt& half_prime() {
  static const BigInt half = prime() / 2;
  return half;
}

const BigInt& rc_bound() {
  static const BigInt bound = BigInt(1) << 128;
  return bound;
}

std::string dec(const BigInt& value) {
  return value.get_str(10);
}

std::string hex(const BigInt& value) {
  return value < 0 ? "-0x" + BigInt(-value).get_str(16) : "0x" + value.get_str(16);
}

std::string py_str(const MaybeRelocatable& value) {
  return value.is_felt() ? value.felt().to_dec_string() : value.relocatable().to_string();
}

std::string_view py_type_name(const MaybeRelocatable& value) {
  return value.is_felt() ? "int" : "RelocatableValue";
}

void PyHint::raise(std::string_view kind, const std::string& message,
                   std::initializer_list<LibraryFrame> frames) const {
  std::string report = "Traceback (most recent call last):\n";
  const CompiledHint& hint = ctx_.hint;
  const auto& locations = vm().program().instruction_locations();
  std::string hint_file;
  if (auto it = locations.find(hint.pc); it != locations.end() &&
                                         hint.index_at_pc < it->second.hints.size() &&
                                         it->second.hints[hint.index_at_pc]) {
    const HintLocation& location = *it->second.hints[hint.index_at_pc];
    hint_file = location.location.filename;
    append_frame(report, hint_file,
                 location.location.start_line + location.n_prefix_newlines - 1 + line_, "<module>");
  } else {
    report += "  File \"<hint" + std::to_string(hint.id) + ">\", line " + std::to_string(line_) +
              ", in <module>\n";
  }
  const std::string root = package_root(hint_file, vm().program());
  for (const LibraryFrame& frame : frames) {
    append_frame(report, root + std::string(frame.path), frame.line, frame.function, frame.marks);
  }
  report += kind;
  if (!message.empty()) report += ": " + message;
  throw HintError(VmError(message, std::string(kind)), hint.index_at_pc, report);
}

BigInt PyHint::id_int(std::string_view name, std::string_view operation) const {
  const MaybeRelocatable value = id(name);
  if (!value.is_felt()) {
    raise("TypeError", "unsupported operand type(s) for " + std::string(operation) +
                           ": 'RelocatableValue' and 'int'");
  }
  return to_big(value.felt());
}

BigInt PyHint::assert_integer(std::string_view name) const {
  const MaybeRelocatable value = id(name);
  if (!value.is_felt()) {
    raise("AssertionError", "Expected integer, found: " + py_str(value) + ".",
          {{"starkware/cairo/common/math_utils.py", 5, "assert_integer"}});
  }
  return to_big(value.felt());
}

BigInt PyHint::as_int(std::string_view name) const {
  const MaybeRelocatable value = id(name);
  if (!value.is_felt()) {
    raise("AssertionError", "Expected integer, found: " + py_str(value) + ".",
          {{"starkware/cairo/common/math_utils.py", 13, "as_int"},
           {"starkware/cairo/common/math_utils.py", 5, "assert_integer"}});
  }
  BigInt v = to_big(value.felt());
  return v < half_prime() ? v : BigInt(v - prime());
}

void PyHint::set_id(std::string_view name, const BigInt& value) const {
  ctx_.ids_set(name, to_felt(value));
}

void PyHint::set_id(std::string_view name, const MaybeRelocatable& value) const {
  ctx_.ids_set(name, value);
}

void PyHint::write(Relocatable address, const MaybeRelocatable& value) const {
  try {
    vm().memory().insert(address, value);
  } catch (const HintError&) {
    throw;
  } catch (const VmError& e) {
    // Python's `memory[address] = value` over a different value: the frames of the memory dict.
    if (std::string_view(e.kind()).find("InconsistentMemoryError") == std::string_view::npos) {
      throw;
    }
    raise(e.kind(), e.what(),
          {{"starkware/cairo/lang/vm/validated_memory_dict.py", 32, "__setitem__",
            "    ~~~~~~~~~~~~~^^^^^^"},
           {"starkware/cairo/lang/vm/memory_dict.py", 206, "__setitem__"},
           {"starkware/cairo/lang/vm/memory_dict.py", 214, "verify_same_value"}});
  }
}

MaybeRelocatable PyHint::read(Relocatable address) const {
  if (auto value = vm().memory().get(address)) return *value;
  raise("starkware.cairo.lang.vm.memory_dict.UnknownMemoryError",
        "Unknown value for memory cell at address " + address.to_string() + ".",
        {{"starkware/cairo/lang/vm/validated_memory_dict.py", 28, "__getitem__",
          "           ~~~~~~~~~~~~~^^^^^^"},
         {"starkware/cairo/lang/vm/memory_dict.py", 190, "__getitem__"}});
}

Relocatable PyHint::member(std::string_view name, std::int64_t offset) const {
  return add(ctx_.ids_address(name), offset);
}

BigInt PyHint::member_int(std::string_view name, std::int64_t offset) const {
  const MaybeRelocatable value = read(member(name, offset));
  if (!value.is_felt()) {
    raise("TypeError", "unsupported operand type(s) for <<: 'RelocatableValue' and 'int'");
  }
  return to_big(value.felt());
}

BigInt PyHint::scope_int(std::string_view name) const {
  if (auto value = scope_int_if_present(name)) return *value;
  if (!scope().contains(name))
    raise("NameError", "name '" + std::string(name) + "' is not defined");
  raise("TypeError", "'" + std::string(name) + "' is not an integer");
}

std::optional<BigInt> PyHint::scope_int_if_present(std::string_view name) const {
  auto it = scope().find(name);
  if (it == scope().end()) return std::nullopt;
  if (const Felt* felt = std::any_cast<Felt>(&it->second)) return to_big(*felt);
  return std::nullopt;
}

void PyHint::set_scope_int(std::string_view name, const BigInt& value) const {
  assign_scope(scope(), std::string(name), to_felt(value));
}

std::optional<BigInt> least_sqrt_mod(const BigInt& n_in, const BigInt& p) {
  BigInt n = n_in % p;
  if (n < 0) n += p;
  if (n == 0) return BigInt(0);
  if (p == prime()) {
    // Montgomery-form Tonelli-Shanks for the Cairo prime: its 2^192 factor of P - 1 makes the
    // loop O(192^2) squarings, 14x cheaper there than through mpz products and divisions.
    const auto root = field_sqrt(to_felt(n));
    if (!root) return std::nullopt;
    const BigInt r = to_big(*root);
    const BigInt other = p - r;
    return r < other ? r : other;
  }
  if (mpz_legendre(n.get_mpz_t(), p.get_mpz_t()) != 1) return std::nullopt;
  // p - 1 = q * 2^s with q odd.
  BigInt q = p - 1;
  unsigned long s = 0;
  while (mpz_even_p(q.get_mpz_t())) {
    q >>= 1;
    ++s;
  }
  BigInt z = 2;
  while (mpz_legendre(z.get_mpz_t(), p.get_mpz_t()) != -1) ++z;
  BigInt c, t, r, e;
  mpz_powm(c.get_mpz_t(), z.get_mpz_t(), q.get_mpz_t(), p.get_mpz_t());
  mpz_powm(t.get_mpz_t(), n.get_mpz_t(), q.get_mpz_t(), p.get_mpz_t());
  e = (q + 1) / 2;
  mpz_powm(r.get_mpz_t(), n.get_mpz_t(), e.get_mpz_t(), p.get_mpz_t());
  unsigned long m = s;
  while (t != 1) {
    unsigned long i = 0;
    BigInt t2 = t;
    while (t2 != 1) {
      t2 = t2 * t2 % p;
      ++i;
    }
    BigInt b = c;
    for (unsigned long j = 0; j + i + 1 < m; ++j) b = b * b % p;
    m = i;
    c = b * b % p;
    t = t * c % p;
    r = r * b % p;
  }
  BigInt other = p - r;
  return r < other ? r : other;
}

}  // namespace cairovm::hint_support
