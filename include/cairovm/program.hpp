// A Cairo 0 program as compiled by cairo-compile, loaded from its JSON: the Program class and the
// plain structs of its parts (hints, references, debug info, attributes, structs).
#pragma once

#include "cairovm/export.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cairovm/felt.hpp"
#include "cairovm/reference.hpp"

CAIROVM_API_BEGIN
namespace cairovm {

/// The compiler's ap-tracking point: ap's offset from the start of a group (a group ends where
/// ap changes by an unknown amount).
struct ApTracking {
  std::int64_t group = 0;
  std::int64_t offset = 0;
};

/// Where a hint or attribute sits in the flow: its ap-tracking point and the references it sees.
struct FlowTrackingData {
  ApTracking ap_tracking;
  std::map<std::string, std::size_t> reference_ids;  // full name -> index in the references
};

struct Location;
/// The location a Location was inlined or expanded from, with the compiler's message.
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

/// A hint's source location; its code starts `n_prefix_newlines` lines after `location`.
struct HintLocation {
  Location location;
  std::int64_t n_prefix_newlines = 0;
};

/// Debug info of one pc: the instruction's location, its hints' locations (by index at the pc)
/// and the scopes it can access.
struct InstructionLocation {
  Location inst;
  std::vector<std::optional<HintLocation>> hints;
  std::vector<std::string> accessible_scopes;
};

/// A hint as the compiler wrote it: its Python code (matched exactly against native and host
/// hints), the scopes its `ids` are looked up in, and its flow-tracking data.
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

/// A struct member: its Cairo type (text) and offset.
struct StructMember {
  std::string cairo_type;
  std::int64_t offset = 0;
};

/// A struct identifier: members by name, and its size in cells.
struct StructDefinition {
  std::map<std::string, StructMember> members;
  std::int64_t size = 0;
};

/// A loaded program. Immutable once loaded, and cheap to copy: copies share one read-only
/// representation, built once at load, that holds the parsed program and what every run needs
/// from it alone (each instruction word decoded, each hint resolved to its native implementation
/// with its `ids` references). Runners use it without copying or re-decoding anything, so one
/// Program may be run by many CairoRunner objects, including runners on different threads.
///
/// Thread safety: every const member function may be called from any number of threads at once.
/// A runner keeps a reference to the Program it was given: that Program object must outlive it.
/// A moved-from Program may only be assigned to or destroyed.
class Program {
 public:
  /// Loads a program from the JSON text of a compiled program (cairo-compile's output).
  /// Integers beyond 64 bits (constants) are kept exactly.
  /// @throws ProgramError naming what is wrong and where (invalid JSON, a prime other than
  ///         Cairo's, a missing or malformed field, a hint outside the program, a bad reference).
  static Program from_json_text(std::string_view text);
  /// Loads a program from a compiled program file (cairo-compile's output).
  /// @throws ProgramError when the file cannot be read or does not hold a valid program.
  static Program from_file(const std::string& path);
  // From parsed JSON (an nlohmann::json): cairovm/program_json.hpp, an optional header.

  /// The program's words (instructions and immediates), loaded at offset 0 of the program
  /// segment.
  const std::vector<Felt>& data() const noexcept;
  /// The %builtins directive: builtin names, in order.
  const std::vector<std::string>& builtins() const noexcept;
  /// Hints per pc (offset in the program segment), in order.
  const std::map<std::uint64_t, std::vector<HintDefinition>>& hints() const noexcept;
  /// The reference manager's references (indexed by FlowTrackingData::reference_ids).
  const std::vector<ReferenceDefinition>& references() const noexcept;
  /// Debug info: source locations per pc (empty without debug info).
  const std::map<std::uint64_t, InstructionLocation>& instruction_locations() const noexcept;
  /// Debug info: file contents by file name (for error reports).
  const std::map<std::string, std::string>& file_contents() const noexcept;
  /// Attribute scopes (error_message, ...).
  const std::vector<AttributeScope>& attributes() const noexcept;
  /// The main scope's name ("__main__" unless the program says otherwise).
  const std::string& main_scope() const noexcept;
  /// The JSON text the program was loaded from (the Python hints load it with the reference's
  /// loader).
  const std::string& json_text() const noexcept;

  /// The pc of `main` in the main scope, if the program has one.
  std::optional<std::uint64_t> main_pc() const;
  /// The pc of a function or label given by its full name (aliases followed).
  std::optional<std::uint64_t> label_pc(const std::string& full_name) const;
  /// A constant's value by full name (aliases followed).
  std::optional<Felt> constant(const std::string& full_name) const;
  /// A struct's members and size by full name (aliases followed), or nullptr.
  const StructDefinition* struct_definition(const std::string& full_name) const;
  /// Follows aliases from `full_name`; returns the name itself when it is not an alias.
  std::string resolve_alias(const std::string& full_name) const;
  /// The kind of identifier ("function", "label", "const", "struct", "reference", ...), if any.
  std::optional<std::string> identifier_type(const std::string& full_name) const;

 private:
  struct Impl;  // src/program_impl.hpp
  friend class ProgramInternals;
  explicit Program(std::shared_ptr<const Impl> impl) noexcept;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace cairovm
CAIROVM_API_END
