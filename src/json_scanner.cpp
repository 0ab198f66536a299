#include "json_scanner.hpp"

#include <array>
#include <cstring>

namespace cairovm {

namespace {

// Bytes a string holds as they are: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> kPlainStringByte = [] {
  std::array<bool, 256> plain{};
  for (int byte = 0x20; byte < 0x80; ++byte) plain[byte] = byte != '"' && byte != '\\';
  return plain;
}();

constexpr std::uint64_t kEachByte = 0x0101010101010101;
constexpr std::uint64_t kHighBits = 0x8080808080808080;

std::uint64_t eight_bytes_at(const char* bytes) noexcept {
  std::uint64_t word = 0;
  std::memcpy(&word, bytes, sizeof word);
  return word;
}

// Whether a byte of `word` is zero. (Exact: a borrow only reaches the bytes above a zero one.)
bool has_zero_byte(std::uint64_t word) noexcept {
  return ((word - kEachByte) & ~word & kHighBits) != 0;
}

// Whether all eight bytes of `word` are plain (kPlainStringByte), tested at once: strings are most
// of a compiled program's text.
bool all_plain(std::uint64_t word) noexcept {
  const bool control_or_not_ascii = (((word - kEachByte * 0x20) | word) & kHighBits) != 0;
  return !control_or_not_ascii && !has_zero_byte(word ^ (kEachByte * '"')) &&
         !has_zero_byte(word ^ (kEachByte * '\\'));
}

// Doubles reach 1.8e308: a number whose leading digit is worth 10^308 or more may overflow, which
// nlohmann rejects.
constexpr std::int64_t kMaxDecimalOrder = 307;

bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}

bool is_whitespace(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, at
// most U+10FFFF) at the start of `bytes`, or 0.
std::size_t utf8_sequence_length(std::string_view bytes) noexcept {
  const auto byte = [bytes](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  const unsigned char lead = byte(0);
  std::size_t length = 0;
  unsigned char second_low = 0x80;
  unsigned char second_high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_low = 0xA0;   // overlong below U+0800
    if (lead == 0xED) second_high = 0x9F;  // surrogates U+D800-DFFF
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_low = 0x90;   // overlong below U+10000
    if (lead == 0xF4) second_high = 0x8F;  // beyond U+10FFFF
  } else {
    return 0;
  }
  if (bytes.size() < length || byte(1) < second_low || byte(1) > second_high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
  }
  return length;
}

void append_utf8(char32_t code_point, std::string& out) {
  const auto unit = [](char32_t bits) { return static_cast<char>(bits); };
  if (code_point < 0x80) {
    out += unit(code_point);
  } else if (code_point < 0x800) {
    out += unit(0xC0 | (code_point >> 6));
    out += unit(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += unit(0xE0 | (code_point >> 12));
    out += unit(0x80 | ((code_point >> 6) & 0x3F));
    out += unit(0x80 | (code_point & 0x3F));
  } else {
    out += unit(0xF0 | (code_point >> 18));
    out += unit(0x80 | ((code_point >> 12) & 0x3F));
    out += unit(0x80 | ((code_point >> 6) & 0x3F));
    out += unit(0x80 | (code_point & 0x3F));
  }
}

bool is_high_surrogate(char32_t unit) noexcept {
  return unit >= 0xD800 && unit <= 0xDBFF;
}

bool is_low_surrogate(char32_t unit) noexcept {
  return unit >= 0xDC00 && unit <= 0xDFFF;
}

}  // namespace

void JsonScanner::skip_whitespace() noexcept {
  std::size_t pos = pos_;
  for (;;) {
    // Compiled programs are indented with runs of spaces: eight at a time.
    while (text_.size() - pos >= 8 && eight_bytes_at(&text_[pos]) == kEachByte * ' ') pos += 8;
    if (pos == text_.size() || !is_whitespace(text_[pos])) break;
    ++pos;
  }
  pos_ = pos;
}

bool JsonScanner::at_end() noexcept {
  skip_whitespace();
  return pos_ == text_.size();
}

bool JsonScanner::next_is(char c) noexcept {
  skip_whitespace();
  return pos_ < text_.size() && text_[pos_] == c;
}

bool JsonScanner::consume(char c) noexcept {
  if (!next_is(c)) return false;
  ++pos_;
  return true;
}

bool JsonScanner::consume_null() noexcept {
  skip_whitespace();
  if (text_.substr(pos_, 4) != "null") return false;
  pos_ += 4;
  return true;
}

// Past plain characters and well-formed UTF-8 sequences; stops at the end of the text, a quote, a
// backslash, a control character or an ill-formed byte.
std::size_t JsonScanner::skip_unescaped(std::size_t pos) const noexcept {
  for (;;) {
    while (text_.size() - pos >= 8 && all_plain(eight_bytes_at(&text_[pos]))) pos += 8;
    while (pos < text_.size() && kPlainStringByte[static_cast<unsigned char>(text_[pos])]) ++pos;
    if (pos == text_.size() || static_cast<unsigned char>(text_[pos]) < 0x80) return pos;
    const std::size_t length = utf8_sequence_length(text_.substr(pos));
    if (length == 0) return pos;
    pos += length;
  }
}

bool JsonScanner::read_hex4(std::size_t pos, char32_t& value) const noexcept {
  if (text_.size() - pos < 4) return false;
  value = 0;
  for (std::size_t i = pos; i < pos + 4; ++i) {
    const char c = text_[i];
    char32_t digit = 0;
    if (is_digit(c)) {
      digit = static_cast<char32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      digit = static_cast<char32_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      digit = static_cast<char32_t>(c - 'A' + 10);
    } else {
      return false;
    }
    value = value * 16 + digit;
  }
  return true;
}

// The escape at `pos` (a backslash); `pos` moves past it. A \u escape of a high surrogate must be
// followed by one of a low surrogate, and a low surrogate must follow a high one.
bool JsonScanner::read_escape(std::size_t& pos, char32_t& code_point) const noexcept {
  if (text_.size() - pos < 2) return false;
  switch (text_[pos + 1]) {
    case '"':
      code_point = '"';
      break;
    case '\\':
      code_point = '\\';
      break;
    case '/':
      code_point = '/';
      break;
    case 'b':
      code_point = '\b';
      break;
    case 'f':
      code_point = '\f';
      break;
    case 'n':
      code_point = '\n';
      break;
    case 'r':
      code_point = '\r';
      break;
    case 't':
      code_point = '\t';
      break;
    case 'u': {
      if (!read_hex4(pos + 2, code_point) || is_low_surrogate(code_point)) return false;
      pos += 6;
      if (!is_high_surrogate(code_point)) return true;
      char32_t low = 0;
      if (text_.substr(pos, 2) != "\\u" || !read_hex4(pos + 2, low) || !is_low_surrogate(low)) {
        return false;
      }
      code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
      pos += 6;
      return true;
    }
    default:
      return false;
  }
  pos += 2;
  return true;
}

bool JsonScanner::read_key(std::string_view& key) noexcept {
  if (!consume('"')) return false;
  const std::size_t start = pos_;
  const std::size_t end = skip_unescaped(start);
  if (end == text_.size() || text_[end] != '"') return false;
  key = text_.substr(start, end - start);
  pos_ = end + 1;
  return true;
}

bool JsonScanner::read_string(std::string& out) {
  if (!consume('"')) return false;
  out.clear();
  for (;;) {
    const std::size_t end = skip_unescaped(pos_);
    out.append(text_.substr(pos_, end - pos_));
    pos_ = end;
    if (pos_ == text_.size()) return false;
    if (text_[pos_] == '"') break;
    char32_t code_point = 0;
    if (text_[pos_] != '\\' || !read_escape(pos_, code_point)) return false;
    append_utf8(code_point, out);
  }
  ++pos_;
  return true;
}

bool JsonScanner::skip_string() noexcept {
  if (!consume('"')) return false;
  for (;;) {
    pos_ = skip_unescaped(pos_);
    if (pos_ == text_.size()) return false;
    if (text_[pos_] == '"') break;
    char32_t code_point = 0;
    if (text_[pos_] != '\\' || !read_escape(pos_, code_point)) return false;
  }
  ++pos_;
  return true;
}

bool JsonScanner::read_int(std::int64_t& out) noexcept {
  skip_whitespace();
  std::size_t pos = pos_;
  const bool negative = pos < text_.size() && text_[pos] == '-';
  if (negative) ++pos;
  const std::size_t first_digit = pos;
  const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  std::uint64_t magnitude = 0;
  for (; pos < text_.size() && is_digit(text_[pos]); ++pos) {
    const auto digit = static_cast<std::uint64_t>(text_[pos] - '0');
    if (magnitude > (limit - digit) / 10) return false;
    magnitude = magnitude * 10 + digit;
  }
  const std::size_t digits = pos - first_digit;
  if (digits == 0 || (digits > 1 && text_[first_digit] == '0')) return false;
  if (pos < text_.size() && (text_[pos] == '.' || text_[pos] == 'e' || text_[pos] == 'E')) {
    return false;
  }
  out = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
  pos_ = pos;
  return true;
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, refusing values of 10^308 and more, which may not
// fit in a double. (Tiny values are fine: nlohmann reads them as 0.)
bool JsonScanner::skip_number() noexcept {
  const auto digit_at = [this](std::size_t pos) {
    return pos < text_.size() && is_digit(text_[pos]);
  };
  std::size_t pos = pos_;
  if (pos < text_.size() && text_[pos] == '-') ++pos;
  if (!digit_at(pos)) return false;
  // The power of ten of the leading nonzero digit, before the exponent; none while all are zero.
  bool nonzero = false;
  std::int64_t order = 0;
  if (text_[pos] == '0') {
    ++pos;
  } else {
    const std::size_t start = pos;
    while (digit_at(pos)) ++pos;
    nonzero = true;
    order = static_cast<std::int64_t>(pos - start) - 1;
  }
  if (pos < text_.size() && text_[pos] == '.') {
    const std::size_t start = ++pos;
    if (!digit_at(pos)) return false;
    for (; digit_at(pos); ++pos) {
      if (!nonzero && text_[pos] != '0') {
        nonzero = true;
        order = -static_cast<std::int64_t>(pos - start) - 1;
      }
    }
  }
  std::int64_t exponent = 0;
  if (pos < text_.size() && (text_[pos] == 'e' || text_[pos] == 'E')) {
    ++pos;
    const bool negative = pos < text_.size() && text_[pos] == '-';
    if (pos < text_.size() && (text_[pos] == '-' || text_[pos] == '+')) ++pos;
    if (!digit_at(pos)) return false;
    for (; digit_at(pos); ++pos) {
      if (exponent < 1'000'000'000) exponent = exponent * 10 + (text_[pos] - '0');
    }
    if (negative) exponent = -exponent;
  }
  if (nonzero && order + exponent > kMaxDecimalOrder) return false;
  pos_ = pos;
  return true;
}

bool JsonScanner::skip_literal(std::string_view literal) noexcept {
  if (text_.substr(pos_, literal.size()) != literal) return false;
  pos_ += literal.size();
  return true;
}

bool JsonScanner::skip_value(std::string_view& span) noexcept {
  skip_whitespace();
  const std::size_t start = pos_;
  if (!skip_value_at(0)) return false;
  span = text_.substr(start, pos_ - start);
  return true;
}

bool JsonScanner::skip_value_at(int depth) noexcept {
  skip_whitespace();
  if (pos_ == text_.size()) return false;
  switch (text_[pos_]) {
    case '{':
      return skip_object(depth + 1);
    case '[':
      return skip_array(depth + 1);
    case '"':
      return skip_string();
    case 't':
      return skip_literal("true");
    case 'f':
      return skip_literal("false");
    case 'n':
      return skip_literal("null");
    default:
      return skip_number();
  }
}

bool JsonScanner::skip_object(int depth) noexcept {
  if (depth > kMaxDepth || !consume('{')) return false;
  if (consume('}')) return true;
  do {
    if (!skip_string() || !consume(':') || !skip_value_at(depth)) return false;
  } while (consume(','));
  return consume('}');
}

bool JsonScanner::skip_array(int depth) noexcept {
  if (depth > kMaxDepth || !consume('[')) return false;
  if (consume(']')) return true;
  do {
    if (!skip_value_at(depth)) return false;
  } while (consume(','));
  return consume(']');
}

}  // namespace cairovm
