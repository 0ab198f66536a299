// Reads the members of a zip archive (stored or deflated), for Cairo PIE input.
#pragma once

#include <string>
#include <vector>

namespace cairovm {

struct ZipMember {
  std::string name;
  std::uint16_t method = 0;  // 0 stored, 8 deflated
  std::string contents;
};

/// The members of the archive, in central-directory order. Throws RunnerError for a malformed
/// archive or an unsupported compression method.
std::vector<ZipMember> read_zip(const std::string& archive);

}  // namespace cairovm
