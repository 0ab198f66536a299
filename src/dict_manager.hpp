// The dict manager of the common library's dict hints (the reference's
// starkware/cairo/common/dict.py): one tracker per Cairo dict segment, holding the dict's current
// contents and the expected next DictAccess pointer.
//
// Native dict hints (hints_dict.cpp) keep a std::shared_ptr<DictManager> in the scope store under
// `__dict_manager`, the reference's name; Python hints see the same object through a binding
// with the reference's interface (python_hints.cpp), so both kinds of hints share one state.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cairovm/relocatable.hpp"

namespace cairovm {

class Memory;

struct MaybeRelocatableHash {
  std::size_t operator()(const MaybeRelocatable& value) const noexcept {
    const auto& w = value.words();
    std::size_t h = w[0] * 0x9E3779B97F4A7C15ULL;
    h ^= w[1] + 0x7F4A7C159E3779B9ULL + (h << 6) + (h >> 2);
    h ^= w[2] + (h << 6) + (h >> 2);
    h ^= w[3] + (h << 6) + (h >> 2);
    return h;
  }
};

/// A dict's contents in insertion order, as a Python dict iterates.
class DictData {
 public:
  using Entry = std::pair<MaybeRelocatable, MaybeRelocatable>;

  const MaybeRelocatable* find(const MaybeRelocatable& key) const;
  void set(const MaybeRelocatable& key, const MaybeRelocatable& value);
  bool erase(const MaybeRelocatable& key);
  const std::vector<Entry>& entries() const noexcept { return entries_; }
  std::size_t size() const noexcept { return entries_.size(); }

 private:
  std::vector<Entry> entries_;
  std::unordered_map<MaybeRelocatable, std::size_t, MaybeRelocatableHash> index_;
};

/// The reference's DictTracker. A default dict (default_dict_new) inserts its default value on
/// the first read of a missing key, as a Python defaultdict does.
struct DictTracker {
  DictData data;
  std::optional<MaybeRelocatable> default_value;
  Relocatable current_ptr;

  /// `data[key]`: throws VmError (KeyError) for a missing key of a dict without default.
  MaybeRelocatable get(const MaybeRelocatable& key);
};

class DictManager {
 public:
  /// new_dict: a dict in a new segment with the given initial contents (values already in the
  /// form segments.gen_arg gives them).
  Relocatable new_dict(Relocatable base, DictData initial);
  /// new_default_dict.
  Relocatable new_default_dict(Relocatable base, const MaybeRelocatable& default_value);
  /// get_tracker: the dict whose segment `dict_ptr` is in, checking that `dict_ptr` is its
  /// current pointer; throws VmError with the reference's messages.
  DictTracker& get_tracker(const Relocatable& dict_ptr);
  std::shared_ptr<DictTracker> tracker_handle(std::int64_t segment) const;

  const std::map<std::int64_t, std::shared_ptr<DictTracker>>& trackers() const noexcept {
    return trackers_;
  }

 private:
  void add_tracker(Relocatable base, std::shared_ptr<DictTracker> tracker);

  // Trackers are shared: the Python binding hands out handles that outlive lookups.
  std::map<std::int64_t, std::shared_ptr<DictTracker>> trackers_;
};

/// squash_dict's `access_indices`: key -> the indices of the accesses to it.
using SquashAccessIndices = std::map<Felt, std::vector<Felt>>;

/// The reference's message for a missing key (Python's KeyError shows the key's repr).
std::string dict_key_repr(const MaybeRelocatable& key);

}  // namespace cairovm
