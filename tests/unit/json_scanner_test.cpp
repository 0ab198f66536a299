#include "json_scanner.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace cairovm {
namespace {

using namespace std::string_literals;

bool scans(std::string_view text) {
  JsonScanner scanner(text);
  return scanner.skip_value() && scanner.at_end();
}

std::optional<std::string> decoded(std::string_view text) {
  JsonScanner scanner(text);
  std::string out = "stale";
  if (!scanner.read_string(out) || !scanner.at_end()) return std::nullopt;
  return out;
}

std::optional<std::int64_t> integer(std::string_view text) {
  JsonScanner scanner(text);
  std::int64_t value = 0;
  if (!scanner.read_int(value)) return std::nullopt;
  return value;
}

// The scanner may refuse valid text, never accept invalid text.
void expect_no_more_than_nlohmann(std::string_view text) {
  if (scans(text)) {
    EXPECT_TRUE(nlohmann::json::accept(text)) << "accepted: " << text;
  }
}

// Where both should agree, but for nlohmann taking a NUL byte between tokens as the end of the text
// (the scanner refuses it).
void expect_same_as_nlohmann(std::string_view text) {
  const bool accepted = nlohmann::json::accept(text);
  const std::size_t nul = text.find('\0');
  if (accepted && nul != std::string_view::npos && nlohmann::json::accept(text.substr(0, nul))) {
    EXPECT_FALSE(scans(text)) << text;
    return;
  }
  EXPECT_EQ(scans(text), accepted) << text;
}

// Numbers from 10^308 on may not fit in a double: the scanner refuses them all.
void expect_same_on_number(const std::string& text) {
  const bool accepted = nlohmann::json::accept(text);
  if (scans(text)) {
    EXPECT_TRUE(accepted) << text;
  } else if (accepted) {
    EXPECT_GE(std::fabs(nlohmann::json::parse(text).get<double>()), 1e308) << text;
  }
}

TEST(JsonScannerTest, SkipsValuesOfEveryKind) {
  for (const char* text : {"null",
                           "true",
                           "false",
                           "0",
                           "-0",
                           "7",
                           "-12",
                           "3.25",
                           "-0.5e-3",
                           "1E+9",
                           "2e10",
                           "0e0",
                           R"("")",
                           R"("text")",
                           R"("\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00")",
                           "\"caf\xC3\xA9\"",
                           "[]",
                           "{}",
                           "[1, [2, {\"a\": [null, {}]}], \"x\"]",
                           " \t\r\n{\"k\" : {\"n\": {}}} \n",
                           R"({"a":1,"a":2})",
                           R"({"":""})",
                           "[[[[[]]]]]"}) {
    EXPECT_TRUE(scans(text)) << text;
    EXPECT_TRUE(nlohmann::json::accept(text)) << text;
  }
}

TEST(JsonScannerTest, GivesTheTextOfASkippedValue) {
  JsonScanner scanner(R"(  [1, {"a": "]"}] , "next")");
  std::string_view span;
  ASSERT_TRUE(scanner.skip_value(span));
  EXPECT_EQ(span, R"([1, {"a": "]"}])");
  EXPECT_TRUE(scanner.consume(','));
  ASSERT_TRUE(scanner.skip_value(span));
  EXPECT_EQ(span, R"("next")");
  EXPECT_TRUE(scanner.at_end());
}

TEST(JsonScannerTest, DecodesStrings) {
  EXPECT_EQ(decoded(R"("plain")"), "plain");
  EXPECT_EQ(decoded(R"("")"), "");
  EXPECT_EQ(decoded(R"("\"\\\/\b\f\n\r\t")"), "\"\\/\b\f\n\r\t");
  EXPECT_EQ(decoded(R"("a\u0041\u00e9\u00E9")"), "aA\xC3\xA9\xC3\xA9");
  EXPECT_EQ(decoded(R"("\u20ac\uFFFF")"), "\xE2\x82\xAC\xEF\xBF\xBF");
  EXPECT_EQ(decoded(R"("\uD83D\uDE00!")"), "\xF0\x9F\x98\x80!");
  EXPECT_EQ(decoded(R"("\udbff\udfff")"), "\xF4\x8F\xBF\xBF");
  EXPECT_EQ(decoded(R"("\u0000")"), "\0"s);
  EXPECT_EQ(decoded("\"raw \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \x7F\""),
            "raw \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \x7F");
  EXPECT_EQ(decoded(" \"x\" "), "x");
}

TEST(JsonScannerTest, RejectsBadStrings) {
  const std::vector<std::string> bad = {"\"a\x01\"",
                                        "\"\x1F\"",
                                        "\"line\nbreak\"",
                                        "\"tab\there\"",
                                        "\"\0\""s,  // raw controls
                                        R"("\x")",
                                        R"("\'")",
                                        R"("\U0041")",
                                        R"("\a")",
                                        R"("\)",
                                        R"("\u12")",
                                        R"("\u12G4")",
                                        R"("\uD800")",
                                        R"("\uD800x")",
                                        R"("\uD800\u0041")",
                                        R"("\uD800\n")",
                                        R"("\uDC00")",
                                        R"("\uDFFF\uD800")",
                                        R"("\uD800\uD800")",  // lone or unpaired surrogates
                                        "\"\xC0\x80\"",
                                        "\"\xC1\xBF\"",
                                        "\"\xE0\x80\x80\"",
                                        "\"\xE0\x9F\xBF\"",
                                        "\"\xF0\x80\x80\x80\"",
                                        "\"\xF0\x8F\xBF\xBF\"",  // overlong
                                        "\"\xED\xA0\x80\"",
                                        "\"\xED\xBF\xBF\"",  // surrogates
                                        "\"\xF4\x90\x80\x80\"",
                                        "\"\xF5\x80\x80\x80\"",
                                        "\"\xF8\x88\x80\x80\x80\"",  // > U+10FFFF
                                        "\"\xC3\"",
                                        "\"\xE2\x82\"",
                                        "\"\xF0\x9F\x98\"",
                                        "\"\xC3",
                                        "\"\xC3x\"",  // truncated
                                        "\"\x80\"",
                                        "\"\xBF\"",
                                        "\"\xFE\"",
                                        "\"\xFF\"",  // stray bytes
                                        "\"unterminated",
                                        "\"",
                                        "'single'",
                                        "unquoted"};
  for (const std::string& text : bad) {
    EXPECT_FALSE(decoded(text).has_value()) << text;
    EXPECT_FALSE(scans(text)) << text;
    EXPECT_FALSE(nlohmann::json::accept(text)) << text;
  }
}

TEST(JsonScannerTest, RejectsBadNumbers) {
  for (const char* text :
       {"01",   "-01",  "00",   "1.",    ".5",  "-",        "-.5",       "+1",  "1e",  "1e+", "1E-",
        "1.e5", "0x10", "1..2", "1e5.5", "--1", "Infinity", "-Infinity", "NaN", "1 2", "1,"}) {
    EXPECT_FALSE(scans(text)) << text;
    EXPECT_FALSE(nlohmann::json::accept(text)) << text;
  }
}

TEST(JsonScannerTest, RejectsNumbersADoubleCannotHold) {
  for (const std::string& text : {"1e400"s, "-1e309"s, "1" + std::string(400, '0'),
                                  "0.00001e999999999999999999999"s, "123.4e99999"s}) {
    EXPECT_FALSE(scans(text)) << text;
    EXPECT_FALSE(nlohmann::json::accept(text)) << text;
  }
  // Values that round to zero are fine, and so are integers of any usual size.
  for (const std::string& text : {"1e-400"s, "0e99999"s, "0.0e400"s, "1" + std::string(300, '0'),
                                  "-" + std::string(77, '9'), "1.5e307"s}) {
    EXPECT_TRUE(scans(text)) << text;
    EXPECT_TRUE(nlohmann::json::accept(text)) << text;
  }
}

TEST(JsonScannerTest, RejectsBadStructure) {
  for (const char* text : {"",           " ",       "[",           "{",
                           "[1",         "[1,",     "[1,]",        "[,1]",
                           "{\"a\"",     "{\"a\":", "{\"a\":1",    "{\"a\":1,}",
                           "{\"a\" 1}",  "{1: 2}",  "{a: 1}",      "{\"a\":1 \"b\":2}",
                           "[1 2]",      "]",       "}",           "tru",
                           "nul",        "fals",    "truex",       "nullnull",
                           "{} x",       "[] []",   "\"a\" \"b\"", "[1]]",
                           "{\"a\":1}}", "\v1",     "\f1",         "1\v",
                           "/* c */ 1",  "1 // c"}) {
    EXPECT_FALSE(scans(text)) << text;
    EXPECT_FALSE(nlohmann::json::accept(text)) << text;
  }
}

TEST(JsonScannerTest, LimitsNesting) {
  const int limit = JsonScanner::kMaxDepth;
  EXPECT_TRUE(scans(std::string(limit, '[') + std::string(limit, ']')));
  EXPECT_FALSE(scans(std::string(limit + 1, '[') + std::string(limit + 1, ']')));
  std::string objects;
  for (int i = 0; i < limit + 1; ++i) objects += "{\"a\":";
  objects += "1" + std::string(limit + 1, '}');
  EXPECT_FALSE(scans(objects));
  EXPECT_TRUE(scans(objects.substr(5, objects.size() - 6)));
  EXPECT_FALSE(scans(std::string(100000, '[')));  // no stack overflow either
}

TEST(JsonScannerTest, ReadsIntegers) {
  EXPECT_EQ(integer("0"), 0);
  EXPECT_EQ(integer("-0"), 0);
  EXPECT_EQ(integer(" 42,"), 42);
  EXPECT_EQ(integer("-17]"), -17);
  EXPECT_EQ(integer("9223372036854775807"), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(integer("-9223372036854775808"), std::numeric_limits<std::int64_t>::min());
  for (const char* text : {"9223372036854775808", "-9223372036854775809", "99999999999999999999",
                           "1.0", "1e2", "1E2", "01", "-", "", "\"1\"", "null", "+1", ".5"}) {
    EXPECT_FALSE(integer(text).has_value()) << text;
  }
}

TEST(JsonScannerTest, ReadsKeysWithoutEscapesOnly) {
  JsonScanner plain(R"( "caf\u00e9" )");
  std::string_view key;
  EXPECT_FALSE(plain.read_key(key));
  JsonScanner raw("\"caf\xC3\xA9\":");
  ASSERT_TRUE(raw.read_key(key));
  EXPECT_EQ(key, "caf\xC3\xA9");
  EXPECT_TRUE(raw.consume(':'));
  JsonScanner invalid("\"\xC3\":");
  EXPECT_FALSE(invalid.read_key(key));
}

TEST(JsonScannerTest, ReadsObjectsAndArrays) {
  JsonScanner scanner(R"({"a": [1, 2, 3], "b": null, "c": {"d": "x"}})");
  std::vector<std::string> keys;
  std::vector<std::int64_t> numbers;
  const bool read = scanner.read_object([&](std::string_view key) {
    keys.emplace_back(key);
    if (key == "a") {
      return scanner.read_array([&] { return scanner.read_int(numbers.emplace_back()); });
    }
    if (key == "b") return scanner.consume_null();
    return scanner.skip_value();
  });
  EXPECT_TRUE(read);
  EXPECT_TRUE(scanner.at_end());
  EXPECT_EQ(keys, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(numbers, (std::vector<std::int64_t>{1, 2, 3}));

  for (const char* text : {"{\"a\": 1,}", "{,}", "[1,]", "{\"a\" 1}", "{\"a\": 1"}) {
    JsonScanner bad(text);
    EXPECT_FALSE(bad.read_object([&](std::string_view) { return bad.skip_value(); }) &&
                 bad.at_end())
        << text;
  }
  JsonScanner empty(" { } ");
  EXPECT_TRUE(empty.read_object([](std::string_view) { return false; }));
}

TEST(JsonScannerTest, AgreesWithNlohmannOnTrickyInputs) {
  const std::vector<std::string> numbers = {
      "0",    "-0",   "-0.0", "0.0e-0", "1E+00",      "[-]",         "[0.]",
      "[.0]", "[1e]", "[01]", "[-01]",  "[1.5e+307]", "[-1.5e-308]", "[1e-9999]"};
  const std::vector<std::string> structures = {"[1,2,]",
                                               "{\"a\":}",
                                               "{:1}",
                                               "{\"a\":1,,\"b\":2}",
                                               "[true,false,null]",
                                               "[True]",
                                               "[nulL]",
                                               " [ 1 , 2 ] ",
                                               "\r\n\t[]\r\n\t",
                                               "{\"a\":{\"b\":{\"c\":[[[{}]]]}}}",
                                               "[\"a\"\"b\"]"};
  const std::vector<std::string> strings = {R"(["\u00"])",          R"(["\uDBFF\uDFFF"])",
                                            R"(["\uDBFF\uE000"])",  R"(["\uD7FF"])",
                                            R"(["\uE000"])",        "\"\xEF\xBF\xBF\"",
                                            "\"\xF4\x8F\xBF\xBF\"", "\"\xF0\x90\x80\x80\"",
                                            "\"\xE0\xA0\x80\"",     "\"\xC2\x80\"",
                                            "\"\xDF\xBF\"",         "\"\xEE\x80\x80\"",
                                            "\"\xED\x9F\xBF\"",     "\"\x7F\""};
  std::vector<std::string> inputs = numbers;
  inputs.insert(inputs.end(), structures.begin(), structures.end());
  inputs.insert(inputs.end(), strings.begin(), strings.end());
  for (const std::string& text : inputs) expect_same_as_nlohmann(text);
  for (const std::string& text : {"[1]\x00"s, "\x00[1]"s, "[1,\x00]"s, "\"\x00\""s}) {
    expect_same_as_nlohmann(text);
  }
  // nlohmann ends the text at a NUL byte between tokens and skips a byte order mark; the scanner
  // refuses both (its callers fall back to nlohmann).
  EXPECT_FALSE(scans("[1]\x00 garbage"s));
  EXPECT_TRUE(nlohmann::json::accept("[1]\x00 garbage"s));
  EXPECT_FALSE(scans("\xEF\xBB\xBF{}"));
  EXPECT_TRUE(nlohmann::json::accept("\xEF\xBB\xBF{}"));
}

TEST(JsonScannerTest, AgreesWithNlohmannOnEveryTwoByteString) {
  // Short, and within the eight-byte words the scanner tests at once.
  for (const std::string& padding : {""s, "abc"s, "abcdefghijklmnop"s}) {
    for (int first = 0; first < 256; ++first) {
      for (int second = 0; second < 256; ++second) {
        std::string text = "\"" + padding;
        text += static_cast<char>(first);
        text += static_cast<char>(second);
        expect_same_as_nlohmann(text + padding + "\"");
      }
    }
  }
}

TEST(JsonScannerTest, FindsEveryByteAtEveryPlaceOfALongString) {
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t before = 0; before < 17; ++before) {
      std::string text = "\"" + std::string(before, 'a');
      text += static_cast<char>(byte);
      text += std::string(17 - before, 'b') + "\"";
      expect_same_as_nlohmann(text);
      JsonScanner scanner(text);
      std::string out;
      if (byte != '\\' && scanner.read_string(out) && scanner.at_end()) {
        EXPECT_EQ(out, text.substr(1, text.size() - 2));
      }
    }
  }
}

TEST(JsonScannerTest, SkipsWhitespaceRunsOfAnyLength) {
  for (std::size_t spaces = 0; spaces < 40; ++spaces) {
    const std::string run(spaces, ' ');
    for (const std::string& separator : {""s, "\n"s, "\t"s, "\r\n"s}) {
      const std::string text = run + "[" + separator + run + "1" + run + "," + run + separator +
                               "\"x\"" + run + "]" + separator + run;
      EXPECT_TRUE(scans(text)) << text;
      for (const char* stray : {"\v", "\f", "x", "\xA0"}) {
        std::string bad = text;
        bad.insert(spaces + 1, stray);
        EXPECT_FALSE(scans(bad)) << bad;
        EXPECT_FALSE(nlohmann::json::accept(bad)) << bad;
      }
    }
  }
}

TEST(JsonScannerTest, AgreesWithNlohmannOnLongerUtf8Sequences) {
  const int tails[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  for (int lead = 0xC0; lead < 0x100; ++lead) {
    for (int second = 0; second < 256; ++second) {
      for (int third : tails) {
        for (int fourth : {0x80, 0xBF, 0x22, 0xC0}) {
          std::string text = "\"";
          for (int byte : {lead, second, third, fourth}) text += static_cast<char>(byte);
          text += "x\"";
          expect_same_as_nlohmann(text);
        }
      }
    }
  }
}

TEST(JsonScannerTest, AgreesWithNlohmannOnEscapes) {
  std::mt19937 random(7);
  const char* units[] = {"0041", "00e9", "D800", "DBFF", "DC00", "DFFF", "d83d",
                         "de00", "E000", "FFFF", "12",   "zzzz", "D7FF", "0000"};
  for (int i = 0; i < 20000; ++i) {
    std::string text = "\"";
    const int escapes = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < escapes; ++e) {
      text += random() % 8 == 0 ? "\\U" : "\\u";
      text += units[random() % std::size(units)];
      if (random() % 4 == 0) text += "x";
    }
    text += '"';
    expect_same_as_nlohmann(text);
  }
}

TEST(JsonScannerTest, AgreesWithNlohmannOnNumbers) {
  std::mt19937 random(11);
  const std::string alphabet = "-+.eE0123456789";
  for (int i = 0; i < 50000; ++i) {
    std::string text;
    const std::size_t length = 1 + random() % 8;
    for (std::size_t c = 0; c < length; ++c) text += alphabet[random() % alphabet.size()];
    expect_same_on_number(text);
    expect_no_more_than_nlohmann("[" + text + "]");
  }
}

// Random edits of valid documents: the scanner never accepts what nlohmann refuses.
TEST(JsonScannerTest, AcceptsNoMutatedTextNlohmannRefuses) {
  const std::vector<std::string> seeds = {
      R"({"a": [1, -2.5e3, "x\u00e9\uD83D\uDE00", true, null], "b": {"c": "d\n"}})",
      "{\"k\xC3\xA9y\": [0, 10, 1e5, {\"\": []}], \"s\": \"\\\\\\\"\xE2\x82\xAC\"}",
      R"([{"inst": {"start_line": 1, "input_file": {"filename": "a.cairo"}}}, 0.5, false])"};
  const std::string alphabet = "{}[],:\" \t\n\\u0123456789abcdefABCDEF-+.eEtrufalsn/\x01\x1F\x7F";
  std::mt19937 random(3);
  int accepted = 0;
  for (int i = 0; i < 60000; ++i) {
    std::string text = seeds[random() % seeds.size()];
    const int edits = 1 + static_cast<int>(random() % 3);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = random() % (text.size() + 1);
      const char byte = random() % 4 == 0 ? static_cast<char>(random() % 256)
                                          : alphabet[random() % alphabet.size()];
      switch (random() % 3) {
        case 0:
          text.insert(at, 1, byte);
          break;
        case 1:
          if (at < text.size()) text[at] = byte;
          break;
        default:
          if (at < text.size()) text.erase(at, 1);
      }
    }
    expect_no_more_than_nlohmann(text);
    accepted += scans(text) ? 1 : 0;
  }
  EXPECT_GT(accepted, 1000);  // the edits leave many documents valid, which both accept
}

}  // namespace
}  // namespace cairovm
