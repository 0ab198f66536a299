// Segmented, write-once VM memory with temporary segments and relocation rules.
#pragma once

#include "cairovm/export.hpp"

#include <climits>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cairovm/relocatable.hpp"
#include "cairovm/reserved_array.hpp"

CAIROVM_API_BEGIN
namespace cairovm {

class Memory;

/// Rules a builtin attaches to its segment: validation of written values and deduction of
/// unknown cells. Called only for cells of that segment, so the plain step loop pays nothing.
class SegmentHooks {
 public:
  /// What the step loop may assume about the rules without calling them (read once, when they
  /// are attached): whether deduce() ever gives a value, and what validate() checks.
  struct Traits {
    enum class Check : std::uint8_t {
      kAny,      // anything: the step loop leaves writes to validate()
      kNothing,  // validate() accepts every value
      kBits,     // validate() accepts field elements of at most `bits` bits
    };
    bool deduces = true;
    Check check = Check::kAny;
    unsigned bits = 0;
  };

  virtual ~SegmentHooks() = default;
  /// Rules that override validate() or deduce() say here what they do (the default assumes
  /// anything).
  virtual Traits traits() const { return {}; }
  /// Called once for each new cell written in the segment; throws VmError to reject it.
  virtual void validate(const Memory& memory, Relocatable address) const = 0;
  /// The value deduced for an unknown cell of the segment, if the rule applies to it.
  virtual std::optional<MaybeRelocatable> deduce(const Memory& memory,
                                                 Relocatable address) const = 0;
};

/// The VM's memory: write-once cells in segments (program, execution, builtins, user segments)
/// and temporary segments, read by address; relocated to one address space at the end of a run.
/// Each runner owns one. Not thread-safe: read it from the thread that runs the runner (or while
/// no run is in progress). Inconsistent writes and invalid addresses throw VmError.
class Memory {
 public:
  Relocatable add_segment();
  /// Temporary segments have indices -1, -2, ...; they must be relocated (by a relocation rule)
  /// into real segments before the end of the run.
  Relocatable add_temp_segment();
  std::int64_t num_segments() const noexcept { return static_cast<std::int64_t>(num_segments_); }
  std::int64_t num_temp_segments() const noexcept {
    return static_cast<std::int64_t>(temp_segments_.size());
  }

  /// The value at `address`, with relocation rules applied to it, or nullopt if unknown.
  [[gnu::always_inline]] std::optional<MaybeRelocatable> get(Relocatable address) const noexcept {
    const Cell* cell = find(address);
    if (cell == nullptr) return std::nullopt;
    MaybeRelocatable value = cell->value();
    if (!relocation_rules_.empty() && value.is_relocatable() && value.relocatable().segment < 0) {
      return relocate_value(value);
    }
    return value;
  }
  bool is_known(Relocatable address) const noexcept { return find(address) != nullptr; }
  /// The step loop's read: like get(), without building an optional.
  [[gnu::always_inline]] bool read(Relocatable address, MaybeRelocatable& out) const noexcept {
    const Cell* cell = find(address);
    if (cell == nullptr) return false;
    out = cell->value();
    if (!relocation_rules_.empty() && out.is_relocatable() && out.relocatable().segment < 0) {
      out = relocate_value(out);
    }
    return true;
  }

  /// read() for the file writers: the value's words (MaybeRelocatable::words()) without building
  /// a MaybeRelocatable, whose zeroing and copies through the stack cost more than the read.
  [[gnu::always_inline]] bool read_words(Relocatable address, Felt::Limbs& out) const noexcept {
    const Cell* cell = find(address);
    if (cell == nullptr) return false;
    out = cell->words;
    out[3] &= ~Cell::kPresent;
    if (!relocation_rules_.empty()) [[unlikely]] {
      const MaybeRelocatable value = MaybeRelocatable::from_words(out);
      if (value.is_relocatable() && value.relocatable().segment < 0) {
        out = relocate_value(value).words();
      }
    }
    return true;
  }

  /// The presence bit of dense_cell()'s words (word 3; no value uses it).
  static constexpr std::uint64_t kCellPresent = std::uint64_t{1} << 62;

  /// The step loop's cell access: the words of the cell at `address` in the dense part of a
  /// real segment, with kCellPresent set in word 3 when the cell is known; nullptr for a far,
  /// temporary or invalid address, which read() must look up. Only without relocation rules.
  /// (Values are read from the cell in place, not copied through a MaybeRelocatable.)
  [[gnu::always_inline]] Felt::Limbs* dense_cell(Relocatable address) noexcept {
    // A negative (temporary) segment index wraps to a huge unsigned value and fails the check.
    if (static_cast<std::uint64_t>(address.segment) >= num_segments_) return nullptr;
    ReservedArray<Cell>& dense = segments_[static_cast<std::size_t>(address.segment)].dense;
    if (address.offset >= dense.size()) return nullptr;
    return &dense[address.offset].words;
  }
  /// The dense cells of a real segment without rules, as dense_cell() returns them, for the step
  /// loop to keep in registers; none for another segment. They stay where they are until the
  /// segment grows, which no step of the fast path does.
  struct DenseCells {
    Felt::Limbs* cells = nullptr;
    std::uint64_t size = 0;
  };
  DenseCells dense_cells(std::int64_t segment) noexcept {
    static_assert(sizeof(Cell) == sizeof(Felt::Limbs));
    if (static_cast<std::uint64_t>(segment) >= num_segments_) return {};
    Segment& s = segments_[static_cast<std::size_t>(segment)];
    if (s.hooks != nullptr || s.dense.empty()) return {};
    return {&s.dense.data()->words, s.dense.size()};
  }
  /// The dense cells of a real segment, rules or not, for the file writers (words with
  /// kCellPresent set on known cells); empty for another segment.
  std::span<const Felt::Limbs> dense_words(std::int64_t segment) const noexcept {
    if (static_cast<std::uint64_t>(segment) >= num_segments_) return {};
    const Segment& s = segments_[static_cast<std::size_t>(segment)];
    if (s.dense.empty()) return {};
    return {&s.dense.data()->words, s.dense.size()};
  }
  /// Writes `value` into the unknown cell at `address` that dense_cell() returned: as insert()
  /// does, without calling the segment's validate() (the caller has checked the value against the
  /// segment's hook_traits()), and logging the cell through `log`, a cursor into entries claimed
  /// with claim_creations().
  [[gnu::always_inline]] void fill_dense_cell(Relocatable address, Felt::Limbs& cell,
                                              const Felt::Limbs& value,
                                              std::uint64_t*& log) noexcept {
    // Limb by limb: as an array copy, the value (just computed, in registers or in four 8-byte
    // stack slots) went through two 16-byte loads, which stall store forwarding.
    cell[0] = value[0];
    cell[1] = value[1];
    cell[2] = value[2];
    cell[3] = value[3] | kCellPresent;
    ++cell_count_;
    ++segments_[static_cast<std::size_t>(address.segment)].cells;
    *log++ = packed(address);  // a dense cell's address always packs (kMaxDenseCells)
  }
  /// `n` free entries of the creation log, for the step loop to fill (fill_dense_cell) through a
  /// cursor of its own, kept in a register, and hand back to commit_creations(). No other write
  /// may create a cell in between.
  std::uint64_t* claim_creations(std::size_t n) { return creations_.claim(n); }
  void commit_creations(const std::uint64_t* end) noexcept { creations_.commit(end); }

  /// Attaches rules to a segment, real or temporary (the memory does not own them).
  void attach_hooks(std::int64_t segment, const SegmentHooks* hooks);
  [[gnu::always_inline]] const SegmentHooks* hooks(std::int64_t segment) const noexcept {
    const Segment* s = segment_of(segment);
    return s ? s->hooks : nullptr;
  }
  /// The traits of a segment's rules; nullptr when it has none.
  [[gnu::always_inline]] const SegmentHooks::Traits* hook_traits(
      std::int64_t segment) const noexcept {
    const Segment* s = segment_of(segment);
    return s && s->hooks ? &s->hook_traits : nullptr;
  }
  /// Runs the segment's deduction rule for an unknown cell; stores and returns the value.
  std::optional<MaybeRelocatable> deduce(Relocatable address) {
    const Segment* s = segment_of(address.segment);
    if (s == nullptr || s->hooks == nullptr) return std::nullopt;
    auto value = s->hooks->deduce(*this, address);
    if (value) insert(address, *value);
    return value;
  }

  /// Writes `value` at `address`; writing a different value to a known cell throws the
  /// reference's "Inconsistent memory assignment" VmError. A new cell goes in the creation log.
  [[gnu::always_inline]] void insert(Relocatable address, const MaybeRelocatable& value) {
    insert_cell<true>(address, value);
  }

  /// Every cell created so far, in the order of creation: the order of cairo-run's memory file
  /// (its memory is a Python dict, in insertion order). Recorded as the cells are written, an
  /// entry of 8 bytes per cell, because finding the order again afterwards from the trace cost
  /// more than the step that wrote the cell. An entry is the address packed as
  /// (segment << 32 | offset), or kWideCreation for an address that does not fit, kept apart
  /// (created_address() unpacks both). relocate_memory() rewrites the entries of relocated
  /// temporary cells in place, as cairo-run's relocation keeps each key's position.
  std::span<const std::uint64_t> creations() const noexcept {
    return {creations_.data(), creations_.size()};
  }
  static constexpr std::uint64_t kWideCreation = ~std::uint64_t{0};
  [[gnu::always_inline]] static Relocatable unpacked_creation(std::uint64_t entry) noexcept {
    return {static_cast<std::int32_t>(static_cast<std::uint32_t>(entry >> 32)),
            entry & 0xFFFFFFFFu};
  }
  /// The address of creations()[i].
  Relocatable created_address(std::size_t i) const {
    const std::uint64_t entry = creations_[i];
    if (entry != kWideCreation) [[likely]]
      return unpacked_creation(entry);
    return wide_creations_.at(i);
  }
  /// The size of the dense part of a segment (offsets below it are in a flat array).
  std::uint64_t dense_size(std::int64_t segment) const noexcept {
    const Segment* s = segment_of(segment);
    return s ? s->dense.size() : 0;
  }

  /// False while no cell can hold a pointer outside the real segments (a temporary one, or one
  /// past the last): every write of a pointer that was not into a real segment at the time sets
  /// it (segments are never removed), and the step loop's writes copy or offset pointers already
  /// in memory or in the registers, which it notes on entry (note_pointer). verify_secure_run
  /// skips its pointer check over every cell while this is false.
  bool may_hold_foreign_pointers() const noexcept { return foreign_pointers_; }
  [[gnu::always_inline]] void note_pointer(Relocatable pointer) noexcept {
    // A negative (temporary) segment index wraps to a huge unsigned value.
    if (static_cast<std::uint64_t>(pointer.segment) >= num_segments_) foreign_pointers_ = true;
  }

  /// Relocates the temporary segment `src` (offset 0) to `dst` at the end of the run.
  void add_relocation_rule(Relocatable src, Relocatable dst);
  bool has_relocation_rules() const noexcept { return !relocation_rules_.empty(); }
  /// Applies the relocation rules to values read from a temporary segment.
  MaybeRelocatable relocate_value(const MaybeRelocatable& value) const;
  /// Moves the cells of relocated temporary segments into their real segments, rewrites values
  /// that point into them, and clears the rules.
  void relocate_memory();

  /// What segments.finalize() (from a hint) fixed for a segment: its size for relocation, and
  /// its public cells as (offset, page). The reference keeps them in its MemorySegmentManager.
  struct Finalization {
    std::optional<std::uint64_t> size;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> public_memory;
  };
  /// As the reference's finalize(): a given size replaces the earlier one; the public cells are
  /// always replaced.
  void finalize_segment(std::int64_t segment, std::optional<std::uint64_t> size,
                        std::vector<std::pair<std::uint64_t, std::uint64_t>> public_memory);
  const std::map<std::int64_t, Finalization>& finalized_segments() const noexcept {
    return finalized_;
  }

  /// Highest written offset + 1 of a segment (0 when empty).
  std::uint64_t used_size(std::int64_t segment) const;
  /// Number of known cells of the real segments (not of temporary ones).
  std::uint64_t cells_in_real_segments() const noexcept {
    std::uint64_t cells = 0;
    for (const Segment& segment : segments_) cells += segment.cells;
    return cells;
  }
  /// Number of known cells (the reference's len(memory)).
  std::uint64_t cell_count() const noexcept { return cell_count_; }

  /// Calls f(Relocatable, MaybeRelocatable) for every known cell of the real segments, in
  /// segment then offset order.
  template <typename F>
  void for_each_cell(F&& f) const {
    for (std::size_t s = 0; s < segments_.size(); ++s)
      for_each_cell_in(static_cast<std::int64_t>(s), f);
  }

  /// The number of known cells of a real segment.
  std::uint64_t cells_in(std::int64_t segment) const noexcept {
    const Segment* s = segment >= 0 ? segment_of(segment) : nullptr;
    return s != nullptr ? s->cells : 0;
  }
  /// Calls f(Relocatable, MaybeRelocatable) for every known cell of a real segment's sparse part
  /// (the cells beyond dense_words()), in offset order.
  template <typename F>
  void for_each_sparse_cell_in(std::int64_t index, F&& f) const {
    if (index < 0 || static_cast<std::size_t>(index) >= segments_.size()) return;
    const Segment& segment = segments_[static_cast<std::size_t>(index)];
    for (const auto& [offset, cell] : segment.sparse) f(Relocatable{index, offset}, cell.value());
  }

  /// for_each_cell restricted to one real segment (none for an unknown one): a builtin's checks
  /// walk its own segment instead of the whole memory once per builtin.
  template <typename F>
  void for_each_cell_in(std::int64_t index, F&& f) const {
    if (index < 0 || static_cast<std::size_t>(index) >= segments_.size()) return;
    const Segment& segment = segments_[static_cast<std::size_t>(index)];
    for (std::size_t i = 0; i < segment.dense.size(); ++i) {
      if (segment.dense[i].present()) f(Relocatable{index, i}, segment.dense[i].value());
    }
    for (const auto& [offset, cell] : segment.sparse) f(Relocatable{index, offset}, cell.value());
  }

 private:
  // A stored value plus a presence flag in a bit no value uses (field elements are < 2^252).
  struct Cell {
    static constexpr std::uint64_t kPresent = kCellPresent;
    Felt::Limbs words{};
    static Cell holding(const MaybeRelocatable& value) noexcept {
      Cell cell;
#if defined(__SSE2__)
      // The presence bit set by a vector OR, as value() clears it: the cell is then copied into
      // place in 16-byte halves, which a narrower store of word 3 would stall.
      const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(value.words().data()));
      const __m128i high =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(value.words().data() + 2));
      const __m128i present = _mm_set_epi64x(static_cast<long long>(kPresent), 0);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(cell.words.data()), low);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(cell.words.data() + 2),
                       _mm_or_si128(high, present));
#else
      cell.words = value.words();
      cell.words[3] |= kPresent;
#endif
      return cell;
    }
    bool present() const noexcept {
      return (words[3] & kPresent) != 0;
    }
    MaybeRelocatable value() const noexcept {
#if defined(__SSE2__)
      // In two 16-byte halves, the presence bit cleared in the high one by a vector AND: values
      // are copied on in 16-byte moves, and a 16-byte load cannot take its data from the narrower
      // store of a cleared word 3 (a store-forwarding stall on every read of a cell).
      Felt::Limbs w;
      const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(words.data()));
      const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i*>(words.data() + 2));
      const __m128i keep = _mm_set_epi64x(static_cast<long long>(~kPresent), -1);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(w.data()), low);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(w.data() + 2), _mm_and_si128(high, keep));
#else
      Felt::Limbs w = words;
      w[3] &= ~kPresent;
#endif
      return MaybeRelocatable::from_words(w);
    }
  };

  // Cells near the start live in a dense vector; a far write goes to an ordered map instead, so
  // that writing at offset 2^40 does not allocate 2^40 cells.
  struct Segment {
    ReservedArray<Cell> dense;
    std::map<std::uint64_t, Cell> sparse;
    const SegmentHooks* hooks = nullptr;
    SegmentHooks::Traits hook_traits;  // hooks->traits(), kept here for the step loop
    std::uint64_t cells = 0;           // present cells, dense and sparse
  };

  [[gnu::always_inline]] const Segment* segment_of(std::int64_t index) const noexcept {
    if (index >= 0) {
      return static_cast<std::uint64_t>(index) < num_segments_ ? &segments_[index] : nullptr;
    }
    const auto temp = static_cast<std::uint64_t>(-(index + 1));
    return temp < temp_segments_.size() ? &temp_segments_[temp] : nullptr;
  }
  Segment* segment_of(std::int64_t index) noexcept {
    return const_cast<Segment*>(std::as_const(*this).segment_of(index));
  }

  [[gnu::always_inline]] const Cell* find(Relocatable address) const noexcept {
    const Segment* segment = segment_of(address.segment);
    if (segment == nullptr) return nullptr;
    if (address.offset < segment->dense.size()) {
      const Cell& cell = segment->dense[address.offset];
      return cell.present() ? &cell : nullptr;
    }
    if (segment->sparse.empty()) return nullptr;
    auto it = segment->sparse.find(address.offset);
    return it == segment->sparse.end() ? nullptr : &it->second;
  }

  // Dense parts stay below 2^32 - 1 cells and segments below 2^31, so that the step loop can
  // pack the address of any dense cell into an entry of the creation log without a check.
  static constexpr std::uint64_t kMaxDenseCells = 0xFFFFFFFFu;
  static constexpr std::uint64_t kMaxSegments = INT32_MAX;
  // An entry of the creation log; kWideCreation for an address that does not pack.
  [[gnu::always_inline]] static bool packs(Relocatable address) noexcept {
    return address.offset < 0xFFFFFFFFu && address.segment >= INT32_MIN &&
           address.segment <= INT32_MAX;
  }
  [[gnu::always_inline]] static std::uint64_t packed(Relocatable address) noexcept {
    return static_cast<std::uint64_t>(static_cast<std::uint32_t>(address.segment)) << 32 |
           address.offset;
  }
  [[gnu::always_inline]] void log_creation(Relocatable address) {
    if (packs(address)) [[likely]] {
      creations_.push_back(packed(address));
      return;
    }
    log_wide_creation(address);
  }
  void log_wide_creation(Relocatable address);

  // kLogged: whether a new cell goes in the creation log (not when relocation moves a cell that
  // is there already).
  template <bool kLogged>
  [[gnu::always_inline]] void insert_cell(Relocatable address, const MaybeRelocatable& value) {
    if (value.is_relocatable()) note_pointer(value.relocatable());
    Segment* segment = segment_of(address.segment);
    if (segment != nullptr && address.offset < segment->dense.size()) {
      Cell& cell = segment->dense[address.offset];
      if (!cell.present()) {
        if constexpr (kLogged) log_creation(address);
        cell = Cell::holding(value);
        ++cell_count_;
        ++segment->cells;
        if (segment->hooks != nullptr) segment->hooks->validate(*this, address);
        return;
      }
      insert_slow(address, value, &cell, kLogged);
      return;
    }
    insert_slow(address, value, nullptr, kLogged);
  }
  void insert_slow(Relocatable address, const MaybeRelocatable& value, Cell* cell, bool logged);

  std::vector<Segment> segments_;
  std::uint64_t num_segments_ = 0;  // segments_.size(), kept apart to spare a division per read
  bool foreign_pointers_ = false;   // may_hold_foreign_pointers()
  std::vector<Segment> temp_segments_;
  std::map<std::int64_t, Relocatable> relocation_rules_;
  std::map<std::int64_t, Finalization> finalized_;
  std::uint64_t cell_count_ = 0;
  // Grows in place (ReservedArray): a vector's reallocations copied the whole log, often.
  ReservedArray<std::uint64_t> creations_;
  std::map<std::size_t, Relocatable> wide_creations_;  // by position in creations_
};

}  // namespace cairovm
CAIROVM_API_END
