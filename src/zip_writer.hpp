// A minimal zip archive writer: deflated members, fixed 1980-01-01 timestamps, as Python's
// zipfile writes them (the form cairo-run's Cairo PIE reader accepts).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace cairovm {

/// The bytes of a zip archive holding `files` (name, contents) in order, each deflated.
std::string deflated_zip(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace cairovm
