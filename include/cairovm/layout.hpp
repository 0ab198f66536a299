// Layouts of the Cairo AIR (the reference's CairoLayout in starkware/cairo/lang/instances.py):
// which builtins exist, their ratios and instance parameters, and the AIR's cell budgets. Also
// the dynamic layout built from a --cairo_layout_params_file (CairoLayoutParams).
//
// Use:
//   const Layout layout = *find_layout("starknet");            // a fixed layout, by name
//   const Layout dyn = dynamic_layout(parse_cairo_layout_params(json_text));
//   for (const BuiltinInstanceDef& b : layout.builtins) ... b.name, b.ratio, b.cells_per_instance()
#pragma once

#include "cairovm/export.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

CAIROVM_API_BEGIN
namespace cairovm {

/// Every builtin, in the order the %builtins directive must follow (the reference's ALL_BUILTINS).
std::span<const std::string_view> all_builtin_names();
/// Builtins whose ratio may be below one (encoded as ratio 1 over ratio_den): range_check96,
/// add_mod, mul_mod (the reference's LOW_RATIO_BUILTINS).
bool is_low_ratio_builtin(std::string_view name);

/// The instance definition of one builtin in a layout. Only the fields of that builtin's kind are
/// meaningful; the others stay zero/empty. Cell counts follow the reference's instance_def.py.
struct BuiltinInstanceDef {
  std::string_view name;
  /// Steps per instance; nullopt is the reference's None (a dynamic ratio: the dynamic layout
  /// without parameters). 0 means the builtin is unused (dynamic layouts).
  std::optional<std::uint32_t> ratio;
  /// Denominator of the ratio for low-ratio builtins (1 otherwise).
  std::uint32_t ratio_den = 1;

  // pedersen (element_*, n_inputs, repetitions), ecdsa (height, n_hash_bits, repetitions).
  std::uint32_t repetitions = 0;
  std::uint32_t element_height = 0;
  std::uint32_t element_bits = 0;
  std::uint32_t n_inputs = 0;
  std::uint32_t height = 0;
  std::uint32_t n_hash_bits = 0;
  // range_check, range_check96: 16-bit parts per value (8: bound 2^128; 6: bound 2^96).
  std::uint32_t n_parts = 0;
  // bitwise.
  std::uint32_t total_n_bits = 0;
  // ec_op.
  std::uint32_t scalar_height = 0;
  std::uint32_t scalar_bits = 0;
  // keccak: bits per input cell (8 x 200) and instances per component (16).
  std::vector<std::uint32_t> state_rep;
  std::uint32_t instances_per_component = 0;
  // poseidon.
  std::vector<std::uint32_t> partial_rounds_partition;
  // add_mod, mul_mod: numbers of n_words words of word_bit_len bits; bits_per_part for mul_mod.
  std::uint32_t word_bit_len = 0;
  std::uint32_t n_words = 0;
  std::uint32_t batch_size = 0;
  std::uint32_t bits_per_part = 0;

  /// Memory cells per instance as the AIR counts them (memory_cells_per_instance). For add_mod
  /// and mul_mod this includes the values/offsets cells; their segment has 7 cells per instance.
  std::uint32_t memory_cells_per_instance() const;
  /// Range-check units one instance uses (range_check_units_per_builtin).
  std::uint32_t range_check_units_per_builtin() const;
  /// Rows of one invocation (invocation_height).
  std::uint32_t invocation_height() const;
  /// Diluted units one instance uses (get_diluted_units_per_builtin): bitwise and keccak only.
  std::uint32_t diluted_units_per_builtin(std::uint32_t diluted_spacing,
                                          std::uint32_t diluted_n_bits) const;
};

/// The reference's DilutedPoolInstanceDef.
struct DilutedPoolInstanceDef {
  /// log2 of diluted cells per step; negative when few builtins need diluted units. nullopt in the
  /// parameterless dynamic layout.
  std::optional<std::int32_t> log_units_per_step;
  std::uint32_t spacing = 4;
  std::uint32_t n_bits = 16;
};

/// A layout (the reference's CairoLayout): its builtins, ratios and cell budgets. A plain value:
/// the functions below return copies, safe to use from any thread.
struct Layout {
  std::string name;
  /// nullopt fields are the reference's None (the parameterless dynamic layout).
  std::optional<std::uint32_t> cpu_component_step = 1;
  std::optional<std::uint32_t> rc_units = 16;
  std::uint32_t public_memory_fraction = 4;
  std::optional<std::uint32_t> memory_units_per_step = 8;
  std::optional<DilutedPoolInstanceDef> diluted_pool;
  std::optional<std::uint32_t> n_trace_columns;
  /// Whether the layout has the output builtin (every layout but plain).
  bool has_output = false;
  /// The builtins other than output, in the layout's order.
  std::vector<BuiltinInstanceDef> builtins;

  /// Every builtin of the layout including output, in the layout's order (the order of the
  /// reference's builtin runners).
  std::vector<std::string_view> builtin_names() const;
  bool has_builtin(std::string_view name) const;
  /// The definition of builtin `name`, or nullptr (also for output, which has none).
  const BuiltinInstanceDef* builtin(std::string_view name) const;
  /// COMPONENT_HEIGHT * cpu_component_step / 2^log_units_per_step (diluted_units_row_ratio).
  std::uint64_t diluted_units_row_ratio() const;
};

/// The layout with this name: every layout the reference defines, including all_cairo (which
/// cairo-run's --layout does not accept) and "dynamic" without parameters (ratios nullopt). Use
/// dynamic_layout() for a --cairo_layout_params_file run. nullopt for an unknown name.
std::optional<Layout> find_layout(std::string_view name);
/// Names of the layouts cairo-run's --layout accepts, in its order.
std::span<const std::string_view> layout_names();

/// The reference's CairoLayoutParams (starkware/cairo/lang/dynamic_layout_params.py): the
/// contents of a --cairo_layout_params_file.
struct CairoLayoutParams {
  std::uint32_t cpu_component_step = 0;
  std::uint32_t rc_units = 0;
  std::uint32_t memory_units_per_step = 0;
  std::int32_t log_diluted_units_per_step = 0;
  struct BuiltinParams {
    std::string_view name;
    std::uint32_t uses = 0;
    std::uint32_t ratio = 0;
    std::uint32_t ratio_den = 1;  // read for low-ratio builtins only
  };
  /// One entry per builtin other than output, in all_builtin_names() order.
  std::vector<BuiltinParams> builtins;
};

/// Parses the JSON text of a --cairo_layout_params_file. Throws RunnerError with the message of the
/// exception the reference raises: the TypeError of CairoLayoutParams(**params) for missing or
/// unexpected keys, an empty message for its __post_init__ assertion (a builtin with uses_*=0 and a
/// nonzero ratio), and the JSON decoder's complaint for text that is not JSON.
CairoLayoutParams parse_cairo_layout_params(std::string_view json_text);
/// The dynamic layout of these parameters (CairoLayoutParams.to_cairo_layout): every builtin,
/// with the given ratios (0 for unused builtins) and default instance parameters.
Layout dynamic_layout(const CairoLayoutParams& params);
/// The layout of a run: dynamic_layout(*params) for "dynamic" (RunnerError without params),
/// else find_layout(name) (RunnerError for an unknown name).
Layout resolve_layout(std::string_view name, const std::optional<CairoLayoutParams>& params);

}  // namespace cairovm
CAIROVM_API_END
