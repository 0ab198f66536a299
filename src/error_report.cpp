#include "error_report.hpp"

#include <cctype>
#include <fstream>
#include <sstream>

namespace cairovm {

namespace {

constexpr int kMaxTracebackEntries = 20;

std::optional<std::string> file_content(const std::string& filename, const Program& program) {
  if (auto it = program.file_contents().find(filename); it != program.file_contents().end()) {
    return it->second;
  }
  std::ifstream in(filename, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Python's str.splitlines() for the line breaks source files use.
std::vector<std::string> split_lines(const std::string& content) {
  std::vector<std::string> lines;
  std::string line;
  for (std::size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\x1c' || c == '\x1d' ||
        c == '\x1e') {
      lines.push_back(line);
      line.clear();
      if (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n') ++i;
    } else {
      line += c;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string location_marks(const std::string& content, const Location& location) {
  const std::vector<std::string> lines = split_lines(content);
  if (location.start_line < 1 || location.start_line > static_cast<std::int64_t>(lines.size())) {
    return "";
  }
  const std::string& start_line = lines[location.start_line - 1];
  const std::int64_t start_col = location.start_col;
  const std::int64_t end_col = location.start_line == location.end_line
                                   ? location.end_col
                                   : static_cast<std::int64_t>(start_line.size()) + 1;
  std::string res = start_line;
  res.push_back('\n');
  res.append(static_cast<std::size_t>(std::max<std::int64_t>(start_col - 1, 0)), ' ');
  res.push_back('^');
  if (end_col > start_col + 1) {
    res.append(static_cast<std::size_t>(end_col - start_col - 2), '*');
    res.push_back('^');
  }
  return res;
}

std::string pc_text(const Relocatable& pc) {
  return pc.to_string();
}

// A program whose debug information and attributes the reports use: the VM's own, and those
// that hints loaded (vm_load_program), each at its base.
struct ProgramAt {
  const Program* program;
  Relocatable base;
};

std::vector<ProgramAt> programs_of(const VirtualMachine& vm) {
  std::vector<ProgramAt> programs{{&vm.program(), vm.program_base()}};
  for (const LoadedProgram& loaded : vm.loaded_programs()) {
    programs.push_back({loaded.program.get(), loaded.base});
  }
  return programs;
}

struct LocationAt {
  const InstructionLocation* location = nullptr;
  const Program* program = nullptr;
};

// The reference keeps one map from pc to location, which each loaded program's debug info
// updates: the last program loaded with a location at `pc` gives it.
LocationAt location_of(const VirtualMachine& vm, const Relocatable& pc) {
  const std::vector<ProgramAt> programs = programs_of(vm);
  for (auto it = programs.rbegin(); it != programs.rend(); ++it) {
    if (pc.segment != it->base.segment || pc.offset < it->base.offset) continue;
    const auto& locations = it->program->instruction_locations();
    const auto found = locations.find(pc.offset - it->base.offset);
    if (found != locations.end()) return {&found->second, it->program};
  }
  return {};
}

// A reference usable in an error message: found from the attribute's scopes, not ap-based.
std::optional<MaybeRelocatable> evaluate_for_message(const VirtualMachine& vm,
                                                     const Program& program,
                                                     const AttributeScope& attr,
                                                     const std::string& name,
                                                     const Relocatable& fp) {
  const FlowTrackingData& flow = *attr.flow_tracking;
  for (auto scope = attr.accessible_scopes.rbegin(); scope != attr.accessible_scopes.rend();
       ++scope) {
    const std::string full_name = *scope + "." + name;
    // The reference resolves the names of every attribute, a loaded program's too, with the
    // VM's own program (its identifiers and references).
    if (&program != &vm.program() && !vm.program().identifier_type(full_name)) continue;
    auto it = flow.reference_ids.find(full_name);
    if (it == flow.reference_ids.end()) continue;
    if (it->second >= vm.program().references().size()) return std::nullopt;
    const ReferenceDefinition& def = vm.program().references()[it->second];
    if (!def.expr.ok() || def.expr.uses_ap()) return std::nullopt;
    try {
      EvalContext ctx;
      ctx.fp = fp;
      ctx.memory = &vm.memory();
      return evaluate(def.expr, def.expr.root(), ctx);
    } catch (const VmError&) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::string substitute_references(const VirtualMachine& vm, const Program& program,
                                  const AttributeScope& attr, const Relocatable& fp) {
  if (!attr.flow_tracking) return attr.value;
  std::string result;
  std::vector<std::string> invalid;
  // The reference substitutes each `{name}` with name matching [a-zA-Z_0-9.]+.
  const std::string& text = attr.value;
  std::size_t last = 0;
  for (std::size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', open + 1)) {
    std::size_t end = open + 1;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                                 text[end] == '_' || text[end] == '.')) {
      ++end;
    }
    if (end == open + 1 || end >= text.size() || text[end] != '}') continue;
    result += text.substr(last, open - last);
    const std::string name = text.substr(open + 1, end - open - 1);
    if (auto value = evaluate_for_message(vm, program, attr, name, fp)) {
      result += value->is_felt() ? value->felt().to_signed_dec_string() : value->to_string();
    } else {
      invalid.push_back(name);
      result += text.substr(open, end - open + 1);
    }
    last = end + 1;
    open = end;
  }
  result += attr.value.substr(last);
  if (!invalid.empty()) {
    result += " (Cannot evaluate ap-based or complex references: [";
    for (std::size_t i = 0; i < invalid.size(); ++i) {
      result += (i ? ", '" : "'") + invalid[i] + "'";
    }
    result += "])";
  }
  return result;
}

std::string error_attr_value(const VirtualMachine& vm, const Relocatable& pc,
                             const Relocatable& fp) {
  std::string errors;
  // The attributes of the VM's program, then those of each loaded program, in load order.
  for (const auto& [program, base] : programs_of(vm)) {
    if (pc.segment != base.segment) continue;
    for (const AttributeScope& attr : program->attributes()) {
      if (attr.name != "error_message") continue;
      const std::uint64_t start = base.offset + attr.start_pc;
      const std::uint64_t end = base.offset + attr.end_pc;
      if (start <= pc.offset && pc.offset < end) {
        errors += "Error message: " + substitute_references(vm, *program, attr, fp) + "\n";
      }
    }
  }
  return errors;
}

std::optional<Felt> felt_at(const Memory& memory, const MaybeRelocatable& address,
                            std::int64_t delta) {
  if (!address.is_relocatable()) return std::nullopt;
  const Relocatable base = address.relocatable();
  if (delta < 0 && base.offset < static_cast<std::uint64_t>(-delta)) return std::nullopt;
  auto value = memory.get(add(base, delta));
  if (!value || !value->is_felt()) return std::nullopt;
  return value->felt();
}

// (fp, call pc) of each frame, most recent call last, walking [fp - 2] and [fp - 1].
std::vector<std::pair<Relocatable, Relocatable>> traceback_entries(const VirtualMachine& vm) {
  std::vector<std::pair<Relocatable, Relocatable>> entries;
  const Memory& memory = vm.memory();
  MaybeRelocatable fp = vm.fp;
  for (int i = 0; i < kMaxTracebackEntries; ++i) {
    if (!fp.is_relocatable() || fp.relocatable().offset < 2) break;
    const Relocatable frame = fp.relocatable();
    const auto saved_fp = memory.get(add(frame, std::int64_t{-2}));
    if (saved_fp && *saved_fp == fp) break;
    const auto ret_pc = memory.get(add(frame, std::int64_t{-1}));
    if (!saved_fp || !ret_pc) break;
    fp = *saved_fp;
    const auto instruction0 = felt_at(memory, *ret_pc, -2);
    const auto instruction1 = felt_at(memory, *ret_pc, -1);
    Relocatable call_pc;
    if (instruction1 && is_call_instruction(*instruction1, false)) {
      call_pc = add(ret_pc->relocatable(), std::int64_t{-1});
    } else if (instruction0 && instruction1 && is_call_instruction(*instruction0, true)) {
      call_pc = add(ret_pc->relocatable(), std::int64_t{-2});
    } else {
      break;
    }
    if (!fp.is_relocatable()) break;
    entries.emplace_back(fp.relocatable(), call_pc);
  }
  std::reverse(entries.begin(), entries.end());
  return entries;
}

std::optional<std::string> traceback_text(const VirtualMachine& vm) {
  std::string text;
  for (const auto& [fp, pc] : traceback_entries(vm)) {
    text += error_attr_value(vm, pc, fp);
    const auto [location, program] = location_of(vm, pc);
    if (location == nullptr) {
      text += "Unknown location (pc=" + pc_text(pc) + ")\n";
      continue;
    }
    text += location_with_content(location->inst, "(pc=" + pc_text(pc) + ")", *program) + "\n";
  }
  if (text.empty()) return std::nullopt;
  return "Cairo traceback (most recent call last):\n" + text;
}

std::string rstrip(std::string text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  return text;
}

}  // namespace

std::string location_with_content(const Location& location, const std::string& message,
                                  const Program& program) {
  std::string first_line = location.filename + ":" + std::to_string(location.start_line) + ":" +
                           std::to_string(location.start_col) + (message.empty() ? "" : ": ") +
                           message;
  const auto content = file_content(location.filename, program);
  if (!content) return first_line;
  return first_line + "\n" + location_marks(*content, location);
}

namespace {

// The location lines of a report at `pc`: the instruction's (or the hint's) location with its
// parent locations, each with its source marks; the bare message without a location.
std::string location_lines(const VirtualMachine& vm, const Relocatable& pc,
                           std::optional<std::size_t> hint_index, const std::string& message) {
  const Location* location = nullptr;
  const auto [inst, program] = location_of(vm, pc);
  if (inst != nullptr) {
    location = &inst->inst;
    if (hint_index && *hint_index < inst->hints.size() && inst->hints[*hint_index]) {
      location = &inst->hints[*hint_index]->location;
    }
  }
  if (location == nullptr) return message + "\n";
  std::string chain;
  const Location* current = location;
  std::string current_message = message;
  for (int depth = 0; current != nullptr && depth < 64; ++depth) {
    chain = location_with_content(*current, current_message, *program) + "\n" + chain;
    if (!current->parent) break;
    current_message = current->parent->message;
    current = current->parent->location.get();
  }
  return chain;
}

}  // namespace

std::string vm_error_report(const VirtualMachine& vm, const std::string& inner_message,
                            bool with_traceback, std::optional<std::size_t> hint_index,
                            const std::string& note) {
  const std::string message = "Error at pc=" + pc_text(vm.pc) + ":\n" + inner_message;
  std::string report = error_attr_value(vm, vm.pc, vm.fp);
  report += location_lines(vm, vm.pc, hint_index, message);
  if (with_traceback) {
    if (auto traceback = traceback_text(vm)) report += *traceback + "\n";
  }
  if (!note.empty()) report += note + "\n";
  return rstrip(report);
}

std::string hint_compile_error_report(const VirtualMachine& vm, const Relocatable& pc,
                                      std::size_t hint_index, const std::string& note) {
  const std::string message =
      "Error at pc=" + pc_text(pc) + ":\nGot an exception while compiling a hint.";
  std::string report = location_lines(vm, pc, hint_index, message);
  if (!note.empty()) report += note + "\n";
  return rstrip(report);
}

}  // namespace cairovm
