// The output builtin's pages and attributes, which hints add (the reference's
// OutputBuiltinRunner.add_page / add_attribute) and proof mode and the Cairo PIE read.
#include <algorithm>

#include "builtin_runner.hpp"
#include "cairovm/errors.hpp"

namespace cairovm {

void OutputBuiltinRunner::add_page(std::uint64_t page_id, Relocatable page_start,
                                   std::uint64_t page_size) {
  if (pages_.contains(page_id)) {
    throw VmError("Page " + std::to_string(page_id) + " was already assigned.", "AssertionError");
  }
  if (page_start.segment != base().segment) {
    throw VmError("page_start must be in the output segment.", "AssertionError");
  }
  pages_[page_id] = Page{page_start.offset - base().offset, page_size};
}

void OutputBuiltinRunner::add_attribute(const std::string& name_json, std::string value_json) {
  const auto it = std::find_if(attributes_.begin(), attributes_.end(),
                               [&](const auto& entry) { return entry.first == name_json; });
  if (it != attributes_.end()) {
    it->second = std::move(value_json);
  } else {
    attributes_.emplace_back(name_json, std::move(value_json));
  }
}

std::vector<std::pair<std::uint64_t, std::uint64_t>> OutputBuiltinRunner::public_memory(
    std::uint64_t size) const {
  std::map<std::uint64_t, std::uint64_t> offset_to_page;
  for (const auto& [page_id, page] : pages_) {
    if (page.start + page.size > size) {
      throw RunnerError("Page " + std::to_string(page_id) + " is out of bounds.");
    }
    for (std::uint64_t i = page.start; i < page.start + page.size; ++i) {
      if (offset_to_page.try_emplace(i, page_id).first->second != page_id) {
        throw RunnerError("Offset " + std::to_string(i) + " was already assigned a page.");
      }
    }
  }
  std::vector<std::pair<std::uint64_t, std::uint64_t>> cells;
  cells.reserve(size);
  for (std::uint64_t i = 0; i < size; ++i) {
    const auto it = offset_to_page.find(i);
    cells.emplace_back(i, it == offset_to_page.end() ? 0 : it->second);
  }
  return cells;
}

std::string OutputBuiltinRunner::additional_data_json() const {
  std::string pages = "{";
  for (const auto& [page_id, page] : pages_) {
    if (pages.size() > 1) pages += ", ";
    pages += "\"" + std::to_string(page_id) + "\": [" + std::to_string(page.start) + ", " +
             std::to_string(page.size) + "]";
  }
  std::string attributes = "{";
  for (const auto& [name, value] : attributes_) {
    if (attributes.size() > 1) attributes += ", ";
    attributes += name + ": " + value;
  }
  return "{\"pages\": " + pages + "}, \"attributes\": " + attributes + "}}";
}

}  // namespace cairovm
