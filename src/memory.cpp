#include "cairovm/memory.hpp"

#include <algorithm>
#include <string>

#include "cairovm/errors.hpp"

namespace cairovm {

namespace {

// The dense part of a segment grows to a written offset only while it stays about half full
// (twice the cells written, plus this slack); a write farther out goes to the sparse map. So the
// memory a program takes follows the cells it writes, whatever their offsets: a hostile program
// that doubles its write offset each step would otherwise commit an exponentially growing array.
constexpr std::uint64_t kDenseSlack = std::uint64_t{1} << 12;

[[noreturn]] void throw_inconsistent(Relocatable address, const MaybeRelocatable& current,
                                     const MaybeRelocatable& value) {
  throw VmError("Inconsistent memory assignment at address " + address.to_string() + ". " +
                    current.to_string() + " != " + value.to_string() + ".",
                "starkware.cairo.lang.vm.memory_dict.InconsistentMemoryError");
}

}  // namespace

Relocatable Memory::add_segment() {
  if (segments_.size() >= kMaxSegments) {
    throw VmError("Cannot add a segment: the memory has " + std::to_string(segments_.size()) +
                  " segments, the most it holds.");
  }
  segments_.emplace_back();
  num_segments_ = segments_.size();
  return {static_cast<std::int64_t>(segments_.size()) - 1, 0};
}

Relocatable Memory::add_temp_segment() {
  temp_segments_.emplace_back();
  return {-static_cast<std::int64_t>(temp_segments_.size()), 0};
}

void Memory::insert_slow(Relocatable address, const MaybeRelocatable& value, Cell* cell,
                         bool logged) {
  if (cell != nullptr) {  // a known dense cell: write-once check
    const MaybeRelocatable current = cell->value();
    if (current != value) throw_inconsistent(address, current, value);
    return;
  }
  Segment* segment = segment_of(address.segment);
  if (segment == nullptr) {
    throw VmError("Cannot write to address " + address.to_string() + ": segment " +
                  std::to_string(address.segment) + " does not exist.");
  }
  if (address.offset > kMaxOffset) {
    throw VmError("The offset of a relocatable value must be nonnegative. Found: " +
                  address.to_string() + ".");
  }
  ReservedArray<Cell>& dense = segment->dense;
  const std::uint64_t dense_limit = 2 * (segment->cells + 1) + kDenseSlack;
  if (address.offset < dense_limit && address.offset < kMaxDenseCells) {
    // Grow ahead so that the next writes at the end take the inline fast path.
    dense.resize(std::max<std::uint64_t>(
        address.offset + 1,
        std::min({dense_limit, dense.size() + dense.size() / 2 + 64, kMaxDenseCells})));
    // Cells written far ahead earlier now belong to the dense part.
    while (!segment->sparse.empty() && segment->sparse.begin()->first < dense.size()) {
      auto node = segment->sparse.extract(segment->sparse.begin());
      dense[node.key()] = node.mapped();
    }
    Cell& slot = dense[address.offset];
    if (slot.present()) {
      const MaybeRelocatable current = slot.value();
      if (current != value) throw_inconsistent(address, current, value);
      return;
    }
    if (logged) log_creation(address);
    slot = Cell::holding(value);
    ++cell_count_;
    ++segment->cells;
    if (segment->hooks != nullptr) segment->hooks->validate(*this, address);
    return;
  }
  auto [it, inserted] = segment->sparse.try_emplace(address.offset, Cell::holding(value));
  if (inserted) {
    if (logged) log_creation(address);
    ++cell_count_;
    ++segment->cells;
    if (segment->hooks != nullptr) segment->hooks->validate(*this, address);
    return;
  }
  const MaybeRelocatable current = it->second.value();
  if (current != value) throw_inconsistent(address, current, value);
}

void Memory::log_wide_creation(Relocatable address) {
  wide_creations_.emplace(creations_.size(), address);
  creations_.push_back(kWideCreation);
}

void Memory::attach_hooks(std::int64_t segment, const SegmentHooks* hooks) {
  Segment* s = segment_of(segment);
  if (s == nullptr)
    throw VmError("Cannot attach rules to segment " + std::to_string(segment) + ".");
  s->hooks = hooks;
  s->hook_traits = hooks != nullptr ? hooks->traits() : SegmentHooks::Traits{};
}

void Memory::add_relocation_rule(Relocatable src, Relocatable dst) {
  if (src.segment >= 0) {
    throw VmError("src_ptr.segment_index must be < 0, src_ptr=" + src.to_string() + ".");
  }
  if (src.offset != 0) {
    throw VmError("src_ptr.offset must be 0, src_ptr=" + src.to_string() + ".");
  }
  if (!relocation_rules_.try_emplace(src.segment, dst).second) {
    throw VmError("The segment with index " + std::to_string(src.segment) +
                  " already has a relocation rule.");
  }
}

MaybeRelocatable Memory::relocate_value(const MaybeRelocatable& value) const {
  if (!value.is_relocatable()) return value;
  Relocatable address = value.relocatable();
  // Rules may chain (a temporary segment relocated into another temporary one); bound the walk so
  // a cycle cannot hang us.
  for (std::size_t hops = 0; address.segment < 0 && hops <= relocation_rules_.size(); ++hops) {
    auto rule = relocation_rules_.find(address.segment);
    if (rule == relocation_rules_.end()) break;
    address = add(rule->second, Felt{address.offset});
  }
  return address;
}

void Memory::relocate_memory() {
  if (relocation_rules_.empty()) return;
  foreign_pointers_ = true;  // a rule may point anywhere; the secure-run check looks at all
  auto relocate_cell = [this](Cell& cell) {
    const MaybeRelocatable value = cell.value();
    if (value.is_relocatable() && value.relocatable().segment < 0) {
      cell = Cell::holding(relocate_value(value));
    }
  };
  for (Segment& segment : segments_) {
    for (Cell& cell : segment.dense) {
      if (cell.present()) relocate_cell(cell);
    }
    for (auto& entry : segment.sparse) relocate_cell(entry.second);
  }
  // Move the cells of every relocated temporary segment to their destination.
  for (std::size_t t = 0; t < temp_segments_.size(); ++t) {
    const std::int64_t index = -static_cast<std::int64_t>(t) - 1;
    if (!relocation_rules_.contains(index)) continue;
    Segment moved = std::move(temp_segments_[t]);
    temp_segments_[t] = Segment{};
    auto move_cell = [&](std::uint64_t offset, const Cell& cell) {
      --cell_count_;
      const MaybeRelocatable destination = relocate_value(Relocatable{index, offset});
      // Not logged: the cell keeps its place in the creation order, where it was first written.
      insert_cell<false>(destination.relocatable(), relocate_value(cell.value()));
    };
    for (std::size_t i = 0; i < moved.dense.size(); ++i) {
      if (moved.dense[i].present()) move_cell(i, moved.dense[i]);
    }
    for (const auto& [offset, cell] : moved.sparse) move_cell(offset, cell);
  }
  // The log's temporary addresses become their destinations, in place.
  for (std::size_t i = 0; i < creations_.size(); ++i) {
    const Relocatable address = created_address(i);
    if (address.segment >= 0) continue;
    const MaybeRelocatable destination = relocate_value(address);
    if (!destination.is_relocatable() || destination.relocatable() == address) continue;
    const Relocatable moved_to = destination.relocatable();
    if (packs(moved_to)) {
      creations_[i] = packed(moved_to);
      wide_creations_.erase(i);
    } else {
      creations_[i] = kWideCreation;
      wide_creations_.insert_or_assign(i, moved_to);
    }
  }
  relocation_rules_.clear();
}

void Memory::finalize_segment(std::int64_t segment, std::optional<std::uint64_t> size,
                              std::vector<std::pair<std::uint64_t, std::uint64_t>> public_memory) {
  Finalization& finalization = finalized_[segment];
  if (size) finalization.size = size;
  finalization.public_memory = std::move(public_memory);
}

std::uint64_t Memory::used_size(std::int64_t index) const {
  const Segment* segment = segment_of(index);
  if (segment == nullptr) return 0;
  if (!segment->sparse.empty()) return segment->sparse.rbegin()->first + 1;
  for (std::size_t i = segment->dense.size(); i > 0; --i) {
    if (segment->dense[i - 1].present()) return i;
  }
  return 0;
}

}  // namespace cairovm
