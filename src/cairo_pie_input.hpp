// A Cairo PIE read back for --run_from_cairo_pie: the stripped program (as a program JSON), the
// segments, the memory cells, the builtins' additional data and the execution resources.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cairovm/relocatable.hpp"

namespace cairovm {

struct CairoPieInput {
  std::string program_json;  // a program JSON for Program::from_json_text
  std::uint64_t n_steps = 0;
  std::uint64_t n_memory_holes = 0;
  std::vector<std::pair<std::int64_t, std::uint64_t>> extra_segments;  // index, size
  std::map<std::int64_t, std::uint64_t> segment_sizes;                 // every segment
  std::vector<std::pair<Relocatable, MaybeRelocatable>> memory;
  bool integer_address = false;        // memory.bin has a cell at an integer address (invalid)
  nlohmann::json additional_data;      // numbers as strings
  std::string additional_data_text;    // additional_data.json as written
  nlohmann::json execution_resources;  // numbers as strings
  std::string version;                 // version.json's "cairo_pie" ("1.0" without the file)
  std::string metadata_text;           // metadata.json as written
};

/// Reads a PIE zip with the reference's format and validity checks (from_file and
/// run_validity_checks); throws RunnerError with the reference's messages.
CairoPieInput read_cairo_pie(const std::string& zip_bytes);

/// cairo-run's is_compatible_with check of the input PIE against the one the run produced
/// (`ours`, as cairo_pie_members gives it; n_memory_holes and version taken from the input, the
/// pedersen data ignored): nullopt if they agree, else the reference's diff text.
std::optional<std::string> cairo_pie_diff(
    const CairoPieInput& input, const std::vector<std::pair<std::string, std::string>>& ours);

/// JSON text with every number outside strings turned into a string (`marker` followed by the
/// number's text, `marker` written as JSON escapes), so that 252-bit integers survive parsing.
std::string quote_json_numbers(const std::string& text, std::string_view marker = "");

/// The marker for quote_json_numbers that python_json_dumps (output_builtin.hpp) turns back
/// into the number's text.
inline constexpr std::string_view kQuotedNumberMarker = "\\u0001";

}  // namespace cairovm
