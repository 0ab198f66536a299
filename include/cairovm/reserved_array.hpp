// A growable array of trivially copyable values that, once large, grows in place inside a big
// virtual-memory reservation: no copying on growth, new elements are zero pages from the kernel
// (no memset), and pages are pre-faulted in chunks, because faulting them in one at a time costs
// more than the VM's own work in a step loop; huge pages where the system offers them.
#pragma once

#include "cairovm/export.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

CAIROVM_API_BEGIN
namespace cairovm {

namespace detail {
/// Reserves `bytes` of address space (committed lazily); nullptr if the system refuses.
void* reserve_address_space(std::size_t bytes) noexcept;
void release_address_space(void* base, std::size_t bytes) noexcept;
/// Pre-faults [base, base + bytes) in one system call (best effort).
void populate(void* base, std::size_t bytes) noexcept;
}  // namespace detail

/// Elements are value-initialised (all-zero bytes must be a valid "empty" element).
/// Move-only; not thread-safe (one owner, as the VM's memory and trace). Throws std::bad_alloc
/// when memory runs out.
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
      heap_ = std::move(other.heap_);
      mapped_ = std::exchange(other.mapped_, nullptr);
      data_ = std::exchange(other.data_, nullptr);
      size_ = std::exchange(other.size_, 0);
      capacity_ = std::exchange(other.capacity_, 0);
      reserved_bytes_ = other.reserved_bytes_;
      reservation_failed_ = other.reservation_failed_;
      other.heap_.clear();
    }
    return *this;
  }
  ~ReservedArray() { release(); }

  // Size and data are plain members so that the hot path is two loads.
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  T* data() noexcept { return data_; }
  const T* data() const noexcept { return data_; }
  T& operator[](std::size_t i) noexcept { return data_[i]; }
  const T& operator[](std::size_t i) const noexcept { return data_[i]; }
  T* begin() noexcept { return data_; }
  T* end() noexcept { return data_ + size_; }
  const T* begin() const noexcept { return data_; }
  const T* end() const noexcept { return data_ + size_; }

  /// Grows (new elements zero) or shrinks to `n` elements. Throws std::bad_alloc beyond the
  /// reservation.
  void resize(std::size_t n) {
    if (n <= capacity_) {
      if (n < size_) std::fill(data_ + n, data_ + size_, T{});  // shrinking: rare
      size_ = n;
      return;
    }
    grow(n);
  }
  [[gnu::always_inline]] void push_back(const T& value) {
    if (size_ < capacity_) [[likely]] {
      data_[size_++] = value;
      return;
    }
    push_back_growing(value);
  }
  /// Appends a zero element and returns it, for the caller to fill field by field: building a
  /// value first and copying it in costs a store-forwarding stall when its fields are narrower
  /// than the copy's loads.
  [[gnu::always_inline]] T& append_zeroed() {
    if (size_ < capacity_) [[likely]]
      return data_[size_++];
    return append_zeroed_growing();
  }
  /// Room for `n` more elements past the end, size() unchanged: for a caller that fills them
  /// through the returned pointer, then hands the end of what it filled to commit(). Growing in
  /// between (push_back, another claim) may move the elements.
  T* claim(std::size_t n) {
    if (capacity_ - size_ < n) {
      const std::size_t n_before = size_;
      grow(size_ + n);
      size_ = n_before;
    }
    return data_ + size_;
  }
  /// Ends a claim: `end` is the end of the elements filled.
  void commit(const T* end) noexcept { size_ = static_cast<std::size_t>(end - data_); }
  void clear() noexcept {
    release();
    heap_.clear();
    data_ = nullptr;
  }

 private:
  static constexpr std::size_t kSmallLimit = (std::size_t{1} << 20) / sizeof(T);
  // 128 GiB of address space; where the system refuses that much (a ulimit -v, valgrind), 4 GiB.
  static constexpr std::size_t kReservedBytesWanted = std::size_t{1} << 37;
  static constexpr std::size_t kReservedBytesFallback = std::size_t{1} << 32;
  static constexpr std::size_t kChunkBytes = std::size_t{2} << 20;

  [[gnu::noinline]] void push_back_growing(const T& value) {
    const std::size_t n = size_;
    grow(n + 1);
    data_[n] = value;
  }

  [[gnu::noinline]] T& append_zeroed_growing() {
    const std::size_t n = size_;
    grow(n + 1);
    return data_[n];
  }

  // Invariant: every element from size_ to capacity_ is zero, so growing within the capacity
  // only moves size_. While small, the heap vector holds capacity_ elements.
  void grow(std::size_t n) {
    if (mapped_) {
      if (n > reserved_bytes_ / sizeof(T)) throw std::bad_alloc();
      populate_up_to(n * sizeof(T));
      size_ = n;
      return;
    }
    if (n > kSmallLimit && !reservation_failed_ && switch_to_reservation(n)) return;
    heap_.resize(std::max({n, 2 * heap_.size(), std::size_t{16}}));
    data_ = heap_.data();
    capacity_ = heap_.size();
    size_ = n;
  }

  bool switch_to_reservation(std::size_t n) {
    if (n > kReservedBytesWanted / sizeof(T)) throw std::bad_alloc();
    reserved_bytes_ = kReservedBytesWanted;
    void* base = detail::reserve_address_space(reserved_bytes_);
    if (base == nullptr && n <= kReservedBytesFallback / sizeof(T)) {
      reserved_bytes_ = kReservedBytesFallback;
      base = detail::reserve_address_space(reserved_bytes_);
    }
    if (base == nullptr) {  // fall back to the heap, and do not ask again
      reservation_failed_ = true;
      return false;
    }
    mapped_ = static_cast<T*>(base);
    data_ = mapped_;
    capacity_ = 0;
    populate_up_to(n * sizeof(T));
    if (size_ > 0) std::memcpy(static_cast<void*>(mapped_), heap_.data(), size_ * sizeof(T));
    std::vector<T>().swap(heap_);
    size_ = n;
    return true;
  }

  // Pre-fault ahead in chunks that grow with the array (bounded, so the excess stays small).
  void populate_up_to(std::size_t needed_bytes) noexcept {
    const std::size_t populated = capacity_ * sizeof(T);
    std::size_t target =
        populated + std::min<std::size_t>(std::max(populated, kChunkBytes), std::size_t{64} << 20);
    target = std::max(target, needed_bytes);
    target = std::min((target + kChunkBytes - 1) / kChunkBytes * kChunkBytes, reserved_bytes_);
    detail::populate(reinterpret_cast<char*>(mapped_) + populated, target - populated);
    capacity_ = target / sizeof(T);
  }

  void release() noexcept {
    if (mapped_) detail::release_address_space(mapped_, reserved_bytes_);
    mapped_ = nullptr;
    data_ = nullptr;
    size_ = 0;
    capacity_ = 0;
  }

  std::vector<T> heap_;  // storage while small (or when no reservation can be had)
  T* mapped_ = nullptr;  // the reservation, once large
  T* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;  // elements usable without growing (populated, or heap capacity)
  std::size_t reserved_bytes_ = 0;
  bool reservation_failed_ = false;
};

}  // namespace cairovm
CAIROVM_API_END
