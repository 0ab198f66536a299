#include "cairovm/reference.hpp"

#include <cctype>

#include "cairovm/errors.hpp"
#include "cairovm/memory.hpp"

namespace cairovm {

namespace {

// A reference's text for an error message, cut when long (a hostile one may be megabytes).
std::string quoted_text(std::string_view text) {
  constexpr std::size_t kShown = 100;
  if (text.size() <= kShown) return std::string(text);
  return std::string(text.substr(0, kShown)) + "...";
}

}  // namespace

// Recursive-descent parser over the compiler's formatting of reference expressions.
// A program's references come from the compiler and are small, but a hostile program JSON may
// hold any text: nesting and size are bounded so that neither the parser's recursion nor
// evaluate()'s (over a tree as deep as its node count) can exhaust the stack.
class ExprParser {
  static constexpr int kMaxNesting = 200;
  static constexpr std::size_t kMaxNodes = 2000;

 public:
  explicit ExprParser(std::string_view text, ReferenceExpr& out) : text_(text), out_(out) {}

  void run() {
    out_.root_ = parse_sum();
    skip_space();
    if (pos_ != text_.size()) fail("unexpected text");
  }

 private:
  struct ParseFailure {};

  [[noreturn]] void fail(const std::string& what) {
    out_.error_ = "cannot parse reference '" + quoted_text(text_) + "': " + what + " at column " +
                  std::to_string(pos_ + 1);
    throw ParseFailure{};
  }

  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool accept(std::string_view token) {
    skip_space();
    if (text_.substr(pos_, token.size()) != token) return false;
    pos_ += token.size();
    return true;
  }
  void expect(std::string_view token) {
    if (!accept(token)) fail("expected '" + std::string(token) + "'");
  }
  std::int32_t add_node(ExprNode node) {
    if (out_.nodes_.size() >= kMaxNodes) fail("expression too long");
    out_.nodes_.push_back(std::move(node));
    return static_cast<std::int32_t>(out_.nodes_.size()) - 1;
  }
  std::int32_t binary(ExprNode::Kind kind, std::int32_t lhs, std::int32_t rhs) {
    ExprNode node;
    node.kind = kind;
    node.lhs = lhs;
    node.rhs = rhs;
    return add_node(std::move(node));
  }

  std::int32_t parse_sum() {
    std::int32_t lhs = parse_product();
    while (true) {
      if (accept("+")) {
        lhs = binary(ExprNode::Kind::kAdd, lhs, parse_product());
      } else if (accept("-")) {
        lhs = binary(ExprNode::Kind::kSub, lhs, parse_product());
      } else {
        return lhs;
      }
    }
  }
  std::int32_t parse_product() {
    std::int32_t lhs = parse_unary();
    while (true) {
      if (accept("*")) {
        lhs = binary(ExprNode::Kind::kMul, lhs, parse_unary());
      } else if (accept("/")) {
        lhs = binary(ExprNode::Kind::kDiv, lhs, parse_unary());
      } else {
        return lhs;
      }
    }
  }
  // Counts the nesting of the recursive rules (unary minus, parentheses, brackets, casts).
  class Nested {
   public:
    explicit Nested(ExprParser& parser) : parser_(parser) {
      if (++parser_.nesting_ > kMaxNesting) parser_.fail("expression nested too deeply");
    }
    ~Nested() { --parser_.nesting_; }
    Nested(const Nested&) = delete;
    Nested& operator=(const Nested&) = delete;

   private:
    ExprParser& parser_;
  };

  std::int32_t parse_unary() {
    const Nested nested(*this);
    if (accept("-")) {
      const std::int32_t operand = parse_unary();
      if (out_.nodes_[operand].kind == ExprNode::Kind::kConst) {  // fold "(-5)" once, here
        out_.nodes_[operand].value = -out_.nodes_[operand].value;
        return operand;
      }
      return binary(ExprNode::Kind::kNeg, operand, -1);
    }
    return parse_atom();
  }
  std::int32_t parse_atom() {
    skip_space();
    if (accept("(")) {
      std::int32_t inner = parse_sum();
      expect(")");
      return inner;
    }
    if (accept("[")) {
      std::int32_t inner = parse_sum();
      expect("]");
      return binary(ExprNode::Kind::kDeref, inner, -1);
    }
    if (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
      std::size_t end = pos_;
      while (end < text_.size() && std::isalnum(static_cast<unsigned char>(text_[end]))) ++end;
      auto value = Felt::parse(text_.substr(pos_, end - pos_));
      if (!value) fail("bad number");
      pos_ = end;
      ExprNode node;
      node.kind = ExprNode::Kind::kConst;
      node.value = *value;
      return add_node(std::move(node));
    }
    std::size_t end = pos_;
    while (end < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[end])) || text_[end] == '_')) {
      ++end;
    }
    const std::string_view word = text_.substr(pos_, end - pos_);
    if (word == "ap" || word == "fp") {
      pos_ = end;
      return binary(word == "ap" ? ExprNode::Kind::kAp : ExprNode::Kind::kFp, -1, -1);
    }
    if (word == "cast") {
      pos_ = end;
      expect("(");
      std::int32_t inner = parse_sum();
      expect(",");
      skip_space();
      const std::size_t type_start = pos_;
      int depth = 0;
      while (pos_ < text_.size() && !(depth == 0 && text_[pos_] == ')')) {
        if (text_[pos_] == '(') ++depth;
        if (text_[pos_] == ')') --depth;
        ++pos_;
      }
      std::string type(text_.substr(type_start, pos_ - type_start));
      while (!type.empty() && std::isspace(static_cast<unsigned char>(type.back())))
        type.pop_back();
      expect(")");
      ExprNode node;
      node.kind = ExprNode::Kind::kCast;
      node.lhs = inner;
      node.cast_type = std::move(type);
      return add_node(std::move(node));
    }
    fail("unexpected token");
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  int nesting_ = 0;
  ReferenceExpr& out_;
};

ReferenceExpr ReferenceExpr::parse(std::string_view text) {
  ReferenceExpr expr;
  try {
    ExprParser(text, expr).run();
  } catch (...) {
    expr.nodes_.clear();
    expr.root_ = -1;
    if (expr.error_.empty()) {
      expr.error_ = "cannot parse reference '" + quoted_text(text) + "'";
    }
  }
  return expr;
}

bool ReferenceExpr::uses_ap() const noexcept {
  for (const ExprNode& node : nodes_) {
    if (node.kind == ExprNode::Kind::kAp) return true;
  }
  return false;
}

std::int32_t ReferenceExpr::skip_casts(std::int32_t node) const noexcept {
  while (node >= 0 && nodes_[node].kind == ExprNode::Kind::kCast) node = nodes_[node].lhs;
  return node;
}

std::optional<std::int32_t> ReferenceExpr::cell_address() const noexcept {
  const std::int32_t node = skip_casts(root_);
  if (node >= 0 && nodes_[node].kind == ExprNode::Kind::kDeref) return nodes_[node].lhs;
  return std::nullopt;
}

std::optional<ReferenceExpr::RegisterOffset> ReferenceExpr::register_offset() const noexcept {
  using Kind = ExprNode::Kind;
  if (!ok() || root_ < 0) return std::nullopt;
  // A constant as evaluate() computes it (a negation is P minus the value), as a small number.
  const auto constant = [this](std::int32_t node) -> std::optional<std::int64_t> {
    if (node < 0) return std::nullopt;
    const ExprNode& n = nodes_[node];
    std::optional<std::int64_t> value;
    if (n.kind == Kind::kConst) {
      value = small_signed(n.value);
    } else if (n.kind == Kind::kNeg && n.lhs >= 0 && nodes_[n.lhs].kind == Kind::kConst) {
      value = small_signed(Felt::zero() - nodes_[n.lhs].value);
    }
    constexpr std::int64_t kLimit = std::int64_t{1} << 62;
    if (value && (*value >= kLimit || *value <= -kLimit)) return std::nullopt;
    return value;
  };
  // `base + c` or `base - c` (c a constant), or `base` alone: base and the signed c.
  const auto sum = [&](std::int32_t node) -> std::optional<std::pair<std::int32_t, std::int64_t>> {
    const ExprNode& n = nodes_[node];
    if (n.kind != Kind::kAdd && n.kind != Kind::kSub) return std::pair{node, std::int64_t{0}};
    const auto value = constant(n.rhs);
    if (!value) return std::nullopt;
    return std::pair{skip_casts(n.lhs), n.kind == Kind::kAdd ? *value : -*value};
  };
  const auto is_register = [this](std::int32_t node) {
    return node >= 0 && (nodes_[node].kind == Kind::kAp || nodes_[node].kind == Kind::kFp);
  };
  RegisterOffset out;
  std::int32_t node = skip_casts(root_);
  if (node >= 0 && nodes_[node].kind == Kind::kDeref) {
    out.is_cell = true;
    node = skip_casts(nodes_[node].lhs);
  }
  if (node < 0) return std::nullopt;
  const auto outer = sum(node);
  if (!outer || outer->first < 0) return std::nullopt;
  std::int32_t reg = outer->first;
  out.offset = outer->second;
  if (nodes_[reg].kind == Kind::kDeref) {
    // [reg + inner] + offset: a pointer read from a cell.
    const std::int32_t pointer = skip_casts(nodes_[reg].lhs);
    if (pointer < 0) return std::nullopt;
    const auto inner = sum(pointer);
    if (!inner) return std::nullopt;
    out.indirect = true;
    out.inner = inner->second;
    reg = inner->first;
  }
  if (!is_register(reg)) return std::nullopt;
  out.fp_based = nodes_[reg].kind == Kind::kFp;
  return out;
}

std::optional<std::string> ReferenceExpr::top_cast_type() const {
  if (root_ >= 0 && nodes_[root_].kind == ExprNode::Kind::kCast) return nodes_[root_].cast_type;
  return std::nullopt;
}

MaybeRelocatable evaluate(const ReferenceExpr& expr, std::int32_t index, const EvalContext& ctx) {
  if (!expr.ok()) throw VmError(expr.error());
  const ExprNode& node = expr.nodes()[index];
  switch (node.kind) {
    case ExprNode::Kind::kAp:
      if (!ctx.ap) throw VmError("Cannot evaluate an ap-based reference here.");
      return *ctx.ap;
    case ExprNode::Kind::kFp:
      return ctx.fp;
    case ExprNode::Kind::kConst:
      return node.value;
    case ExprNode::Kind::kCast:
      return evaluate(expr, node.lhs, ctx);
    case ExprNode::Kind::kNeg:
      return sub(Felt::zero(), evaluate(expr, node.lhs, ctx));
    case ExprNode::Kind::kAdd:
      return add(evaluate(expr, node.lhs, ctx), evaluate(expr, node.rhs, ctx));
    case ExprNode::Kind::kSub:
      return sub(evaluate(expr, node.lhs, ctx), evaluate(expr, node.rhs, ctx));
    case ExprNode::Kind::kMul:
      return mul(evaluate(expr, node.lhs, ctx), evaluate(expr, node.rhs, ctx));
    case ExprNode::Kind::kDiv: {
      const MaybeRelocatable a = evaluate(expr, node.lhs, ctx);
      const MaybeRelocatable b = evaluate(expr, node.rhs, ctx);
      if (a.is_relocatable() || b.is_relocatable()) {
        throw VmError("Cannot divide relocatable values in a reference.");
      }
      auto quotient = a.felt().divide(b.felt());
      if (!quotient) throw VmError("Division by zero in a reference.");
      return *quotient;
    }
    case ExprNode::Kind::kDeref: {
      const MaybeRelocatable address = evaluate(expr, node.lhs, ctx);
      if (!address.is_relocatable()) {
        throw VmError("Unknown value for memory cell at address " + address.to_string() + ".");
      }
      auto value = ctx.memory->get(address.relocatable());
      if (!value) {
        throw VmError("Unknown value for memory cell at address " + address.to_string() + ".",
                      "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError");
      }
      return *value;
    }
  }
  throw VmError("Invalid reference expression.");
}

}  // namespace cairovm
