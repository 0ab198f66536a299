// main() for the fuzz targets in builds without libFuzzer (cairovm_fuzz_replay TARGET PATH...):
// runs the target on every file given, or on every file in the directories given (a corpus, e.g.
// the regression inputs), and reports each file's name before it runs so that a failure names
// its input. The targets' entry points are renamed cairovm_fuzz_entry_<target>
// (fuzz/CMakeLists.txt).
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

using Entry = int (*)(const std::uint8_t*, std::size_t);

extern "C" {
int cairovm_fuzz_entry_program_loader(const std::uint8_t*, std::size_t);
int cairovm_fuzz_entry_instruction_decoder(const std::uint8_t*, std::size_t);
int cairovm_fuzz_entry_program_run(const std::uint8_t*, std::size_t);
int cairovm_fuzz_entry_cairo_pie(const std::uint8_t*, std::size_t);
int cairovm_fuzz_entry_layout_params(const std::uint8_t*, std::size_t);
}

namespace {

Entry find_entry(std::string_view target) {
  if (target == "program_loader") return cairovm_fuzz_entry_program_loader;
  if (target == "instruction_decoder") return cairovm_fuzz_entry_instruction_decoder;
  if (target == "program_run") return cairovm_fuzz_entry_program_run;
  if (target == "cairo_pie") return cairovm_fuzz_entry_cairo_pie;
  if (target == "layout_params") return cairovm_fuzz_entry_layout_params;
  return nullptr;
}

int replay_file(Entry entry, const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 1;
  }
  const std::vector<char> bytes{std::istreambuf_iterator<char>(in),
                                std::istreambuf_iterator<char>()};
  std::fprintf(stderr, "replaying %s\n", path.c_str());
  entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const Entry entry = argc > 1 ? find_entry(argv[1]) : nullptr;
  if (entry == nullptr) {
    std::fprintf(stderr, "usage: cairovm_fuzz_replay TARGET FILE_OR_DIRECTORY...\n");
    return 2;
  }
  int failures = 0;
  std::size_t count = 0;
  for (int i = 2; i < argc; ++i) {
    const std::filesystem::path arg(argv[i]);
    if (std::filesystem::is_directory(arg)) {
      for (const auto& item : std::filesystem::directory_iterator(arg)) {
        // Dot files (.gitkeep) are not inputs.
        if (!item.is_regular_file() || item.path().filename().string().starts_with(".")) continue;
        failures += replay_file(entry, item.path());
        ++count;
      }
    } else {
      failures += replay_file(entry, arg);
      ++count;
    }
  }
  std::fprintf(stderr, "replayed %zu inputs\n", count);
  return failures == 0 ? 0 : 1;
}
