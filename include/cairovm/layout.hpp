// Layouts of the Cairo AIR that cairo-run accepts, and the builtins each one offers.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cairovm {

/// Every builtin, in the order the %builtins directive must follow.
std::span<const std::string_view> all_builtin_names();

struct Layout {
  std::string_view name;
  std::vector<std::string_view> builtins;  // in the layout's order
};

/// The layout with this name, or nullopt for a name cairo-run does not accept.
std::optional<Layout> find_layout(std::string_view name);
/// Names of the layouts cairo-run accepts, in its order.
std::span<const std::string_view> layout_names();

}  // namespace cairovm
