#include "output_builtin.hpp"

#include <gtest/gtest.h>

#include "builtin_test_util.hpp"
#include "cairo_pie_input.hpp"

namespace cairovm {
namespace {

using testing::BuiltinFixture;

TEST(OutputBuiltinTest, NoPagesMeansEveryCellOnPageZero) {
  OutputBuiltinRunner output(true);
  BuiltinFixture fixture(output);
  const auto cells = output.public_memory(3);
  ASSERT_EQ(cells.size(), 3u);
  for (std::uint64_t i = 0; i < 3; ++i) EXPECT_EQ(cells[i], std::make_pair(i, std::uint64_t{0}));
  EXPECT_EQ(output.additional_data_json(), R"({"pages": {}, "attributes": {}})");
}

TEST(OutputBuiltinTest, PagesGiveTheirCellsTheirIds) {
  OutputBuiltinRunner output(true);
  BuiltinFixture fixture(output);
  output.add_page(7, {output.base().segment, 1}, 2);
  output.add_page(2, {output.base().segment, 4}, 1);
  const std::vector<std::pair<std::uint64_t, std::uint64_t>> expected = {{0, 0}, {1, 7}, {2, 7},
                                                                         {3, 0}, {4, 2}, {5, 0}};
  EXPECT_EQ(output.public_memory(6), expected);
  // Sorted by page id, as get_additional_data sorts them.
  EXPECT_EQ(output.additional_data_json(),
            R"({"pages": {"2": [4, 1], "7": [1, 2]}, "attributes": {}})");
}

TEST(OutputBuiltinTest, AddPageChecksAsTheReference) {
  OutputBuiltinRunner output(true);
  BuiltinFixture fixture(output);
  output.add_page(1, {output.base().segment, 0}, 1);
  EXPECT_EQ(testing::vm_error_message([&] {
              output.add_page(1, {output.base().segment, 2}, 1);
            }),
            "Page 1 was already assigned.");
  EXPECT_EQ(testing::vm_error_message([&] {
              output.add_page(2, {0, 2}, 1);
            }),
            "page_start must be in the output segment.");
}

TEST(OutputBuiltinTest, FinalizationRejectsBadPages) {
  OutputBuiltinRunner output(true);
  BuiltinFixture fixture(output);
  output.add_page(1, {output.base().segment, 1}, 3);
  EXPECT_THROW((void)output.public_memory(3), RunnerError);
  output.add_page(2, {output.base().segment, 2}, 1);
  try {
    (void)output.public_memory(10);
    FAIL() << "overlapping pages accepted";
  } catch (const RunnerError& e) {
    EXPECT_STREQ(e.what(), "Offset 2 was already assigned a page.");
  }
}

TEST(OutputBuiltinTest, AttributesKeepTheirFirstPlace) {
  OutputBuiltinRunner output(true);
  BuiltinFixture fixture(output);
  output.add_attribute("b", "1");
  output.add_attribute("a", "[1, 2]");
  output.add_attribute("b", "{\"x\": null}");
  EXPECT_EQ(output.additional_data_json(),
            R"({"pages": {}, "attributes": {"b": {"x": null}, "a": [1, 2]}})");
}

TEST(OutputBuiltinTest, ExtendAdditionalDataFromAPie) {
  OutputBuiltinRunner output(true);
  BuiltinFixture fixture(output);
  const std::string text =
      R"({"pages": {"3": [1, 2]}, "attributes": {"z": [1, {"b": true, "a": "\u00e9"}], "a": 1180591620717411303424}})";
  output.extend_additional_data(
      nlohmann::json::parse(quote_json_numbers(text)),
      nlohmann::ordered_json::parse(quote_json_numbers(text, kQuotedNumberMarker)));
  EXPECT_EQ(output.additional_data_json(), text);
  // A page starting at offset 0 is rejected (0 < x < 2^30), as extend_additional_data does.
  OutputBuiltinRunner other(true);
  BuiltinFixture other_fixture(other);
  const std::string bad = R"({"pages": {"1": [0, 2]}, "attributes": {}})";
  try {
    other.extend_additional_data(
        nlohmann::json::parse(quote_json_numbers(bad)),
        nlohmann::ordered_json::parse(quote_json_numbers(bad, kQuotedNumberMarker)));
    FAIL() << "page at 0 accepted";
  } catch (const RunnerError& e) {
    EXPECT_STREQ(e.what(), "Invalid output builtin pages field.");
  }
}

TEST(OutputBuiltinTest, PythonJsonDumps) {
  const auto value = nlohmann::ordered_json::parse(R"({"k": [1, -2, "s\n"], "e": {}, "n": null})");
  EXPECT_EQ(python_json_dumps(value), R"({"k": [1, -2, "s\n"], "e": {}, "n": null})");
}

}  // namespace
}  // namespace cairovm
