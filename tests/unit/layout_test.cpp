// Layouts against the reference's instances.py: the expected table is the output of
// tools/gen_layout_table.py (run with the reference's venv), checked in below.
#include <gtest/gtest.h>

#include <string>

#include "cairovm/errors.hpp"
#include "cairovm/layout.hpp"

namespace cairovm {
namespace {

constexpr const char* kExpectedTable =
    R"(layout plain cpu_component_step=1 rc_units=16 public_memory_fraction=4 memory_units_per_step=8 diluted=None n_trace_columns=8 builtins=
layout small cpu_component_step=1 rc_units=16 public_memory_fraction=4 memory_units_per_step=8 diluted=None n_trace_columns=25 builtins=output,pedersen,range_check,ecdsa
  pedersen ratio=8 ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=8 ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  ecdsa ratio=512 ratio_den=1 cells=2 rc_units=0 height=512 diluted=0
layout dex cpu_component_step=1 rc_units=4 public_memory_fraction=4 memory_units_per_step=8 diluted=None n_trace_columns=22 builtins=output,pedersen,range_check,ecdsa
  pedersen ratio=8 ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=8 ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  ecdsa ratio=512 ratio_den=1 cells=2 rc_units=0 height=512 diluted=0
layout recursive cpu_component_step=1 rc_units=4 public_memory_fraction=8 memory_units_per_step=8 diluted=4/4/16 n_trace_columns=10 builtins=output,pedersen,range_check,bitwise
  pedersen ratio=128 ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=8 ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  bitwise ratio=8 ratio_den=1 cells=5 rc_units=0 height=64 diluted=68
layout starknet cpu_component_step=1 rc_units=4 public_memory_fraction=4 memory_units_per_step=8 diluted=1/4/16 n_trace_columns=10 builtins=output,pedersen,range_check,ecdsa,bitwise,ec_op,poseidon
  pedersen ratio=32 ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=16 ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  ecdsa ratio=2048 ratio_den=1 cells=2 rc_units=0 height=512 diluted=0
  bitwise ratio=64 ratio_den=1 cells=5 rc_units=0 height=64 diluted=68
  ec_op ratio=1024 ratio_den=1 cells=7 rc_units=0 height=256 diluted=0
  poseidon ratio=32 ratio_den=1 cells=6 rc_units=0 height=64 diluted=0
layout recursive_large_output cpu_component_step=1 rc_units=4 public_memory_fraction=8 memory_units_per_step=8 diluted=4/4/16 n_trace_columns=12 builtins=output,pedersen,range_check,bitwise,poseidon
  pedersen ratio=128 ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=8 ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  bitwise ratio=8 ratio_den=1 cells=5 rc_units=0 height=64 diluted=68
  poseidon ratio=8 ratio_den=1 cells=6 rc_units=0 height=64 diluted=0
layout all_solidity cpu_component_step=1 rc_units=8 public_memory_fraction=8 memory_units_per_step=8 diluted=4/4/16 n_trace_columns=27 builtins=output,pedersen,range_check,ecdsa,bitwise,ec_op
  pedersen ratio=8 ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=8 ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  ecdsa ratio=512 ratio_den=1 cells=2 rc_units=0 height=512 diluted=0
  bitwise ratio=256 ratio_den=1 cells=5 rc_units=0 height=64 diluted=68
  ec_op ratio=256 ratio_den=1 cells=7 rc_units=0 height=256 diluted=0
layout starknet_with_keccak cpu_component_step=1 rc_units=4 public_memory_fraction=4 memory_units_per_step=8 diluted=4/4/16 n_trace_columns=15 builtins=output,pedersen,range_check,ecdsa,bitwise,ec_op,keccak,poseidon
  pedersen ratio=32 ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=16 ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  ecdsa ratio=2048 ratio_den=1 cells=2 rc_units=0 height=512 diluted=0
  bitwise ratio=64 ratio_den=1 cells=5 rc_units=0 height=64 diluted=68
  ec_op ratio=1024 ratio_den=1 cells=7 rc_units=0 height=256 diluted=0
  keccak ratio=2048 ratio_den=1 cells=16 rc_units=0 height=32768 diluted=16384
  poseidon ratio=32 ratio_den=1 cells=6 rc_units=0 height=64 diluted=0
layout dynamic cpu_component_step=None rc_units=None public_memory_fraction=8 memory_units_per_step=None diluted=None/4/16 n_trace_columns=None builtins=output,pedersen,range_check,ecdsa,bitwise,ec_op,keccak,poseidon,range_check96,add_mod,mul_mod
  pedersen ratio=None ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=None ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  ecdsa ratio=None ratio_den=1 cells=2 rc_units=0 height=512 diluted=0
  bitwise ratio=None ratio_den=1 cells=5 rc_units=0 height=64 diluted=68
  ec_op ratio=None ratio_den=1 cells=7 rc_units=0 height=256 diluted=0
  keccak ratio=None ratio_den=1 cells=16 rc_units=0 height=32768 diluted=16384
  poseidon ratio=None ratio_den=1 cells=6 rc_units=0 height=64 diluted=0
  range_check96 ratio=None ratio_den=1 cells=1 rc_units=6 height=6 diluted=0
  add_mod ratio=None ratio_den=1 cells=22 rc_units=0 height=1 diluted=0
  mul_mod ratio=None ratio_den=1 cells=22 rc_units=66 height=1 diluted=0
layout recursive_with_poseidon cpu_component_step=1 rc_units=4 public_memory_fraction=8 memory_units_per_step=8 diluted=3/4/16 n_trace_columns=8 builtins=output,pedersen,range_check,bitwise,poseidon
  pedersen ratio=256 ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=16 ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  bitwise ratio=16 ratio_den=1 cells=5 rc_units=0 height=64 diluted=68
  poseidon ratio=64 ratio_den=1 cells=6 rc_units=0 height=64 diluted=0
layout all_cairo cpu_component_step=1 rc_units=8 public_memory_fraction=8 memory_units_per_step=8 diluted=4/4/16 n_trace_columns=12 builtins=output,pedersen,range_check,ecdsa,bitwise,ec_op,keccak,poseidon,range_check96,add_mod,mul_mod
  pedersen ratio=256 ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=8 ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  ecdsa ratio=2048 ratio_den=1 cells=2 rc_units=0 height=512 diluted=0
  bitwise ratio=16 ratio_den=1 cells=5 rc_units=0 height=64 diluted=68
  ec_op ratio=1024 ratio_den=1 cells=7 rc_units=0 height=256 diluted=0
  keccak ratio=2048 ratio_den=1 cells=16 rc_units=0 height=32768 diluted=16384
  poseidon ratio=256 ratio_den=1 cells=6 rc_units=0 height=64 diluted=0
  range_check96 ratio=8 ratio_den=1 cells=1 rc_units=6 height=6 diluted=0
  add_mod ratio=128 ratio_den=1 cells=22 rc_units=0 height=1 diluted=0
  mul_mod ratio=256 ratio_den=1 cells=22 rc_units=66 height=1 diluted=0
layout dynamic(params) cpu_component_step=1 rc_units=8 public_memory_fraction=8 memory_units_per_step=8 diluted=4/4/16 n_trace_columns=None builtins=output,pedersen,range_check,ecdsa,bitwise,ec_op,keccak,poseidon,range_check96,add_mod,mul_mod
  pedersen ratio=256 ratio_den=1 cells=3 rc_units=0 height=512 diluted=0
  range_check ratio=8 ratio_den=1 cells=1 rc_units=8 height=8 diluted=0
  ecdsa ratio=0 ratio_den=1 cells=2 rc_units=0 height=512 diluted=0
  bitwise ratio=16 ratio_den=1 cells=5 rc_units=0 height=64 diluted=68
  ec_op ratio=1024 ratio_den=1 cells=7 rc_units=0 height=256 diluted=0
  keccak ratio=2048 ratio_den=1 cells=16 rc_units=0 height=32768 diluted=16384
  poseidon ratio=256 ratio_den=1 cells=6 rc_units=0 height=64 diluted=0
  range_check96 ratio=1 ratio_den=4 cells=1 rc_units=6 height=6 diluted=0
  add_mod ratio=128 ratio_den=1 cells=22 rc_units=0 height=1 diluted=0
  mul_mod ratio=256 ratio_den=1 cells=22 rc_units=66 height=1 diluted=0
)";

// all_cairo's parameters with ecdsa unused and range_check96 at ratio 1/4 (as the script builds).
constexpr const char* kParamsJson = R"({
  "cpu_component_step": 1, "rc_units": 8, "memory_units_per_step": 8,
  "log_diluted_units_per_step": 4,
  "uses_pedersen_builtin": 1, "pedersen_ratio": 256,
  "uses_range_check_builtin": 1, "range_check_ratio": 8,
  "uses_ecdsa_builtin": 0, "ecdsa_ratio": 0,
  "uses_bitwise_builtin": 1, "bitwise_ratio": 16,
  "uses_ec_op_builtin": 1, "ec_op_ratio": 1024,
  "uses_keccak_builtin": 1, "keccak_ratio": 2048,
  "uses_poseidon_builtin": 1, "poseidon_ratio": 256,
  "uses_range_check96_builtin": 1, "range_check96_ratio": 1, "range_check96_ratio_den": 4,
  "uses_add_mod_builtin": 1, "add_mod_ratio": 128, "add_mod_ratio_den": 1,
  "uses_mul_mod_builtin": 1, "mul_mod_ratio": 256, "mul_mod_ratio_den": 1
})";

std::string opt(const auto& value) {
  return value ? std::to_string(*value) : "None";
}

// The same text as tools/gen_layout_table.py prints for one layout.
std::string describe(const Layout& layout, const std::string& name) {
  std::string text = "layout " + name + " cpu_component_step=" + opt(layout.cpu_component_step) +
                     " rc_units=" + opt(layout.rc_units) +
                     " public_memory_fraction=" + std::to_string(layout.public_memory_fraction) +
                     " memory_units_per_step=" + opt(layout.memory_units_per_step) + " diluted=";
  const auto& pool = layout.diluted_pool;
  text += pool ? opt(pool->log_units_per_step) + "/" + std::to_string(pool->spacing) + "/" +
                     std::to_string(pool->n_bits)
               : std::string("None");
  text += " n_trace_columns=" + opt(layout.n_trace_columns) + " builtins=";
  const auto names = layout.builtin_names();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += ",";
    text += names[i];
  }
  text += "\n";
  const std::uint32_t spacing = pool ? pool->spacing : 4;
  const std::uint32_t n_bits = pool ? pool->n_bits : 16;
  for (const BuiltinInstanceDef& b : layout.builtins) {
    text += "  " + std::string(b.name) + " ratio=" + opt(b.ratio) +
            " ratio_den=" + std::to_string(b.ratio_den) +
            " cells=" + std::to_string(b.memory_cells_per_instance()) +
            " rc_units=" + std::to_string(b.range_check_units_per_builtin()) +
            " height=" + std::to_string(b.invocation_height()) +
            " diluted=" + std::to_string(b.diluted_units_per_builtin(spacing, n_bits)) + "\n";
  }
  return text;
}

TEST(LayoutTest, EveryLayoutMatchesTheReference) {
  std::string table;
  for (std::string_view name : layout_names())
    table += describe(*find_layout(name), std::string(name));
  table += describe(*find_layout("all_cairo"), "all_cairo");
  table += describe(dynamic_layout(parse_cairo_layout_params(kParamsJson)), "dynamic(params)");
  EXPECT_EQ(table, kExpectedTable);
}

TEST(LayoutTest, CliAcceptsTheReferenceSetOnly) {
  EXPECT_EQ(layout_names().size(), 10u);
  for (std::string_view name : layout_names()) EXPECT_NE(name, "all_cairo");
  EXPECT_TRUE(find_layout("all_cairo").has_value());
  EXPECT_FALSE(find_layout("no_such_layout").has_value());
}

TEST(LayoutTest, DilutedUnitsRowRatio) {
  EXPECT_EQ(find_layout("starknet")->diluted_units_row_ratio(), 8u);
  EXPECT_EQ(find_layout("recursive_with_poseidon")->diluted_units_row_ratio(), 2u);
  CairoLayoutParams params = parse_cairo_layout_params(kParamsJson);
  params.log_diluted_units_per_step = -2;
  EXPECT_EQ(dynamic_layout(params).diluted_units_row_ratio(), 64u);
}

std::string params_error(const std::string& json) {
  try {
    (void)parse_cairo_layout_params(json);
  } catch (const RunnerError& e) {
    return e.what();
  }
  return "<no error>";
}

std::string without(std::string json, const std::string& key) {
  const auto at = json.find("\"" + key + "\"");
  const auto end = json.find(',', at);
  return json.erase(at, end + 1 - at);
}

// Messages of the reference's CairoLayoutParams(**params) (Python 3.11 TypeError wording).
TEST(LayoutTest, ParamsErrorsAsTheReference) {
  EXPECT_EQ(params_error(without(kParamsJson, "rc_units")),
            "CairoLayoutParams.__init__() missing 1 required positional argument: 'rc_units'");
  EXPECT_EQ(params_error(without(without(kParamsJson, "rc_units"), "bitwise_ratio")),
            "CairoLayoutParams.__init__() missing 2 required positional arguments: 'rc_units' and "
            "'bitwise_ratio'");
  EXPECT_EQ(params_error("{\"cpu_component_step\": 1}").substr(0, 125),
            "CairoLayoutParams.__init__() missing 26 required positional arguments: 'rc_units', "
            "'memory_units_per_step', 'log_diluted_unit");
  std::string extra = kParamsJson;
  extra.insert(1, "\"zz\": 1, \"aa\": 2,");
  EXPECT_EQ(params_error(extra),
            "CairoLayoutParams.__init__() got an unexpected keyword argument 'zz'");
  EXPECT_EQ(params_error("[1]"),
            "starkware.cairo.lang.dynamic_layout_params.CairoLayoutParams() argument after ** "
            "must be a mapping, not list");
  std::string unused_with_ratio = kParamsJson;
  unused_with_ratio.replace(unused_with_ratio.find("\"uses_pedersen_builtin\": 1"), 26,
                            "\"uses_pedersen_builtin\": 0");
  EXPECT_EQ(params_error(unused_with_ratio), "");  // the reference's bare assert
}

TEST(LayoutTest, ResolveLayout) {
  EXPECT_EQ(resolve_layout("small", std::nullopt).name, "small");
  EXPECT_THROW((void)resolve_layout("dynamic", std::nullopt), RunnerError);
  EXPECT_THROW((void)resolve_layout("bogus", std::nullopt), RunnerError);
  const Layout layout = resolve_layout("dynamic", parse_cairo_layout_params(kParamsJson));
  EXPECT_EQ(layout.builtin("range_check96")->ratio_den, 4u);
  EXPECT_TRUE(layout.has_builtin("output"));
  EXPECT_FALSE(find_layout("plain")->has_builtin("output"));
}

}  // namespace
}  // namespace cairovm
