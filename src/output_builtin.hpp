// The output builtin (the reference's OutputBuiltinRunner): one public cell per value, no rules,
// plus what hints may attach to the output: pages (ranges of cells with their own page id in the
// public memory) and attributes (JSON values kept in the Cairo PIE's additional data).
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "builtin_runner.hpp"

namespace cairovm {

class OutputBuiltinRunner final : public BuiltinRunner {
 public:
  struct Page {
    std::uint64_t start = 0;
    std::uint64_t size = 0;
  };

  explicit OutputBuiltinRunner(bool included) : BuiltinRunner("output", included, 1, 1) {}
  void run_security_checks(const Memory&) const override {}
  Traits traits() const override { return {.deduces = false, .check = Traits::Check::kNothing}; }

  /// add_page: cells start.. start + size - 1 of the segment form page `page_id`. Throws
  /// VmError (AssertionError) with the reference's messages.
  void add_page(std::uint64_t page_id, Relocatable page_start, std::uint64_t page_size);
  /// add_attribute: `json_text` is the value as json.dumps writes it. A name added again keeps
  /// its place and takes the new value, as a Python dict does.
  void add_attribute(const std::string& name, std::string json_text);

  const std::map<std::uint64_t, Page>& pages() const noexcept { return pages_; }

  /// set_state / new_state of the hints: the output now starts at `base` (an inner program's
  /// output, say) with these pages and attributes (json.dumps texts, in insertion order).
  void set_state(Relocatable base, std::map<std::uint64_t, Page> pages,
                 std::vector<std::pair<std::string, std::string>> attributes);

  /// The (offset, page id) of the segment's `size` public cells (finalize_segments): page 0
  /// unless a page covers the cell. Throws RunnerError (cairo-run: "Error: " and the message) for a
  /// page out of bounds or overlapping another, as the reference.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> public_memory(std::uint64_t size) const;

  /// get_additional_data as json.dumps writes it: {"pages": {...}, "attributes": {...}}.
  std::string additional_data_json() const;
  /// extend_additional_data with a PIE's "output_builtin" entry: `data` with numbers as strings
  /// (quote_json_numbers), `ordered` the same entry quoted with kQuotedNumberMarker (for the
  /// attributes' text, big integers included).
  /// Throws RunnerError (cairo-run: "Error: " and the message) with the reference's messages.
  void extend_additional_data(const nlohmann::json& data, const nlohmann::ordered_json& ordered);

 private:
  std::map<std::uint64_t, Page> pages_;
  std::vector<std::pair<std::string, std::string>> attributes_;  // in insertion order
};

/// json.dumps(value) with Python's default separators and ensure_ascii; a string starting with
/// U+0001 is a number quoted by quote_json_numbers(text, kQuotedNumberMarker), written back as is.
std::string python_json_dumps(const nlohmann::ordered_json& value);

}  // namespace cairovm
