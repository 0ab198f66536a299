// Binary output collected in a large buffer and handed to a stream in chunks, for the trace and
// memory files.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <vector>

#include "cairovm/felt.hpp"

namespace cairovm {

/// Little-endian words appended to a buffer that goes to `out` whenever it fills and on flush().
/// One ostream::write per megabyte instead of one per word: the stream's per-call work cost more
/// than a third of a short run's instructions when written word by word.
class ByteSink {
 public:
  /// `expected_bytes`: what the whole file will take, when known. A short run's files then do not
  /// pay for zeroing and faulting in a megabyte each.
  explicit ByteSink(std::ostream& out, std::size_t expected_bytes = kCapacity)
      : out_(out), buffer_(std::clamp(expected_bytes, kMinCapacity, kCapacity)) {}
  ByteSink(const ByteSink&) = delete;
  ByteSink& operator=(const ByteSink&) = delete;

  static_assert(std::endian::native == std::endian::little, "the file formats are little-endian");

  /// Room for `bytes` more bytes, to fill through the returned pointer and then commit(): a batch
  /// of records written with a local cursor, whose stores the compiler need not assume may change
  /// the sink (char stores may alias anything).
  char* claim(std::size_t bytes) {
    reserve(bytes);
    if (bytes > buffer_.size()) buffer_.resize(bytes);
    return buffer_.data() + used_;
  }
  void commit(std::size_t bytes) noexcept { used_ += bytes; }

  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  static constexpr std::size_t kCapacity = std::size_t{1} << 20;
  static constexpr std::size_t kMinCapacity = 64;  // room for the largest record

  void reserve(std::size_t bytes) {
    if (used_ + bytes > buffer_.size()) flush();
  }

  std::ostream& out_;
  std::vector<char> buffer_;
  std::size_t used_ = 0;
};

}  // namespace cairovm
