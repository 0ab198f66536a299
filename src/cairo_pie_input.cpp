#include "cairo_pie_input.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "cairovm/errors.hpp"
#include "cairovm/felt.hpp"
#include "zip_reader.hpp"

namespace cairovm {

namespace {

using Json = nlohmann::json;

constexpr unsigned kOffsetBits = 47;
const std::vector<std::string> kFiles = {"additional_data.json", "execution_resources.json",
                                         "memory.bin", "metadata.json", "version.json"};

constexpr std::uint64_t kOutOfRange = ~std::uint64_t{0};

// Numbers were quoted before parsing (quote_json_numbers). A negative or too large integer gives
// kOutOfRange, which every range check of the validity checks rejects as the reference does.
template <typename J>
std::uint64_t to_u64(const J& value) {
  if (!value.is_string()) throw RunnerError("Invalid Cairo PIE: expected an integer.");
  const std::string& text = value.template get_ref<const std::string&>();
  const bool negative = !text.empty() && text[0] == '-';
  const std::size_t digits_start = negative ? 1 : 0;
  if (text.size() == digits_start) throw RunnerError("Invalid Cairo PIE: expected an integer.");
  std::uint64_t result = 0;
  bool overflow = false;
  for (std::size_t i = digits_start; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') {
      throw RunnerError("Invalid Cairo PIE: expected an integer, found " + text + ".");
    }
    const auto digit = static_cast<std::uint64_t>(text[i] - '0');
    if (result > (kOutOfRange - digit) / 10) overflow = true;
    result = result * 10 + digit;
  }
  if (negative && result == 0) return 0;
  return negative || overflow ? kOutOfRange : result;
}

MaybeRelocatable decode_value(const unsigned char* bytes, std::size_t n) {
  if ((bytes[n - 1] & 0x80) != 0) {
    std::uint64_t low = 0;
    for (int i = 7; i >= 0; --i) low = (low << 8) | bytes[i];
    const std::uint64_t offset = low & ((std::uint64_t{1} << kOffsetBits) - 1);
    const auto segment = static_cast<std::int64_t>((low >> kOffsetBits) & 0xffff);
    return Relocatable{segment, offset};
  }
  std::array<std::uint8_t, 32> full{};
  std::copy(bytes, bytes + n, full.begin());
  return Felt::from_le_bytes(full);
}

// is_valid_builtin_name: lowercase letters, digits and underscores, shorter than 1000.
bool is_valid_builtin_name(const std::string& name) {
  return name.size() < 1000 && std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
         });
}

// A quoted JSON number that is an integer in 0 <= x < 2^30.
template <typename J>
bool is_small_count(const J& value) {
  const std::string text = value.template get<std::string>();
  if (text.empty() || text.size() > 10 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  return std::stoull(text) < (1u << 30);
}

std::string python_list(const std::vector<std::string>& items) {
  std::string text = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) text += ", ";
    text += "'" + items[i] + "'";
  }
  return text + "]";
}

// The first failure of CairoPie.run_validity_checks, in its order (the checks the types of a
// parsed PIE leave to make: builtin names, segments, the program's size and builtins, the
// resources, the memory cells).
std::optional<std::string> validity_failure(const CairoPieInput& pie,
                                            const nlohmann::ordered_json& metadata) {
  const auto& program = metadata.at("program");
  const std::uint64_t data_size = program.at("data").size();
  std::vector<std::string> builtins, segment_keys;
  for (const auto& b : program.at("builtins")) {
    if (!b.is_string() || !is_valid_builtin_name(b.get<std::string>())) {
      return "Invalid builtin list.";
    }
    builtins.push_back(b.get<std::string>());
  }
  if (std::set<std::string>(builtins.begin(), builtins.end()).size() != builtins.size()) {
    return "Invalid builtin list.";
  }
  const std::uint64_t main = to_u64(program.at("main"));
  if (main >= data_size) return "Invalid main() address.";
  for (const auto& [name, info] : metadata.at("builtin_segments").items()) {
    if (!is_valid_builtin_name(name)) return "Invalid builtin_segments.";
    segment_keys.push_back(name);
  }
  std::vector<nlohmann::ordered_json> all{
      metadata.at("program_segment"), metadata.at("execution_segment"),
      metadata.at("ret_fp_segment"), metadata.at("ret_pc_segment")};
  for (const auto& [name, info] : metadata.at("builtin_segments").items()) all.push_back(info);
  for (const auto& info : metadata.at("extra_segments")) all.push_back(info);
  for (const auto& info : all) {
    if (to_u64(info.at("index")) >= (1u << 30)) return "Invalid segment index.";
    if (to_u64(info.at("size")) >= (1u << 30)) return "Invalid segment size.";
  }
  if (to_u64(metadata.at("program_segment").at("size")) != data_size) {
    return "Program length does not match the program segment size.";
  }
  if (builtins != segment_keys) {
    return "Builtin list mismatch in builtin_segments. Builtins: " + python_list(builtins) +
           ", segment keys: " + python_list(segment_keys) + ".";
  }
  if (to_u64(metadata.at("ret_fp_segment").at("size")) != 0) {
    return "Invalid segment size for ret_fp. Must be 0.";
  }
  if (to_u64(metadata.at("ret_pc_segment").at("size")) != 0) {
    return "Invalid segment size for ret_pc. Must be 0.";
  }
  if (to_u64(metadata.at("program_segment").at("index")) != 0) {
    return "Invalid segment index for program_segment.";
  }
  if (to_u64(metadata.at("execution_segment").at("index")) != 1) {
    return "Invalid segment index for execution_segment.";
  }
  std::uint64_t expected = 2;
  for (const auto& [name, info] : metadata.at("builtin_segments").items()) {
    if (to_u64(info.at("index")) != expected++) return "Invalid segment index for " + name + ".";
  }
  const std::uint64_t ret_fp = to_u64(metadata.at("ret_fp_segment").at("index"));
  if (ret_fp != expected) {
    return "Invalid segment index for ret_fp_segment. " + std::to_string(ret_fp);
  }
  if (to_u64(metadata.at("ret_pc_segment").at("index")) != expected + 1) {
    return "Invalid segment index for ret_pc_segment.";
  }
  expected += 2;
  for (const auto& info : metadata.at("extra_segments")) {
    if (to_u64(info.at("index")) != expected++)
      return "Invalid segment indices for extra_segments.";
  }
  for (const auto& [name, count] : pie.execution_resources.at("builtin_instance_counter").items()) {
    if (!is_valid_builtin_name(name) || !count.is_string() || !is_small_count(count)) {
      return "Invalid builtin_instance_counter.";
    }
  }
  if (pie.n_memory_holes >= (1u << 30)) {
    return "Invalid n_memory_holes: " + std::to_string(pie.n_memory_holes) + ".";
  }
  if (pie.n_steps < 1 || pie.n_steps >= (1u << 30)) {
    // As written: the reference prints the integer it read, even a negative or huge one.
    return "Invalid n_steps: " + pie.execution_resources.at("n_steps").get<std::string>() + ".";
  }
  if (pie.integer_address) return "Invalid memory cell address.";
  for (const auto& [address, value] : pie.memory) {
    const auto size = pie.segment_sizes.find(address.segment);
    if (size == pie.segment_sizes.end() || address.offset >= size->second) {
      return "Invalid memory cell address.";
    }
    if (value.is_relocatable() && !pie.segment_sizes.contains(value.relocatable().segment)) {
      return "Invalid memory cell value.";
    }
  }
  std::vector<std::string> counted;
  for (const auto& [name, count] : pie.execution_resources.at("builtin_instance_counter").items()) {
    counted.push_back(name);
  }
  std::vector<std::string> expected_counted;
  for (const std::string& b : builtins) expected_counted.push_back(b + "_builtin");
  std::sort(counted.begin(), counted.end());
  std::sort(expected_counted.begin(), expected_counted.end());
  if (counted != expected_counted) return "Builtin list mismatch in execution_resources.";
  return std::nullopt;
}

}  // namespace

std::string quote_json_numbers(const std::string& text, std::string_view marker) {
  std::string out;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < text.size()) {
        out.push_back(text[++i]);
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
      out.push_back(c);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      std::size_t j = i;
      while (j < text.size() &&
             (text[j] == '-' || text[j] == '+' || text[j] == '.' || text[j] == 'e' ||
              text[j] == 'E' || (text[j] >= '0' && text[j] <= '9'))) {
        ++j;
      }
      out += "\"";
      out += marker;
      out += text.substr(i, j - i);
      out += "\"";
      i = j - 1;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

namespace {

CairoPieInput read_cairo_pie_unchecked(const std::string& zip_bytes) {
  if (zip_bytes.compare(0, 2, "PK") != 0) throw RunnerError("Invalid prefix for zip file.");
  const std::vector<ZipMember> members = read_zip(zip_bytes);
  std::map<std::string, std::string> files;
  for (const ZipMember& m : members) {
    if (m.method != 8) throw RunnerError("Invalid compress type.");
    files[m.name] = m.contents;
  }
  std::set<std::string> names;
  for (const auto& [name, contents] : files) names.insert(name);
  names.insert("version.json");
  if (std::vector<std::string>(names.begin(), names.end()) != kFiles) {
    throw RunnerError("Invalid list of inner files in the CairoPIE zip.");
  }

  CairoPieInput pie;
  pie.metadata_text = files["metadata.json"];
  // Ordered: the builtin segments' order is checked against the program's builtins.
  const auto metadata = nlohmann::ordered_json::parse(quote_json_numbers(pie.metadata_text));
  const auto& program = metadata.at("program");
  Json program_json = {
      {"prime", "0x800000000000011000000000000000000000000000000000000000000000001"},
      {"data", Json::array()},
      {"builtins", program.at("builtins")},
      {"hints", Json::object()},
      {"main_scope", "__main__"},
      {"reference_manager", {{"references", Json::array()}}},
      {"attributes", Json::array()},
      {"debug_info", nullptr}};
  for (const auto& word : program.at("data")) {
    const auto felt = Felt::parse(word.get<std::string>());
    if (!felt) throw RunnerError("Invalid program data.");
    program_json["data"].push_back(felt->to_hex_string());
  }
  program_json["identifiers"] = {
      {"__main__.main",
       {{"type", "function"}, {"pc", to_u64(program.at("main"))}, {"decorators", Json::array()}}}};
  pie.program_json = program_json.dump();

  auto add_segment = [&](const auto& info) {
    pie.segment_sizes[static_cast<std::int64_t>(to_u64(info.at("index")))] =
        to_u64(info.at("size"));
  };
  for (const char* key :
       {"program_segment", "execution_segment", "ret_fp_segment", "ret_pc_segment"}) {
    add_segment(metadata.at(key));
  }
  for (const auto& [name, info] : metadata.at("builtin_segments").items()) add_segment(info);
  for (const auto& info : metadata.at("extra_segments")) {
    add_segment(info);
    pie.extra_segments.emplace_back(static_cast<std::int64_t>(to_u64(info.at("index"))),
                                    to_u64(info.at("size")));
  }

  const std::string& memory = files["memory.bin"];
  constexpr std::size_t kRecord = 8 + 32;
  if (memory.size() % kRecord != 0) {
    throw RunnerError("Data must consist of pairs of address (8 bytes) and value (32 bytes).");
  }
  for (std::size_t at = 0; at < memory.size(); at += kRecord) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(memory.data() + at);
    const MaybeRelocatable address = decode_value(bytes, 8);
    if (!address.is_relocatable()) {
      // The reference reads it and rejects it with its validity checks, in their order.
      pie.integer_address = true;
      continue;
    }
    pie.memory.emplace_back(address.relocatable(), decode_value(bytes + 8, 32));
  }
  pie.additional_data_text = files["additional_data.json"];
  pie.additional_data = Json::parse(quote_json_numbers(pie.additional_data_text));
  pie.execution_resources = Json::parse(quote_json_numbers(files["execution_resources.json"]));
  pie.n_steps = to_u64(pie.execution_resources.at("n_steps"));
  if (pie.execution_resources.contains("n_memory_holes")) {
    pie.n_memory_holes = to_u64(pie.execution_resources.at("n_memory_holes"));
  }
  pie.version = "1.0";
  if (files.contains("version.json")) {
    pie.version = Json::parse(files["version.json"]).at("cairo_pie").get<std::string>();
  }
  if (pie.version.rfind("1.", 0) != 0) throw RunnerError("Incompatible Cairo-PIE version.");
  if (auto failure = validity_failure(pie, metadata)) {
    // cairo-run raises its CairoRunError here, outside its error handling.
    throw UncaughtPythonError("starkware.cairo.lang.vm.cairo_run.CairoRunError",
                              "Security check for the CairoPIE input failed: " + *failure);
  }
  return pie;
}

}  // namespace

CairoPieInput read_cairo_pie(const std::string& zip_bytes) {
  try {
    return read_cairo_pie_unchecked(zip_bytes);
  } catch (const nlohmann::json::exception& e) {
    // A member that is not JSON, or JSON without the expected keys and types: the reference
    // ends in an uncaught exception; say what is wrong instead.
    throw RunnerError(std::string("Invalid Cairo PIE: ") + e.what());
  }
}

}  // namespace cairovm

namespace cairovm {

std::optional<std::string> cairo_pie_diff(
    const CairoPieInput& input, const std::vector<std::pair<std::string, std::string>>& ours) {
  std::map<std::string, std::string> files(ours.begin(), ours.end());
  std::vector<std::string> lines;
  if (files["metadata.json"] != input.metadata_text) lines.push_back(" * metadata mismatch.");

  auto records = [](const std::string& bytes) {
    std::vector<std::string> out;
    for (std::size_t at = 0; at + 40 <= bytes.size(); at += 40) out.push_back(bytes.substr(at, 40));
    std::sort(out.begin(), out.end());
    return out;
  };
  // The input cells encoded as our writer encodes them, so that both sides compare as sets.
  std::vector<std::string> theirs;
  for (const auto& [address, value] : input.memory) {
    std::string record(40, '\0');
    const std::uint64_t a = (std::uint64_t{1} << 63) |
                            (static_cast<std::uint64_t>(address.segment) << kOffsetBits) |
                            address.offset;
    for (int i = 0; i < 8; ++i) record[i] = static_cast<char>(a >> (8 * i));
    std::array<std::uint8_t, 32> v{};
    if (value.is_felt()) {
      v = value.felt().to_le_bytes();
    } else {
      const Relocatable r = value.relocatable();
      const std::uint64_t low = (static_cast<std::uint64_t>(r.segment) << kOffsetBits) | r.offset;
      for (int i = 0; i < 8; ++i) v[i] = static_cast<std::uint8_t>(low >> (8 * i));
      v[31] |= 0x80;
    }
    std::copy(v.begin(), v.end(), record.begin() + 8);
    theirs.push_back(record);
  }
  std::sort(theirs.begin(), theirs.end());
  if (records(files["memory.bin"]) != theirs) lines.push_back(" * memory mismatch.");

  // The pedersen data is left out: a stricter run may check more of its addresses.
  Json our_data = Json::parse(quote_json_numbers(files["additional_data.json"]));
  Json their_data = input.additional_data;
  our_data["pedersen_builtin"] = nullptr;
  their_data["pedersen_builtin"] = nullptr;
  if (our_data != their_data) {
    lines.push_back(" * additional_data mismatch:");
    std::set<std::string> keys;
    for (const auto& [k, v] : our_data.items()) keys.insert(k);
    for (const auto& [k, v] : their_data.items()) keys.insert(k);
    for (const std::string& k : keys) {
      if (our_data.value(k, Json()) != their_data.value(k, Json())) {
        lines.push_back("   * " + k + " mismatch.");
      }
    }
  }
  Json our_resources = Json::parse(quote_json_numbers(files["execution_resources.json"]));
  our_resources["n_memory_holes"] = std::to_string(input.n_memory_holes);
  Json their_resources = input.execution_resources;
  their_resources["n_memory_holes"] = std::to_string(input.n_memory_holes);
  if (our_resources != their_resources) {
    lines.push_back(" * execution_resources mismatch: " + their_resources.dump() +
                    " != " + our_resources.dump() + ".");
  }
  if (lines.empty()) return std::nullopt;
  std::string text = "CairoPie diff:";
  for (const std::string& line : lines) text += "\n" + line;
  return text;
}

}  // namespace cairovm
