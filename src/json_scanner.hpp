// A strict forward reader of JSON text (RFC 8259) that builds no DOM, for the large parts of a
// compiled program that are mostly skipped (its debug info).
//
// Strict: it never accepts text that nlohmann's parser rejects (raw control characters in strings,
// ill-formed UTF-8, lone surrogate escapes, leading zeros, numbers a double cannot hold, ...). It
// may reject valid text (object keys with escapes, nesting deeper than kMaxDepth, numbers of
// 10^308 and more, a byte order mark); its callers then hand the text to nlohmann.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cairovm {

class JsonScanner {
 public:
  /// Objects and arrays nested deeper than this are refused.
  static constexpr int kMaxDepth = 512;

  explicit JsonScanner(std::string_view text) noexcept : text_(text) {}

  // Every read skips the whitespace before the token. After a failed read the position is
  // unspecified: the caller gives up on the text.

  /// Skips spaces, tabs, line feeds and carriage returns.
  void skip_whitespace() noexcept;
  /// Whether only whitespace is left.
  bool at_end() noexcept;
  /// Consumes `c` if it is the next character.
  bool consume(char c) noexcept;
  /// Whether `c` is the next character (it stays unread).
  bool next_is(char c) noexcept;
  /// Consumes the literal `null` if it is next.
  bool consume_null() noexcept;
  /// A string without escapes, as its raw text (an object key): fails on a backslash.
  bool read_key(std::string_view& key) noexcept;
  /// A string, decoded (escapes resolved, \u escapes written as UTF-8).
  bool read_string(std::string& out);
  /// An integer that fits in 64 signed bits (no fraction, no exponent).
  bool read_int(std::int64_t& out) noexcept;
  /// Any value, checked and skipped.
  bool skip_value() noexcept { return skip_value_at(0); }
  /// Any value, checked and skipped; `span` is its text.
  bool skip_value(std::string_view& span) noexcept;

  /// An object: `on_member(key)` reads each member's value after its key (read_key) and colon.
  template <class OnMember>
  bool read_object(OnMember&& on_member) {
    if (!consume('{')) return false;
    if (consume('}')) return true;
    do {
      std::string_view key;
      if (!read_key(key) || !consume(':') || !on_member(key)) return false;
    } while (consume(','));
    return consume('}');
  }

  /// An array: `on_element()` reads each element.
  template <class OnElement>
  bool read_array(OnElement&& on_element) {
    if (!consume('[')) return false;
    if (consume(']')) return true;
    do {
      if (!on_element()) return false;
    } while (consume(','));
    return consume(']');
  }

 private:
  bool skip_value_at(int depth) noexcept;
  bool skip_object(int depth) noexcept;
  bool skip_array(int depth) noexcept;
  bool skip_string() noexcept;
  bool skip_number() noexcept;
  bool skip_literal(std::string_view literal) noexcept;
  std::size_t skip_unescaped(std::size_t pos) const noexcept;
  bool read_escape(std::size_t& pos, char32_t& code_point) const noexcept;
  bool read_hex4(std::size_t pos, char32_t& value) const noexcept;

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace cairovm
