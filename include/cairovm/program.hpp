// A Cairo 0 program as compiled by cairo-compile, loaded from its JSON.
#pragma once

#include "cairovm/export.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cairovm/felt.hpp"
#include "cairovm/reference.hpp"

CAIROVM_API_BEGIN
namespace cairovm {

struct ApTracking {
  std::int64_t group = 0;
  std::int64_t offset = 0;
};

struct FlowTrackingData {
  ApTracking ap_tracking;
  std::map<std::string, std::size_t> reference_ids;  // full name -> index in the references
};

struct Location;
struct ParentLocation {
  std::shared_ptr<const Location> location;
  std::string message;
};

/// A source range, as in the program's debug info.
struct Location {
  std::int64_t start_line = 0;
  std::int64_t start_col = 0;
  std::int64_t end_line = 0;
  std::int64_t end_col = 0;
  std::string filename;
  std::optional<ParentLocation> parent;
};

struct HintLocation {
  Location location;
  std::int64_t n_prefix_newlines = 0;
};

struct InstructionLocation {
  Location inst;
  std::vector<std::optional<HintLocation>> hints;
  std::vector<std::string> accessible_scopes;
};

struct HintDefinition {
  std::string code;
  std::vector<std::string> accessible_scopes;
  FlowTrackingData flow_tracking;
};

/// A reference of the reference manager: an expression valid from `pc`, whose `ap` is the one of
/// the ap-tracking point it was defined at.
struct ReferenceDefinition {
  ApTracking ap_tracking;
  std::uint64_t pc = 0;
  std::string text;
  ReferenceExpr expr;
};

/// An `error_message` (or other) attribute scope.
struct AttributeScope {
  std::string name;
  std::string value;
  std::uint64_t start_pc = 0;
  std::uint64_t end_pc = 0;
  std::optional<FlowTrackingData> flow_tracking;
  std::vector<std::string> accessible_scopes;
};

struct StructMember {
  std::string cairo_type;
  std::int64_t offset = 0;
};

struct StructDefinition {
  std::map<std::string, StructMember> members;
  std::int64_t size = 0;
};

/// A loaded program: immutable once loaded, so one Program may be run by many CairoRunners,
/// including runners on different threads (a runner keeps a reference: the Program must outlive
/// it).
class Program {
 public:
  /// Loads a program from JSON text; throws ProgramError naming what is wrong and where.
  static Program from_json_text(std::string_view text);
  /// Loads a program from a compiled program file (cairo-compile's output); throws ProgramError.
  static Program from_file(const std::string& path);

  const std::vector<Felt>& data() const noexcept { return data_; }
  const std::vector<std::string>& builtins() const noexcept { return builtins_; }
  /// Hints per pc (offset in the program segment), in order.
  const std::map<std::uint64_t, std::vector<HintDefinition>>& hints() const noexcept {
    return hints_;
  }
  const std::vector<ReferenceDefinition>& references() const noexcept { return references_; }
  const std::map<std::uint64_t, InstructionLocation>& instruction_locations() const noexcept {
    return instruction_locations_;
  }
  const std::map<std::string, std::string>& file_contents() const noexcept {
    return file_contents_;
  }
  const std::vector<AttributeScope>& attributes() const noexcept { return attributes_; }
  const std::string& main_scope() const noexcept { return main_scope_; }
  /// The JSON text the program was loaded from.
  const std::string& json_text() const noexcept { return json_text_; }

  /// The pc of `main` in the main scope, if the program has one.
  std::optional<std::uint64_t> main_pc() const;
  /// The pc of a function or label given by its full name (aliases followed).
  std::optional<std::uint64_t> label_pc(const std::string& full_name) const;
  /// A constant's value by full name (aliases followed).
  std::optional<Felt> constant(const std::string& full_name) const;
  const StructDefinition* struct_definition(const std::string& full_name) const;
  /// Follows aliases from `full_name`; returns the name itself when it is not an alias.
  std::string resolve_alias(const std::string& full_name) const;
  /// The kind of identifier ("function", "label", "const", "struct", "reference", ...), if any.
  std::optional<std::string> identifier_type(const std::string& full_name) const;

 private:
  std::vector<Felt> data_;
  std::vector<std::string> builtins_;
  std::map<std::uint64_t, std::vector<HintDefinition>> hints_;
  std::vector<ReferenceDefinition> references_;
  std::map<std::uint64_t, InstructionLocation> instruction_locations_;
  std::map<std::string, std::string> file_contents_;
  std::vector<AttributeScope> attributes_;
  std::string main_scope_;
  std::string json_text_;
  std::unordered_map<std::string, std::string> identifier_types_;
  std::unordered_map<std::string, std::uint64_t> pcs_;
  std::unordered_map<std::string, Felt> constants_;
  std::unordered_map<std::string, std::string> aliases_;
  std::unordered_map<std::string, StructDefinition> structs_;
};

}  // namespace cairovm
CAIROVM_API_END
