#include "output_builtin.hpp"

#include <algorithm>

#include "cairovm/errors.hpp"

namespace cairovm {

namespace {

[[noreturn]] void fail(const std::string& message) {
  throw RunnerError(message);
}

std::string json_string(const std::string& text) {
  return nlohmann::ordered_json(text).dump(-1, ' ', /*ensure_ascii=*/true);
}

// A number of a quote_json_numbers text: an integer in 0 < x < 2^30, as the page fields must be.
std::optional<std::uint64_t> page_field(const nlohmann::json& value) {
  if (!value.is_string()) return std::nullopt;
  const std::string text = value.get<std::string>();
  if (text.empty() || text.size() > 10 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const std::uint64_t x = std::stoull(text);
  if (x == 0 || x >= (std::uint64_t{1} << 30)) return std::nullopt;
  return x;
}

}  // namespace

std::string python_json_dumps(const nlohmann::ordered_json& value) {
  if (value.is_object()) {
    std::string text = "{";
    for (const auto& [key, item] : value.items()) {
      if (text.size() > 1) text += ", ";
      text += json_string(key) + ": " + python_json_dumps(item);
    }
    return text + "}";
  }
  if (value.is_array()) {
    std::string text = "[";
    for (const auto& item : value) {
      if (text.size() > 1) text += ", ";
      text += python_json_dumps(item);
    }
    return text + "]";
  }
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_null()) return "null";
  // A number kept as its text by quote_json_numbers with kQuotedNumberMarker.
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    if (!text.empty() && text.front() == '\x01') return text.substr(1);
  }
  return value.dump(-1, ' ', /*ensure_ascii=*/true);
}

void OutputBuiltinRunner::add_page(std::uint64_t page_id, Relocatable page_start,
                                   std::uint64_t page_size) {
  if (pages_.contains(page_id)) {
    throw VmError("Page " + std::to_string(page_id) + " was already assigned.");
  }
  if (page_start.segment != base_.segment) {
    throw VmError("page_start must be in the output segment.");
  }
  pages_[page_id] = Page{page_start.offset - base_.offset, page_size};
}

void OutputBuiltinRunner::set_state(Relocatable base, std::map<std::uint64_t, Page> pages,
                                    std::vector<std::pair<std::string, std::string>> attributes) {
  base_ = base;
  pages_ = std::move(pages);
  attributes_ = std::move(attributes);
}

void OutputBuiltinRunner::add_attribute(const std::string& name, std::string json_text) {
  for (auto& [key, text] : attributes_) {
    if (key == name) {
      text = std::move(json_text);
      return;
    }
  }
  attributes_.emplace_back(name, std::move(json_text));
}

std::vector<std::pair<std::uint64_t, std::uint64_t>> OutputBuiltinRunner::public_memory(
    std::uint64_t size) const {
  std::map<std::uint64_t, std::uint64_t> offset_to_page;
  // The reference walks its pages in the order they were added; a map walks them by id. Only
  // which error comes first could differ.
  for (const auto& [page_id, page] : pages_) {
    if (page.start + page.size > size)
      fail("Page " + std::to_string(page_id) + " is out of bounds.");
    for (std::uint64_t i = page.start; i < page.start + page.size; ++i) {
      const auto [it, inserted] = offset_to_page.emplace(i, page_id);
      if (!inserted && it->second != page_id) {
        fail("Offset " + std::to_string(i) + " was already assigned a page.");
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
  std::string pages;
  for (const auto& [page_id, page] : pages_) {
    if (!pages.empty()) pages += ", ";
    pages += "\"" + std::to_string(page_id) + "\": [" + std::to_string(page.start) + ", " +
             std::to_string(page.size) + "]";
  }
  std::string attributes;
  for (const auto& [name, text] : attributes_) {
    if (!attributes.empty()) attributes += ", ";
    attributes += json_string(name) + ": " + text;
  }
  return "{\"pages\": {" + pages + "}, \"attributes\": {" + attributes + "}}";
}

void OutputBuiltinRunner::extend_additional_data(const nlohmann::json& data,
                                                 const nlohmann::ordered_json& ordered) {
  if (!data.is_object() || data.size() != 2 || !data.contains("attributes") ||
      !data.contains("pages")) {
    fail("Invalid output builtin data.");
  }
  const auto& pages = data.at("pages");
  if (!pages.is_object()) fail("Invalid output builtin pages field.");
  // The reference adds the pages in the file's order; the ids are keys, so the order does not
  // matter for the map.
  for (const auto& [page_id, values] : pages.items()) {
    if (!values.is_array() || values.size() != 2) fail("Invalid output builtin pages field.");
    const auto start = page_field(values[0]);
    const auto size = page_field(values[1]);
    if (!start || !size) fail("Invalid output builtin pages field.");
    pages_[std::stoull(page_id)] = Page{*start, *size};
  }
  if (!data.at("attributes").is_object()) fail("Invalid output builtin attributes field.");
  for (const auto& [name, value] : ordered.at("attributes").items()) {
    add_attribute(name, python_json_dumps(value));
  }
}

}  // namespace cairovm
