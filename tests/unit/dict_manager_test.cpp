// The dict manager of the dict hints: insertion order, default dicts, and the reference's
// get_tracker checks and messages.
#include "dict_manager.hpp"

#include <gtest/gtest.h>

#include "cairovm/errors.hpp"

namespace cairovm {
namespace {

TEST(DictData, KeepsInsertionOrderAcrossUpdatesAndErasure) {
  DictData data;
  data.set(Felt{5}, Felt{50});
  data.set(Felt{1}, Relocatable{3, 4});
  data.set(Felt{9}, Felt{90});
  data.set(Felt{5}, Felt{51});
  ASSERT_TRUE(data.erase(Felt{1}));
  EXPECT_FALSE(data.erase(Felt{1}));
  ASSERT_EQ(data.size(), 2u);
  EXPECT_EQ(data.entries()[0].first, MaybeRelocatable(Felt{5}));
  EXPECT_EQ(data.entries()[0].second, MaybeRelocatable(Felt{51}));
  EXPECT_EQ(*data.find(Felt{9}), MaybeRelocatable(Felt{90}));
  EXPECT_EQ(data.find(Felt{1}), nullptr);
}

TEST(DictTracker, ADefaultDictInsertsItsDefaultOnRead) {
  DictManager dicts;
  const Relocatable base = dicts.new_default_dict(Relocatable{4, 0}, Felt{7});
  DictTracker& tracker = dicts.get_tracker(base);
  EXPECT_EQ(tracker.get(Felt{12}), MaybeRelocatable(Felt{7}));
  EXPECT_EQ(tracker.data.size(), 1u);
}

TEST(DictTracker, AMissingKeyOfAPlainDictIsAKeyError) {
  DictManager dicts;
  DictData initial;
  initial.set(Felt{1}, Felt{2});
  DictTracker& tracker = dicts.get_tracker(dicts.new_dict(Relocatable{4, 0}, initial));
  EXPECT_EQ(tracker.get(Felt{1}), MaybeRelocatable(Felt{2}));
  try {
    tracker.get(Felt{3});
    FAIL() << "no KeyError";
  } catch (const VmError& e) {
    EXPECT_EQ(e.kind(), "KeyError");
    EXPECT_STREQ(e.what(), "3");
  }
}

TEST(DictManager, GetTrackerChecksTheSegmentAndTheCurrentPointer) {
  DictManager dicts;
  const Relocatable base = dicts.new_default_dict(Relocatable{4, 0}, Felt{0});
  dicts.get_tracker(base).current_ptr.offset += 3;
  try {
    dicts.get_tracker(base);
    FAIL() << "stale pointer accepted";
  } catch (const VmError& e) {
    EXPECT_EQ(e.kind(), "AssertionError");
    EXPECT_STREQ(e.what(), "Wrong dict pointer supplied. Got 4:0, expected 4:3.");
  }
  try {
    dicts.get_tracker(Relocatable{5, 0});
    FAIL() << "unknown dict accepted";
  } catch (const VmError& e) {
    EXPECT_EQ(e.kind(), "ValueError");
    EXPECT_STREQ(e.what(), "Dictionary pointer 5:0 was not created using dict_new().");
  }
  EXPECT_EQ(dicts.tracker_handle(4)->current_ptr, (Relocatable{4, 3}));
}

}  // namespace
}  // namespace cairovm
