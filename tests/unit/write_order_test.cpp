// The memory file lists cells in the order the run first wrote them, as cairo-run's does (its
// memory is a Python dict): loading, then each step's hint writes and operand writes.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "cairovm/runner.hpp"
#include "test_programs.hpp"

namespace cairovm {
namespace {

// pc 0: [ap + 2] = 5; pc 2: [ap + 1] = 6, ap++; pc 4: ret. Execution starts at address 6 with
// the return fp and end pc (6, 7), so ap = fp = 8: the steps write 10 and then 9.
constexpr const char* kWritesBackwards =
    R"("0x400680017fff8002", "0x5", "0x480680017fff8001", "0x6", "0x208b7fff7fff7ffe")";

std::vector<std::uint64_t> memory_file_addresses(const std::string& program_json) {
  RunOptions options;
  options.allow_python_hints = false;
  const Program program = Program::from_json_text(program_json);
  CairoRunner runner(program, options);
  runner.run();
  std::ostringstream memory;
  runner.write_memory(memory);
  const std::string bytes = memory.str();
  std::vector<std::uint64_t> addresses;
  for (std::size_t record = 0; record + 40 <= bytes.size(); record += 40) {
    std::uint64_t address = 0;
    for (int b = 7; b >= 0; --b) {
      address = (address << 8) | static_cast<unsigned char>(bytes[record + b]);
    }
    addresses.push_back(address);
  }
  return addresses;
}

TEST(WriteOrderTest, StepsWriteTheirOperandCellsInOrder) {
  EXPECT_EQ(memory_file_addresses(testing::program_json(kWritesBackwards)),
            (std::vector<std::uint64_t>{1, 2, 3, 4, 5, 6, 7, 10, 9}));
}

TEST(WriteOrderTest, AHintWriteComesBeforeItsStepsWrites) {
  // memory[ap] = segments.add() before pc 2 writes address 8, after the first step wrote 10.
  std::string json = testing::program_json(kWritesBackwards);
  const std::string no_hints = R"(, "hints": {})";
  json.replace(json.find(no_hints), no_hints.size(),
               R"json(, "hints": {"2": [{"code": "memory[ap] = segments.add()",
                  "accessible_scopes": ["__main__", "__main__.main"],
                  "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0},
                                         "reference_ids": {}}}]})json");
  EXPECT_EQ(memory_file_addresses(json),
            (std::vector<std::uint64_t>{1, 2, 3, 4, 5, 6, 7, 10, 8, 9}));
}

}  // namespace
}  // namespace cairovm
