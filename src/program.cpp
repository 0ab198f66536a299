#include "cairovm/program.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cairovm/errors.hpp"
#include "json_scanner.hpp"
#include "program_impl.hpp"

namespace cairovm {

namespace {

using nlohmann::json;

const std::string kPrimeHex = "0x800000000000011000000000000000000000000000000000000000000000001";

// Every accessor names the JSON path it failed on, so a malformed program gives a clear error.
[[noreturn]] void bad(const std::string& path, const std::string& what) {
  throw ProgramError("Invalid compiled program: " + path + ": " + what + ".");
}

const json& field(const json& object, const char* name, const std::string& path) {
  if (!object.is_object()) bad(path, "expected an object");
  auto it = object.find(name);
  if (it == object.end()) bad(path, std::string("missing field '") + name + "'");
  return *it;
}

std::string as_string(const json& value, const std::string& path) {
  if (!value.is_string()) bad(path, "expected a string");
  return value.get<std::string>();
}

std::int64_t as_int(const json& value, const std::string& path) {
  if (!value.is_number_integer()) bad(path, "expected an integer");
  return value.get<std::int64_t>();
}

std::uint64_t as_pc(const json& value, const std::string& path) {
  const std::int64_t pc = as_int(value, path);
  if (pc < 0) bad(path, "expected a non-negative pc");
  return static_cast<std::uint64_t>(pc);
}

std::uint64_t pc_key(const std::string& key, const std::string& path) {
  if (key.empty() || key.size() > 18 || key.find_first_not_of("0123456789") != std::string::npos) {
    bad(path, "expected a pc as key, got '" + key + "'");
  }
  return std::stoull(key);
}

std::vector<std::string> string_list(const json& value, const std::string& path) {
  if (!value.is_array()) bad(path, "expected a list");
  std::vector<std::string> out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    out.push_back(as_string(value[i], path + "[" + std::to_string(i) + "]"));
  }
  return out;
}

ApTracking parse_ap_tracking(const json& value, const std::string& path) {
  return {as_int(field(value, "group", path), path + ".group"),
          as_int(field(value, "offset", path), path + ".offset")};
}

FlowTrackingData parse_flow_tracking(const json& value, const std::string& path) {
  FlowTrackingData data;
  data.ap_tracking = parse_ap_tracking(field(value, "ap_tracking", path), path + ".ap_tracking");
  const json& ids = field(value, "reference_ids", path);
  if (!ids.is_object()) bad(path + ".reference_ids", "expected an object");
  for (const auto& [name, id] : ids.items()) {
    const std::int64_t index = as_int(id, path + ".reference_ids." + name);
    if (index < 0) bad(path + ".reference_ids." + name, "negative reference id");
    data.reference_ids[name] = static_cast<std::size_t>(index);
  }
  return data;
}

constexpr int kMaxParentLocationDepth = 64;

Location parse_location(const json& value, const std::string& path, int depth = 0) {
  if (depth > kMaxParentLocationDepth) bad(path, "parent locations nested too deeply");
  Location loc;
  loc.start_line = as_int(field(value, "start_line", path), path + ".start_line");
  loc.start_col = as_int(field(value, "start_col", path), path + ".start_col");
  loc.end_line = as_int(field(value, "end_line", path), path + ".end_line");
  loc.end_col = as_int(field(value, "end_col", path), path + ".end_col");
  const json& input_file = field(value, "input_file", path);
  if (auto it = input_file.find("filename"); input_file.is_object() && it != input_file.end()) {
    if (!it->is_null()) loc.filename = as_string(*it, path + ".input_file.filename");
  }
  if (auto it = value.find("parent_location"); it != value.end() && !it->is_null()) {
    if (!it->is_array() || it->size() != 2) bad(path + ".parent_location", "expected a pair");
    loc.parent = ParentLocation{
        std::make_shared<Location>(parse_location((*it)[0], path + ".parent_location", depth + 1)),
        as_string((*it)[1], path + ".parent_location[1]")};
  }
  return loc;
}

// cairo-compile writes constants as JSON integers of any size; nlohmann would turn those beyond 64
// bits into doubles. This parser keeps such integers as their decimal text instead.
class BigIntegerKeepingParser : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  explicit BigIntegerKeepingParser(json& root) : json_sax_dom_parser(root) {}
  bool number_float(number_float_t value, const string_t& text) {
    if (text.find_first_of(".eE") == string_t::npos) {
      string_t copy = text;
      return string(copy);
    }
    return json_sax_dom_parser::number_float(value, text);
  }
};

/// Throws json::exception on invalid JSON.
json parse_json(std::string_view text) {
  json value;
  BigIntegerKeepingParser handler(value);
  json::sax_parse(text, &handler);
  return value;
}

[[noreturn]] void invalid_json(const json::exception& e) {
  throw ProgramError(
      "Failed to load compiled program (not a valid JSON file). Did you compile the code before "
      "running it? Error: '" +
      std::string(e.what()) + "'");
}

json parse_whole_program(std::string_view text) {
  try {
    return parse_json(text);
  } catch (const json::exception& e) {
    invalid_json(e);
  }
}

/// The program's top-level members as nlohmann values, but debug_info, which the fast path keeps
/// as its text.
struct ParsedProgram {
  json root;
  std::optional<std::string_view> debug_info_text;
};

/// The fast path: false (`parsed` then to be discarded) on anything unusual (invalid JSON, a
/// duplicate or escaped top-level key, a byte order mark, ...), for parse_whole_program to take
/// over with the same values or the same error.
bool parse_all_but_debug_info(std::string_view text, ParsedProgram& parsed) {
  JsonScanner scanner(text);
  parsed.root = json::object();
  const auto parse_member = [&](std::string_view key) {
    std::string_view value_text;
    if (!scanner.skip_value(value_text)) return false;
    // Kept as text for DebugInfoReader: nlohmann's DOM of every pc's debug info (mostly
    // reference_ids, never read) made loading a 17 MB program cost 1.5G instructions, not 0.29G.
    if (key == "debug_info") {
      if (parsed.debug_info_text) return false;
      parsed.debug_info_text = value_text;
      return true;
    }
    const std::string name(key);
    if (parsed.root.contains(name)) return false;
    parsed.root[name] = parse_json(value_text);
    return true;
  };
  try {
    return scanner.read_object(parse_member) && scanner.at_end();
  } catch (const json::exception&) {
    return false;
  }
}

struct DebugInfo {
  std::map<std::string, std::string> file_contents;
  std::map<std::uint64_t, InstructionLocation> instruction_locations;
};

DebugInfo read_debug_info_json(const json& debug_info) {
  DebugInfo result;
  if (debug_info.is_null()) return result;
  if (auto files = debug_info.find("file_contents");
      files != debug_info.end() && files->is_object()) {
    for (const auto& [name, content] : files->items()) {
      result.file_contents[name] = as_string(content, "debug_info.file_contents." + name);
    }
  }
  const json& locations = field(debug_info, "instruction_locations", "debug_info");
  if (!locations.is_object()) bad("debug_info.instruction_locations", "expected an object");
  for (const auto& [key, info] : locations.items()) {
    const std::string path = "debug_info.instruction_locations." + key;
    InstructionLocation loc;
    loc.inst = parse_location(field(info, "inst", path), path + ".inst");
    if (auto scopes = info.find("accessible_scopes"); scopes != info.end()) {
      loc.accessible_scopes = string_list(*scopes, path + ".accessible_scopes");
    }
    if (auto hint_locs = info.find("hints"); hint_locs != info.end() && hint_locs->is_array()) {
      for (std::size_t i = 0; i < hint_locs->size(); ++i) {
        const json& h = (*hint_locs)[i];
        const std::string hint_path = path + ".hints[" + std::to_string(i) + "]";
        if (h.is_null()) {
          loc.hints.emplace_back();
          continue;
        }
        loc.hints.push_back(HintLocation{
            parse_location(field(h, "location", hint_path), hint_path + ".location"),
            as_int(field(h, "n_prefix_newlines", hint_path), hint_path + ".n_prefix_newlines")});
      }
    }
    result.instruction_locations[pc_key(key, path)] = std::move(loc);
  }
  return result;
}

/// Marks the member `bit` as read; false when it was already, since nlohmann keeps a repeated
/// key's last value and the readers below would have used the first.
bool first_time(unsigned& seen, unsigned bit) {
  if (seen & bit) return false;
  seen |= bit;
  return true;
}

/// A pc key as the compiler writes it: pc_key's digits, without leading zeros (which could make
/// two keys one pc).
std::optional<std::uint64_t> canonical_pc_key(std::string_view key) {
  if (key.empty() || key.size() > 18 || (key.size() > 1 && key[0] == '0')) return std::nullopt;
  std::uint64_t pc = 0;
  for (const char c : key) {
    if (c < '0' || c > '9') return std::nullopt;
    pc = pc * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return pc;
}

/// Reads debug_info from its text into what read_debug_info_json makes of it, skipping what that
/// ignores (flow_tracking_data, ...) without building it. Fails on anything else than the
/// compiler's usual shape (a missing field, a wrong type, a repeated key, ...), which
/// read_debug_info_json then reports.
class DebugInfoReader {
 public:
  explicit DebugInfoReader(std::string_view text) : scanner_(text) {}

  std::optional<DebugInfo> read() {
    if (!read_debug_info() || !scanner_.at_end()) return std::nullopt;
    return std::move(result_);
  }

 private:
  bool read_debug_info() {
    if (scanner_.consume_null()) return true;
    enum : unsigned { kFiles = 1, kLocations = 2 };
    unsigned seen = 0;
    return scanner_.read_object([&](std::string_view key) {
      if (key == "file_contents") return first_time(seen, kFiles) && read_file_contents();
      if (key == "instruction_locations") {
        return first_time(seen, kLocations) && read_instruction_locations();
      }
      return scanner_.skip_value();
    }) && (seen & kLocations);
  }

  bool read_file_contents() {
    if (!scanner_.next_is('{')) return scanner_.skip_value();  // ignored unless an object
    // A repeated name keeps its last contents, as in nlohmann's object.
    return scanner_.read_object([&](std::string_view name) {
      return scanner_.read_string(result_.file_contents[std::string(name)]);
    });
  }

  bool read_instruction_locations() {
    return scanner_.read_object([&](std::string_view key) {
      const auto pc = canonical_pc_key(key);
      InstructionLocation loc;
      return pc && read_instruction_location(loc) &&
             result_.instruction_locations.emplace(*pc, std::move(loc)).second;
    });
  }

  bool read_instruction_location(InstructionLocation& loc) {
    enum : unsigned { kInst = 1, kScopes = 2, kHints = 4 };
    unsigned seen = 0;
    return scanner_.read_object([&](std::string_view key) {
      if (key == "inst") return first_time(seen, kInst) && read_location(loc.inst, 0);
      if (key == "accessible_scopes") {
        return first_time(seen, kScopes) && read_string_list(loc.accessible_scopes);
      }
      if (key == "hints") return first_time(seen, kHints) && read_hint_locations(loc.hints);
      return scanner_.skip_value();
    }) && (seen & kInst);
  }

  bool read_hint_locations(std::vector<std::optional<HintLocation>>& hints) {
    if (!scanner_.next_is('[')) return scanner_.skip_value();  // ignored unless a list
    return scanner_.read_array([&] {
      if (scanner_.consume_null()) {
        hints.emplace_back();
        return true;
      }
      HintLocation hint;
      if (!read_hint_location(hint)) return false;
      hints.emplace_back(std::move(hint));
      return true;
    });
  }

  bool read_hint_location(HintLocation& hint) {
    enum : unsigned { kLocation = 1, kNewlines = 2 };
    unsigned seen = 0;
    return scanner_.read_object([&](std::string_view key) {
      if (key == "location") return first_time(seen, kLocation) && read_location(hint.location, 0);
      if (key == "n_prefix_newlines") {
        return first_time(seen, kNewlines) && scanner_.read_int(hint.n_prefix_newlines);
      }
      return scanner_.skip_value();
    }) && seen == (kLocation | kNewlines);
  }

  bool read_location(Location& loc, int depth) {
    if (depth > kMaxParentLocationDepth) return false;
    enum : unsigned { kStartLine = 1, kStartCol = 2, kEndLine = 4, kEndCol = 8, kFile = 16 };
    constexpr unsigned kParent = 32;
    unsigned seen = 0;
    const auto read_int_once = [&](unsigned bit, std::int64_t& value) {
      return first_time(seen, bit) && scanner_.read_int(value);
    };
    const auto read_member = [&](std::string_view key) {
      if (key == "start_line") return read_int_once(kStartLine, loc.start_line);
      if (key == "start_col") return read_int_once(kStartCol, loc.start_col);
      if (key == "end_line") return read_int_once(kEndLine, loc.end_line);
      if (key == "end_col") return read_int_once(kEndCol, loc.end_col);
      if (key == "input_file") return first_time(seen, kFile) && read_input_file(loc);
      if (key == "parent_location") return first_time(seen, kParent) && read_parent(loc, depth);
      return scanner_.skip_value();
    };
    constexpr unsigned kRequired = kStartLine | kStartCol | kEndLine | kEndCol | kFile;
    return scanner_.read_object(read_member) && (seen & kRequired) == kRequired;
  }

  bool read_input_file(Location& loc) {
    if (!scanner_.next_is('{')) return scanner_.skip_value();  // ignored unless an object
    unsigned seen = 0;
    return scanner_.read_object([&](std::string_view key) {
      if (key != "filename") return scanner_.skip_value();
      return first_time(seen, 1) && (scanner_.consume_null() || scanner_.read_string(loc.filename));
    });
  }

  bool read_parent(Location& loc, int depth) {
    if (scanner_.consume_null()) return true;
    auto parent = std::make_shared<Location>();
    std::string message;
    if (!scanner_.consume('[') || !read_location(*parent, depth + 1) || !scanner_.consume(',') ||
        !scanner_.read_string(message) || !scanner_.consume(']')) {
      return false;
    }
    loc.parent = ParentLocation{std::move(parent), std::move(message)};
    return true;
  }

  bool read_string_list(std::vector<std::string>& list) {
    return scanner_.read_array([&] { return scanner_.read_string(list.emplace_back()); });
  }

  JsonScanner scanner_;
  DebugInfo result_;
};

/// The fast reader when the fast path kept debug_info's text, else (or when the reader fails)
/// read_debug_info_json, at the same point of the load as before so errors keep their order.
DebugInfo read_debug_info(const ParsedProgram& parsed, std::string_view text) {
  if (!parsed.debug_info_text) {
    auto it = parsed.root.find("debug_info");
    return it == parsed.root.end() ? DebugInfo{} : read_debug_info_json(*it);
  }
  if (auto fast = DebugInfoReader(*parsed.debug_info_text).read()) return std::move(*fast);
  json debug_info;
  try {
    debug_info = parse_json(*parsed.debug_info_text);
  } catch (const json::exception& e) {
    (void)parse_whole_program(text);  // the scanner let invalid JSON through: report it as before
    invalid_json(e);
  }
  return read_debug_info_json(debug_info);
}

}  // namespace

Program Program::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ProgramError("Cannot open program file '" + path + "'.");
  std::ostringstream text;
  text << in.rdbuf();
  return from_json_text(text.str());
}

Program Program::from_json_text(std::string_view text) {
  ParsedProgram parsed;
  if (!parse_all_but_debug_info(text, parsed)) parsed = {parse_whole_program(text), std::nullopt};
  const json& root = parsed.root;
  if (!root.is_object()) bad("program", "expected a JSON object");

  // Filled in place and never moved: the compiled code built last points into it.
  auto impl = std::make_shared<Impl>();
  Impl& program = *impl;
  program.json_text = text;  // for the Python hints, which load it with the reference's loader
  const std::string prime = as_string(field(root, "prime", "program"), "prime");
  if (prime != kPrimeHex) {
    auto parsed = Felt::parse(prime);
    throw ProgramError("Unsupported prime " + prime + ": cairovm runs programs over P = " +
                       kPrimeHex + (parsed ? "" : " (and the given prime is not a number)") + ".");
  }

  const json& data = field(root, "data", "program");
  if (!data.is_array()) bad("data", "expected a list");
  program.data.reserve(data.size());
  for (std::size_t i = 0; i < data.size(); ++i) {
    const std::string path = "data[" + std::to_string(i) + "]";
    const std::string word = as_string(data[i], path);
    auto value = word.starts_with("0x") ? Felt::parse(word) : std::nullopt;
    if (!value) bad(path, "expected a hexadecimal field element, got '" + word + "'");
    program.data.push_back(*value);
  }

  program.builtins = string_list(field(root, "builtins", "program"), "builtins");
  if (auto it = root.find("main_scope"); it != root.end() && !it->is_null()) {
    program.main_scope = as_string(*it, "main_scope");
  } else {
    program.main_scope = "__main__";
  }

  const json& references =
      field(field(root, "reference_manager", "program"), "references", "reference_manager");
  if (!references.is_array()) bad("reference_manager.references", "expected a list");
  for (std::size_t i = 0; i < references.size(); ++i) {
    const std::string path = "reference_manager.references[" + std::to_string(i) + "]";
    ReferenceDefinition ref;
    ref.ap_tracking =
        parse_ap_tracking(field(references[i], "ap_tracking_data", path), path + ".ap_tracking");
    ref.pc = as_pc(field(references[i], "pc", path), path + ".pc");
    ref.text = as_string(field(references[i], "value", path), path + ".value");
    ref.expr = ReferenceExpr::parse(ref.text);
    program.references.push_back(std::move(ref));
  }

  const json& hints = field(root, "hints", "program");
  if (!hints.is_object()) bad("hints", "expected an object");
  for (const auto& [key, list] : hints.items()) {
    const std::string path = "hints." + key;
    const std::uint64_t pc = pc_key(key, path);
    if (pc >= program.data.size()) {
      bad(path, "hint at pc " + key + " is outside the program (" +
                    std::to_string(program.data.size()) + " words)");
    }
    if (!list.is_array()) bad(path, "expected a list");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string hint_path = path + "[" + std::to_string(i) + "]";
      HintDefinition hint;
      hint.code = as_string(field(list[i], "code", hint_path), hint_path + ".code");
      hint.accessible_scopes = string_list(field(list[i], "accessible_scopes", hint_path),
                                           hint_path + ".accessible_scopes");
      hint.flow_tracking = parse_flow_tracking(field(list[i], "flow_tracking_data", hint_path),
                                               hint_path + ".flow_tracking_data");
      for (const auto& [name, id] : hint.flow_tracking.reference_ids) {
        if (id >= program.references.size()) {
          bad(hint_path, "reference id of '" + name + "' is out of range");
        }
      }
      program.hints[pc].push_back(std::move(hint));
    }
  }

  if (auto it = root.find("identifiers"); it != root.end()) {
    if (!it->is_object()) bad("identifiers", "expected an object");
    for (const auto& [name, ident] : it->items()) {
      const std::string path = "identifiers." + name;
      const std::string type = as_string(field(ident, "type", path), path + ".type");
      program.identifier_types[name] = type;
      if (type == "function" || type == "label") {
        program.pcs[name] = as_pc(field(ident, "pc", path), path + ".pc");
      } else if (type == "const") {
        const json& value = field(ident, "value", path);
        std::optional<Felt> felt;
        if (value.is_number_integer()) {
          felt = value.is_number_unsigned() ? Felt{value.get<std::uint64_t>()}
                                            : Felt::from_int64(value.get<std::int64_t>());
        } else if (value.is_string()) {
          felt = Felt::parse(value.get<std::string>());
        } else if (value.is_number()) {
          felt = Felt::parse(value.dump());  // a big integer nlohmann kept as a float is lost
        }
        if (felt) program.constants[name] = *felt;
      } else if (type == "alias") {
        program.aliases[name] = as_string(field(ident, "destination", path), path + ".destination");
      } else if (type == "struct") {
        StructDefinition def;
        def.size = as_int(field(ident, "size", path), path + ".size");
        const json& members = field(ident, "members", path);
        if (!members.is_object()) bad(path + ".members", "expected an object");
        for (const auto& [member, info] : members.items()) {
          const std::string member_path = path + ".members." + member;
          def.members[member] = {
              as_string(field(info, "cairo_type", member_path), member_path + ".cairo_type"),
              as_int(field(info, "offset", member_path), member_path + ".offset")};
        }
        program.structs[name] = std::move(def);
      }
    }
  }

  DebugInfo debug_info = read_debug_info(parsed, text);
  program.file_contents = std::move(debug_info.file_contents);
  program.instruction_locations = std::move(debug_info.instruction_locations);

  if (auto it = root.find("attributes"); it != root.end() && !it->is_null()) {
    if (!it->is_array()) bad("attributes", "expected a list");
    for (std::size_t i = 0; i < it->size(); ++i) {
      const json& a = (*it)[i];
      const std::string path = "attributes[" + std::to_string(i) + "]";
      AttributeScope attr;
      attr.name = as_string(field(a, "name", path), path + ".name");
      attr.value = as_string(field(a, "value", path), path + ".value");
      attr.start_pc = as_pc(field(a, "start_pc", path), path + ".start_pc");
      attr.end_pc = as_pc(field(a, "end_pc", path), path + ".end_pc");
      if (auto scopes = a.find("accessible_scopes"); scopes != a.end()) {
        attr.accessible_scopes = string_list(*scopes, path + ".accessible_scopes");
      }
      if (auto flow = a.find("flow_tracking_data"); flow != a.end() && !flow->is_null()) {
        attr.flow_tracking = parse_flow_tracking(*flow, path + ".flow_tracking_data");
      }
      program.attributes.push_back(std::move(attr));
    }
  }
  program.code = build_program_code(program.data, program.hints, program.references);
  return Program(std::move(impl));
}

Program::Program(std::shared_ptr<const Impl> impl) noexcept : impl_(std::move(impl)) {}

const std::vector<Felt>& Program::data() const noexcept {
  return impl_->data;
}
const std::vector<std::string>& Program::builtins() const noexcept {
  return impl_->builtins;
}
const std::map<std::uint64_t, std::vector<HintDefinition>>& Program::hints() const noexcept {
  return impl_->hints;
}
const std::vector<ReferenceDefinition>& Program::references() const noexcept {
  return impl_->references;
}
const std::map<std::uint64_t, InstructionLocation>& Program::instruction_locations()
    const noexcept {
  return impl_->instruction_locations;
}
const std::map<std::string, std::string>& Program::file_contents() const noexcept {
  return impl_->file_contents;
}
const std::vector<AttributeScope>& Program::attributes() const noexcept {
  return impl_->attributes;
}
const std::string& Program::main_scope() const noexcept {
  return impl_->main_scope;
}
const std::string& Program::json_text() const noexcept {
  return impl_->json_text;
}

std::string Program::resolve_alias(const std::string& full_name) const {
  std::string name = full_name;
  for (int hops = 0; hops < 64; ++hops) {  // bounded: alias cycles in hostile input end here
    auto it = impl_->aliases.find(name);
    if (it == impl_->aliases.end()) return name;
    name = it->second;
  }
  return name;
}

std::optional<std::uint64_t> Program::label_pc(const std::string& full_name) const {
  auto it = impl_->pcs.find(resolve_alias(full_name));
  if (it == impl_->pcs.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint64_t> Program::main_pc() const {
  return label_pc(impl_->main_scope + ".main");
}

std::optional<Felt> Program::constant(const std::string& full_name) const {
  auto it = impl_->constants.find(resolve_alias(full_name));
  if (it == impl_->constants.end()) return std::nullopt;
  return it->second;
}

const StructDefinition* Program::struct_definition(const std::string& full_name) const {
  auto it = impl_->structs.find(resolve_alias(full_name));
  return it == impl_->structs.end() ? nullptr : &it->second;
}

std::optional<std::string> Program::identifier_type(const std::string& full_name) const {
  auto it = impl_->identifier_types.find(resolve_alias(full_name));
  if (it == impl_->identifier_types.end()) return std::nullopt;
  return it->second;
}

}  // namespace cairovm
