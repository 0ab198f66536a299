// A growable array of trivially copyable values that, once large, grows in place inside a big
// virtual-memory reservation: no copying on growth, new elements are zero pages from the kernel
// (no memset), and transparent huge pages cut the number of first-touch page faults, which cost
// more than the VM's own work in a naive step loop.
#pragma once

#include <cstddef>
#include <algorithm>
#include <cstring>
#include <new>
#include <type_traits>
#include <vector>

namespace cairovm {

namespace detail {
/// Reserves `bytes` of address space (committed lazily); nullptr if the system refuses.
void* reserve_address_space(std::size_t bytes) noexcept;
void release_address_space(void* base, std::size_t bytes) noexcept;
/// Pre-faults [base, base + bytes) in one system call (best effort).
void populate(void* base, std::size_t bytes) noexcept;
}  // namespace detail

/// Elements are value-initialised (all-zero bytes must be a valid "empty" element).
template <typename T>
class ReservedArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  ReservedArray() = default;
  ReservedArray(const ReservedArray&) = delete;
  ReservedArray& operator=(const ReservedArray&) = delete;
  ReservedArray(ReservedArray&& other) noexcept { *this = std::move(other); }
  ReservedArray& operator=(ReservedArray&& other) noexcept {
    if (this != &other) {
      release();
      small_ = std::move(other.small_);
      mapped_ = other.mapped_;
      size_ = other.size_;
      other.mapped_ = nullptr;
      other.size_ = 0;
      other.small_.clear();
    }
    return *this;
  }
  ~ReservedArray() { release(); }

  std::size_t size() const noexcept { return mapped_ ? size_ : small_.size(); }
  bool empty() const noexcept { return size() == 0; }
  T* data() noexcept { return mapped_ ? mapped_ : small_.data(); }
  const T* data() const noexcept { return mapped_ ? mapped_ : small_.data(); }
  T& operator[](std::size_t i) noexcept { return data()[i]; }
  const T& operator[](std::size_t i) const noexcept { return data()[i]; }
  T* begin() noexcept { return data(); }
  T* end() noexcept { return data() + size(); }
  const T* begin() const noexcept { return data(); }
  const T* end() const noexcept { return data() + size(); }

  /// Grows (new elements zero) or shrinks to `n` elements. Throws std::bad_alloc beyond the
  /// reservation.
  void resize(std::size_t n) {
    if (mapped_) {
      if (n > kReservedElements) throw std::bad_alloc();
      if (n * sizeof(T) > populated_bytes_) populate_up_to(n * sizeof(T));
      for (std::size_t i = n; i < size_; ++i) mapped_[i] = T{};  // shrinking: rare
      size_ = n;
      return;
    }
    if (n > kSmallLimit && switch_to_reservation(n)) return;
    small_.resize(n);
  }
  void push_back(const T& value) {
    const std::size_t n = size();
    if (mapped_ && (n + 1) * sizeof(T) <= populated_bytes_) {
      mapped_[n] = value;
      ++size_;
      return;
    }
    resize(n + 1);
    data()[n] = value;
  }
  void clear() noexcept {
    release();
    small_.clear();
  }

 private:
  static constexpr std::size_t kSmallLimit = (std::size_t{1} << 16) / sizeof(T) * 16;
  static constexpr std::size_t kReservedBytes = std::size_t{1} << 37;  // 128 GiB of address space
  static constexpr std::size_t kReservedElements = kReservedBytes / sizeof(T);

  bool switch_to_reservation(std::size_t n) {
    if (n > kReservedElements) throw std::bad_alloc();
    void* base = detail::reserve_address_space(kReservedBytes);
    if (base == nullptr) return false;  // fall back to the heap
    mapped_ = static_cast<T*>(base);
    size_ = 0;
    populate_up_to(std::max(n, small_.size()) * sizeof(T));
    if (!small_.empty()) {
      std::memcpy(static_cast<void*>(mapped_), small_.data(), small_.size() * sizeof(T));
    }
    std::vector<T>().swap(small_);
    size_ = n;
    return true;
  }
  void release() noexcept {
    if (mapped_) detail::release_address_space(mapped_, kReservedBytes);
    mapped_ = nullptr;
    size_ = 0;
    populated_bytes_ = 0;
  }
  // Faulting pages in one at a time costs more than the VM's work; populate ahead in chunks that
  // grow with the array (bounded, so that the excess stays small).
  void populate_up_to(std::size_t needed_bytes) noexcept {
    constexpr std::size_t kChunk = std::size_t{2} << 20;
    std::size_t target = populated_bytes_ + std::min<std::size_t>(std::max(populated_bytes_, kChunk),
                                                                   std::size_t{64} << 20);
    if (target < needed_bytes) target = needed_bytes;
    target = (target + kChunk - 1) / kChunk * kChunk;
    if (target > kReservedBytes) target = kReservedBytes;
    detail::populate(reinterpret_cast<char*>(mapped_) + populated_bytes_, target - populated_bytes_);
    populated_bytes_ = target;
  }

  std::vector<T> small_;
  T* mapped_ = nullptr;
  std::size_t size_ = 0;
  std::size_t populated_bytes_ = 0;
};

}  // namespace cairovm
