// Binary output collected in a large buffer and handed to a stream in chunks, for the trace and
// memory files.
#pragma once

#include <algorithm>
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

  void put_u64(std::uint64_t value) {
    static_assert(std::endian::native == std::endian::little, "the file formats are little-endian");
    reserve(sizeof value);
    std::memcpy(buffer_.data() + used_, &value, sizeof value);
    used_ += sizeof value;
  }

  /// The 32 little-endian bytes of a field element (its limbs, least significant first).
  void put_felt(const Felt& value) {
    const Felt::Limbs& limbs = value.limbs();
    reserve(sizeof limbs);
    std::memcpy(buffer_.data() + used_, limbs.data(), sizeof limbs);
    used_ += sizeof limbs;
  }

  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  static constexpr std::size_t kCapacity = std::size_t{1} << 20;
  static constexpr std::size_t kMinCapacity = 64;  // at least one word of either kind

  void reserve(std::size_t bytes) {
    if (used_ + bytes > buffer_.size()) flush();
  }

  std::ostream& out_;
  std::vector<char> buffer_;
  std::size_t used_ = 0;
};

}  // namespace cairovm
