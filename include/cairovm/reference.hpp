// Reference expressions of the reference manager (e.g. "[cast(fp + (-3), felt*)]"), parsed once
// at program load and evaluated against the registers and memory when a hint needs `ids`.
#pragma once

#include "cairovm/export.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cairovm/felt.hpp"
#include "cairovm/relocatable.hpp"

CAIROVM_API_BEGIN
namespace cairovm {

class Memory;

/// One node of a parsed reference expression (internal to ReferenceExpr).
struct ExprNode {
  enum class Kind : std::uint8_t { kAp, kFp, kConst, kDeref, kAdd, kSub, kMul, kDiv, kNeg, kCast };
  Kind kind = Kind::kConst;
  Felt value;             // kConst
  std::int32_t lhs = -1;  // operand (or the only operand)
  std::int32_t rhs = -1;  // second operand of binary nodes
  std::string cast_type;  // kCast: the type text, e.g. "felt*"
};

/// A reference's expression (`[cast(fp + (-3), felt*)]`), parsed once when the program is loaded.
/// Immutable after parse(): read by every runner of the program, on any thread.
class ReferenceExpr {
 public:
  /// Parses the compiler's text of a reference; an expression it cannot parse is kept with its
  /// error, reported only when a hint uses it.
  static ReferenceExpr parse(std::string_view text);

  bool ok() const noexcept { return error_.empty(); }
  const std::string& error() const noexcept { return error_; }
  const std::vector<ExprNode>& nodes() const noexcept { return nodes_; }
  std::int32_t root() const noexcept { return root_; }
  bool uses_ap() const noexcept;
  /// The address expression when the reference is a memory cell ("[addr]", possibly in casts).
  std::optional<std::int32_t> cell_address() const noexcept;
  /// `reg + offset` or `[reg + inner] + offset` (casts aside), as the expression itself or as the
  /// address of its cell (`[reg + offset]`, `[[reg + inner] + offset]`, as for `let x =
  /// [range_check_ptr]`): the forms of most references, which hints then read without walking
  /// the nodes. nullopt for any other expression, or an offset beyond +-2^62.
  struct RegisterOffset {
    bool fp_based = false;  // else ap-based
    std::int64_t offset = 0;
    bool is_cell = false;   // the expression is the cell at that address
    bool indirect = false;  // the address is the pointer at reg + inner, plus offset
    std::int64_t inner = 0;
  };
  std::optional<RegisterOffset> register_offset() const noexcept;
  /// The type the expression is cast to at its top, if any (e.g. "felt", "felt*").
  std::optional<std::string> top_cast_type() const;

 private:
  /// The node below any casts at `node`.
  std::int32_t skip_casts(std::int32_t node) const noexcept;

  std::vector<ExprNode> nodes_;
  std::int32_t root_ = -1;
  std::string error_;
  friend class ExprParser;
};

/// Registers and memory to evaluate a reference with; `ap` is already corrected for ap tracking.
struct EvalContext {
  std::optional<Relocatable> ap;  // nullopt: ap-based references cannot be evaluated
  Relocatable fp;
  const Memory* memory = nullptr;
};

/// Evaluates node `node` of `expr`; throws VmError when a cell is unknown or arithmetic is
/// invalid.
MaybeRelocatable evaluate(const ReferenceExpr& expr, std::int32_t node, const EvalContext& ctx);

}  // namespace cairovm
CAIROVM_API_END
