#include "dict_manager.hpp"

#include "cairovm/errors.hpp"

namespace cairovm {

const MaybeRelocatable* DictData::find(const MaybeRelocatable& key) const {
  const auto it = index_.find(key);
  return it == index_.end() ? nullptr : &entries_[it->second].second;
}

void DictData::set(const MaybeRelocatable& key, const MaybeRelocatable& value) {
  const auto [it, inserted] = index_.try_emplace(key, entries_.size());
  if (inserted) {
    entries_.emplace_back(key, value);
  } else {
    entries_[it->second].second = value;
  }
}

bool DictData::erase(const MaybeRelocatable& key) {
  const auto it = index_.find(key);
  if (it == index_.end()) return false;
  const std::size_t position = it->second;
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(position));
  index_.erase(it);
  for (auto& [_, i] : index_) {
    if (i > position) --i;
  }
  return true;
}

std::string dict_key_repr(const MaybeRelocatable& key) {
  return key.to_repr();
}

MaybeRelocatable DictTracker::get(const MaybeRelocatable& key) {
  if (const MaybeRelocatable* value = data.find(key)) return *value;
  if (!default_value) throw VmError(dict_key_repr(key), "KeyError");
  data.set(key, *default_value);
  return *default_value;
}

void DictManager::add_tracker(Relocatable base, std::shared_ptr<DictTracker> tracker) {
  if (trackers_.contains(base.segment)) throw VmError("", "AssertionError");
  tracker->current_ptr = base;
  trackers_.emplace(base.segment, std::move(tracker));
}

Relocatable DictManager::new_dict(Relocatable base, DictData initial) {
  auto tracker = std::make_shared<DictTracker>();
  tracker->data = std::move(initial);
  add_tracker(base, std::move(tracker));
  return base;
}

Relocatable DictManager::new_default_dict(Relocatable base, const MaybeRelocatable& default_value) {
  auto tracker = std::make_shared<DictTracker>();
  tracker->default_value = default_value;
  add_tracker(base, std::move(tracker));
  return base;
}

DictTracker& DictManager::get_tracker(const Relocatable& dict_ptr) {
  const auto it = trackers_.find(dict_ptr.segment);
  if (it == trackers_.end()) {
    throw VmError(
        "Dictionary pointer " + dict_ptr.to_string() + " was not created using dict_new().",
        "ValueError");
  }
  DictTracker& tracker = *it->second;
  if (tracker.current_ptr != dict_ptr) {
    throw VmError("Wrong dict pointer supplied. Got " + dict_ptr.to_string() + ", expected " +
                      tracker.current_ptr.to_string() + ".",
                  "AssertionError");
  }
  return tracker;
}

std::shared_ptr<DictTracker> DictManager::tracker_handle(std::int64_t segment) const {
  const auto it = trackers_.find(segment);
  return it == trackers_.end() ? nullptr : it->second;
}

}  // namespace cairovm
