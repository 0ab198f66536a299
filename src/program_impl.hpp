// The representation behind a Program handle, shared by its copies and its runners, and the
// library's private access to it.
#pragma once

#include <string>
#include <unordered_map>

#include "cairovm/program.hpp"
#include "program_code.hpp"

namespace cairovm {

struct Program::Impl {
  std::vector<Felt> data;
  std::vector<std::string> builtins;
  std::map<std::uint64_t, std::vector<HintDefinition>> hints;
  std::vector<ReferenceDefinition> references;
  std::map<std::uint64_t, InstructionLocation> instruction_locations;
  std::map<std::string, std::string> file_contents;
  std::vector<AttributeScope> attributes;
  std::string main_scope;
  std::string json_text;
  std::unordered_map<std::string, std::string> identifier_types;
  std::unordered_map<std::string, std::uint64_t> pcs;
  std::unordered_map<std::string, Felt> constants;
  std::unordered_map<std::string, std::string> aliases;
  std::unordered_map<std::string, StructDefinition> structs;
  /// Built last, from the fields above (it points into them); the Impl never moves afterwards.
  ProgramCode code;
};

/// The library's view of a Program's shared representation.
class ProgramInternals {
 public:
  static const ProgramCode& code(const Program& program) noexcept { return program.impl_->code; }
};

}  // namespace cairovm
