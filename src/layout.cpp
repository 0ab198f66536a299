#include "cairovm/layout.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <nlohmann/json.hpp>

#include "cairovm/errors.hpp"

namespace cairovm {

namespace {

constexpr std::array<std::string_view, 11> kBuiltins = {
    "output", "pedersen", "range_check",   "ecdsa",   "bitwise", "ec_op",
    "keccak", "poseidon", "range_check96", "add_mod", "mul_mod"};

constexpr std::array<std::string_view, 10> kLayoutNames = {
    "plain",        "small",
    "dex",          "recursive",
    "starknet",     "recursive_large_output",
    "all_solidity", "starknet_with_keccak",
    "dynamic",      "recursive_with_poseidon"};

constexpr std::uint32_t kComponentHeight = 16;
// Fixed parts of the dynamic layout (instances.py: DYNAMIC_*).
constexpr std::uint32_t kDynamicDilutedSpacing = 4;
constexpr std::uint32_t kDynamicDilutedNBits = 16;
constexpr std::uint32_t kDynamicPublicMemoryFraction = 8;

using Ratio = std::optional<std::uint32_t>;

BuiltinInstanceDef instance_def(std::string_view name, Ratio ratio, std::uint32_t ratio_den = 1) {
  BuiltinInstanceDef d;
  d.name = name;
  d.ratio = ratio;
  d.ratio_den = ratio_den;
  return d;
}

// Builders with the parameters every layout of the reference uses; only ratios (and pedersen's
// repetitions) differ between layouts.
BuiltinInstanceDef pedersen(Ratio ratio, std::uint32_t repetitions) {
  BuiltinInstanceDef d = instance_def("pedersen", ratio);
  d.repetitions = repetitions;
  d.element_height = 256;
  d.element_bits = 252;
  d.n_inputs = 2;
  return d;
}
BuiltinInstanceDef range_check(Ratio ratio) {
  BuiltinInstanceDef d = instance_def("range_check", ratio);
  d.n_parts = 8;
  return d;
}
BuiltinInstanceDef range_check96(Ratio ratio, std::uint32_t ratio_den) {
  BuiltinInstanceDef d = instance_def("range_check96", ratio, ratio_den);
  d.n_parts = 6;
  return d;
}
BuiltinInstanceDef ecdsa(Ratio ratio) {
  BuiltinInstanceDef d = instance_def("ecdsa", ratio);
  d.repetitions = 1;
  d.height = 256;
  d.n_hash_bits = 251;
  return d;
}
BuiltinInstanceDef bitwise(Ratio ratio) {
  BuiltinInstanceDef d = instance_def("bitwise", ratio);
  d.total_n_bits = 251;
  return d;
}
BuiltinInstanceDef ec_op(Ratio ratio) {
  BuiltinInstanceDef d = instance_def("ec_op", ratio);
  d.scalar_height = 256;
  d.scalar_bits = 252;
  return d;
}
BuiltinInstanceDef keccak(Ratio ratio) {
  BuiltinInstanceDef d = instance_def("keccak", ratio);
  d.state_rep.assign(8, 200);
  d.instances_per_component = 16;
  return d;
}
BuiltinInstanceDef poseidon(Ratio ratio) {
  BuiltinInstanceDef d = instance_def("poseidon", ratio);
  d.partial_rounds_partition = {64, 22};
  return d;
}
BuiltinInstanceDef mod_builtin(std::string_view name, Ratio ratio, std::uint32_t ratio_den) {
  BuiltinInstanceDef d = instance_def(name, ratio, ratio_den);
  d.word_bit_len = 96;
  d.n_words = 4;
  d.batch_size = 1;
  if (name == "mul_mod") d.bits_per_part = 16;
  return d;
}

DilutedPoolInstanceDef diluted(std::int32_t log_units_per_step) {
  return DilutedPoolInstanceDef{log_units_per_step, 4, 16};
}

std::uint32_t div_ceil(std::uint32_t a, std::uint32_t b) {
  return (a + b - 1) / b;
}
std::uint32_t log2_ceil(std::uint32_t x) {
  std::uint32_t bits = 0;
  while ((std::uint32_t{1} << bits) < x) ++bits;
  return bits;
}
std::uint32_t next_power_of_2(std::uint32_t x) {
  return std::uint32_t{1} << log2_ceil(x);
}

// The mul_mod builtin's range-check parts (instance_def.py: MulModInstanceDef).
std::uint32_t p_multiplier_n_parts(const BuiltinInstanceDef& d) {
  return d.word_bit_len / d.bits_per_part;
}
std::uint32_t carry_n_parts(const BuiltinInstanceDef& d) {
  return p_multiplier_n_parts(d) + div_ceil(log2_ceil(d.n_words) + 1, d.bits_per_part);
}

// The builtins of a dynamic layout with these ratios (instances.py:
// build_builtins_dict_with_default_params); all ratios nullopt for the parameterless layout.
std::vector<BuiltinInstanceDef> dynamic_builtins(
    std::span<const CairoLayoutParams::BuiltinParams> params) {
  auto ratio = [&](std::string_view name) -> Ratio {
    for (const auto& b : params) {
      if (b.name == name) return b.ratio;
    }
    return std::nullopt;
  };
  auto den = [&](std::string_view name) -> std::uint32_t {
    for (const auto& b : params) {
      if (b.name == name) return b.ratio_den;
    }
    return 1;
  };
  return {pedersen(ratio("pedersen"), 1),
          range_check(ratio("range_check")),
          ecdsa(ratio("ecdsa")),
          bitwise(ratio("bitwise")),
          ec_op(ratio("ec_op")),
          keccak(ratio("keccak")),
          poseidon(ratio("poseidon")),
          range_check96(ratio("range_check96"), den("range_check96")),
          mod_builtin("add_mod", ratio("add_mod"), den("add_mod")),
          mod_builtin("mul_mod", ratio("mul_mod"), den("mul_mod"))};
}

Layout fixed_layout(std::string name, std::uint32_t rc_units, std::uint32_t n_trace_columns) {
  Layout layout;
  layout.name = std::move(name);
  layout.rc_units = rc_units;
  layout.n_trace_columns = n_trace_columns;
  layout.has_output = true;
  return layout;
}

std::optional<Layout> make_layout(std::string_view name) {
  if (name == "plain") {
    Layout layout;
    layout.name = "plain";
    layout.n_trace_columns = 8;
    return layout;
  }
  if (name == "small" || name == "dex") {
    Layout layout = name == "small" ? fixed_layout("small", 16, 25) : fixed_layout("dex", 4, 22);
    layout.builtins = {pedersen(8, 4), range_check(8), ecdsa(512)};
    return layout;
  }
  if (name == "starknet" || name == "starknet_with_keccak") {
    const bool with_keccak = name == "starknet_with_keccak";
    Layout layout = fixed_layout(std::string(name), 4, with_keccak ? 15 : 10);
    layout.diluted_pool = diluted(with_keccak ? 4 : 1);
    layout.builtins = {pedersen(32, 1), range_check(16), ecdsa(2048), bitwise(64), ec_op(1024)};
    if (with_keccak) layout.builtins.push_back(keccak(2048));
    layout.builtins.push_back(poseidon(32));
    return layout;
  }
  if (name == "recursive") {
    Layout layout = fixed_layout("recursive", 4, 10);
    layout.public_memory_fraction = 8;
    layout.diluted_pool = diluted(4);
    layout.builtins = {pedersen(128, 1), range_check(8), bitwise(8)};
    return layout;
  }
  if (name == "recursive_with_poseidon") {
    Layout layout = fixed_layout("recursive_with_poseidon", 4, 8);
    layout.public_memory_fraction = 8;
    layout.diluted_pool = diluted(3);
    layout.builtins = {pedersen(256, 1), range_check(16), bitwise(16), poseidon(64)};
    return layout;
  }
  if (name == "recursive_large_output") {
    Layout layout = fixed_layout("recursive_large_output", 4, 12);
    layout.public_memory_fraction = 8;
    layout.diluted_pool = diluted(4);
    layout.builtins = {pedersen(128, 1), range_check(8), bitwise(8), poseidon(8)};
    return layout;
  }
  if (name == "all_cairo") {
    Layout layout = fixed_layout("all_cairo", 8, 12);
    layout.public_memory_fraction = 8;
    layout.diluted_pool = diluted(4);
    layout.builtins = {pedersen(256, 1),
                       range_check(8),
                       ecdsa(2048),
                       bitwise(16),
                       ec_op(1024),
                       keccak(2048),
                       poseidon(256),
                       range_check96(8, 1),
                       mod_builtin("add_mod", 128, 1),
                       mod_builtin("mul_mod", 256, 1)};
    return layout;
  }
  if (name == "all_solidity") {
    Layout layout = fixed_layout("all_solidity", 8, 27);
    layout.public_memory_fraction = 8;
    layout.diluted_pool = diluted(4);
    layout.builtins = {pedersen(8, 4), range_check(8), ecdsa(512), bitwise(256), ec_op(256)};
    return layout;
  }
  if (name == "dynamic") {
    // instances.py: dynamic_instance = build_dynamic_layout(), every parameter None.
    Layout layout;
    layout.name = "dynamic";
    layout.cpu_component_step = std::nullopt;
    layout.rc_units = std::nullopt;
    layout.memory_units_per_step = std::nullopt;
    layout.public_memory_fraction = kDynamicPublicMemoryFraction;
    layout.diluted_pool =
        DilutedPoolInstanceDef{std::nullopt, kDynamicDilutedSpacing, kDynamicDilutedNBits};
    layout.has_output = true;
    layout.builtins = dynamic_builtins({});
    return layout;
  }
  return std::nullopt;
}

// Python's wording for a list of names in a TypeError: 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
std::string python_name_list(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    text += '\'';
    text += names[i];
    text += '\'';
  }
  return text;
}

// The fields of CairoLayoutParams in declaration order (the order of its TypeError's names).
std::vector<std::string> params_field_names() {
  std::vector<std::string> names = {"cpu_component_step", "rc_units", "memory_units_per_step",
                                    "log_diluted_units_per_step"};
  for (std::string_view b : std::span(kBuiltins).subspan(1)) {
    const std::string name(b);
    names.push_back("uses_" + name + "_builtin");
    names.push_back(name + "_ratio");
    if (is_low_ratio_builtin(b)) names.push_back(name + "_ratio_den");
  }
  return names;
}

template <typename T>
T integer_field(const nlohmann::ordered_json& object, const std::string& key) {
  const nlohmann::ordered_json& value = object.at(key);
  // JSON true/false are Python's 1/0 here, as the reference takes the values as they are.
  if (value.is_boolean()) return value.get<bool>() ? 1 : 0;
  if (!value.is_number_integer()) {
    throw RunnerError("Invalid value for '" + key + "' in the layout parameters: " + value.dump() +
                      " (an integer is expected).");
  }
  const auto number = value.get<std::int64_t>();
  if (number < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
      number > static_cast<std::int64_t>(std::numeric_limits<T>::max())) {
    throw RunnerError("Invalid value for '" + key + "' in the layout parameters: " + value.dump() +
                      " (out of range).");
  }
  return static_cast<T>(number);
}

}  // namespace

std::span<const std::string_view> all_builtin_names() {
  return kBuiltins;
}

bool is_low_ratio_builtin(std::string_view name) {
  return name == "range_check96" || name == "add_mod" || name == "mul_mod";
}

std::span<const std::string_view> layout_names() {
  return kLayoutNames;
}

std::optional<Layout> find_layout(std::string_view name) {
  return make_layout(name);
}

std::uint32_t BuiltinInstanceDef::memory_cells_per_instance() const {
  if (name == "pedersen") return 3;
  if (name == "range_check" || name == "range_check96") return 1;
  if (name == "ecdsa") return 2;
  if (name == "bitwise") return 5;
  if (name == "ec_op") return 7;
  if (name == "keccak") return 2 * static_cast<std::uint32_t>(state_rep.size());
  if (name == "poseidon") return 6;
  if (name == "add_mod" || name == "mul_mod") return n_words + 3 + batch_size * 3 * (n_words + 1);
  return 0;
}

std::uint32_t BuiltinInstanceDef::range_check_units_per_builtin() const {
  if (name == "range_check" || name == "range_check96") return n_parts;
  if (name == "mul_mod") {
    return (n_words * p_multiplier_n_parts(*this) + 2 * (n_words - 1) * carry_n_parts(*this)) *
           batch_size;
  }
  return 0;
}

std::uint32_t BuiltinInstanceDef::invocation_height() const {
  if (name == "pedersen") return element_height * n_inputs;
  if (name == "range_check" || name == "range_check96") return n_parts;
  if (name == "ecdsa") return 2 * height;
  if (name == "bitwise") return 64;
  if (name == "ec_op") return scalar_height;
  if (name == "keccak") return 32768;
  if (name == "poseidon") {
    std::uint32_t highest = 8;
    for (std::uint32_t part : partial_rounds_partition) highest = std::max(highest, part);
    return next_power_of_2(highest);
  }
  if (name == "add_mod" || name == "mul_mod") return batch_size;
  return 0;
}

std::uint32_t BuiltinInstanceDef::diluted_units_per_builtin(std::uint32_t diluted_spacing,
                                                            std::uint32_t diluted_n_bits) const {
  if (name == "keccak") return (std::uint32_t{1} << 18) / diluted_n_bits;
  if (name != "bitwise") return 0;
  // instance_def.py (BitwiseInstanceDef): 4 units per partition element, plus one per element
  // whose last diluted bit would pass total_n_bits.
  std::uint32_t partition = 0;
  std::uint32_t trimmed = 0;
  for (std::uint32_t i = 0; i < total_n_bits; i += diluted_spacing * diluted_n_bits) {
    for (std::uint32_t j = 0; j < diluted_spacing && i + j < total_n_bits; ++j) {
      ++partition;
      if (i + j + diluted_spacing * (diluted_n_bits - 1) + 1 > total_n_bits) ++trimmed;
    }
  }
  return 4 * partition + trimmed;
}

std::vector<std::string_view> Layout::builtin_names() const {
  std::vector<std::string_view> names;
  if (has_output) names.push_back("output");
  for (const BuiltinInstanceDef& b : builtins) names.push_back(b.name);
  return names;
}

bool Layout::has_builtin(std::string_view builtin_name) const {
  return (builtin_name == "output" && has_output) || builtin(builtin_name) != nullptr;
}

const BuiltinInstanceDef* Layout::builtin(std::string_view builtin_name) const {
  for (const BuiltinInstanceDef& b : builtins) {
    if (b.name == builtin_name) return &b;
  }
  return nullptr;
}

std::uint64_t Layout::diluted_units_row_ratio() const {
  if (!diluted_pool || !diluted_pool->log_units_per_step || !cpu_component_step) {
    throw RunnerError("The layout " + name + " has no diluted pool parameters.");
  }
  const std::int32_t log_units = *diluted_pool->log_units_per_step;
  const std::uint64_t rows = std::uint64_t{kComponentHeight} * *cpu_component_step;
  if (log_units >= 0) return rows >> log_units;
  return rows << -log_units;
}

CairoLayoutParams parse_cairo_layout_params(std::string_view json_text) {
  // ordered_json: keys in the file's order, as Python's dict meets them.
  nlohmann::ordered_json object;
  try {
    object = nlohmann::ordered_json::parse(json_text);
  } catch (const nlohmann::ordered_json::exception& e) {
    // A syntax error, or a number beyond 64 bits (out_of_range), which Python would read.
    throw RunnerError(std::string("Invalid JSON in the layout parameters file: ") + e.what());
  }
  if (!object.is_object()) {
    throw RunnerError(
        "starkware.cairo.lang.dynamic_layout_params.CairoLayoutParams() argument after ** must be "
        "a mapping, not " +
        std::string(object.is_array()          ? "list"
                    : object.is_string()       ? "str"
                    : object.is_boolean()      ? "bool"
                    : object.is_number_float() ? "float"
                    : object.is_null()         ? "NoneType"
                                               : "int"));
  }
  const std::vector<std::string> fields = params_field_names();
  for (const auto& [key, value] : object.items()) {
    if (std::find(fields.begin(), fields.end(), key) == fields.end()) {
      throw RunnerError("CairoLayoutParams.__init__() got an unexpected keyword argument '" + key +
                        "'");
    }
  }
  std::vector<std::string> missing;
  for (const std::string& field : fields) {
    if (!object.contains(field)) missing.push_back(field);
  }
  if (!missing.empty()) {
    throw RunnerError("CairoLayoutParams.__init__() missing " + std::to_string(missing.size()) +
                      " required positional argument" + (missing.size() == 1 ? "" : "s") + ": " +
                      python_name_list(missing));
  }

  CairoLayoutParams params;
  params.cpu_component_step = integer_field<std::uint32_t>(object, "cpu_component_step");
  params.rc_units = integer_field<std::uint32_t>(object, "rc_units");
  params.memory_units_per_step = integer_field<std::uint32_t>(object, "memory_units_per_step");
  params.log_diluted_units_per_step =
      integer_field<std::int32_t>(object, "log_diluted_units_per_step");
  for (std::string_view b : std::span(kBuiltins).subspan(1)) {
    const std::string name(b);
    CairoLayoutParams::BuiltinParams entry{.name = b};
    entry.uses = integer_field<std::uint32_t>(object, "uses_" + name + "_builtin");
    entry.ratio = integer_field<std::uint32_t>(object, name + "_ratio");
    if (is_low_ratio_builtin(b)) {
      entry.ratio_den = integer_field<std::uint32_t>(object, name + "_ratio_den");
    }
    params.builtins.push_back(entry);
  }
  // CairoLayoutParams.__post_init__: an unused builtin must have ratio 0 (a bare assert, so the
  // reference prints "Error: " with an empty message).
  for (const auto& b : params.builtins) {
    if (b.uses == 0 && b.ratio != 0) throw RunnerError("");
  }
  return params;
}

Layout resolve_layout(std::string_view name, const std::optional<CairoLayoutParams>& params) {
  if (name == "dynamic") {
    // cairo_run.py: `assert args.cairo_layout_params_file is not None` (a bare assert).
    if (!params) throw RunnerError("--layout dynamic requires --cairo_layout_params_file.");
    return dynamic_layout(*params);
  }
  auto layout = find_layout(name);
  if (!layout) throw RunnerError("Unknown layout '" + std::string(name) + "'.");
  return *std::move(layout);
}

Layout dynamic_layout(const CairoLayoutParams& params) {
  Layout layout = *make_layout("dynamic");
  layout.cpu_component_step = params.cpu_component_step;
  layout.rc_units = params.rc_units;
  layout.memory_units_per_step = params.memory_units_per_step;
  layout.diluted_pool->log_units_per_step = params.log_diluted_units_per_step;
  layout.builtins = dynamic_builtins(params.builtins);
  return layout;
}

}  // namespace cairovm
