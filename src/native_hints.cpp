// One lookup over every family's table of native hints.
#include "native_hints.hpp"

#include <string>
#include <unordered_map>

namespace cairovm {

namespace {

using HintFamily = std::span<const NativeHint> (*)();

// Later families override earlier ones on the same code string; the order is also the order of
// `native_hint_codes()`.
constexpr HintFamily kFamilies[] = {core_hints,    mod_hints,     dict_hints,       math_hints,
                                    uint256_hints, search_hints,  compat_hints,     keccak_hints,
                                    sha256_hints,  blake2s_hints, secp_hints,       ec_hints,
                                    merkle_hints,  biglib_hints,  debug_print_hints};

const std::unordered_map<std::string_view, NativeHintFn>& native_hint_map() {
  static const auto map = [] {
    std::unordered_map<std::string_view, NativeHintFn> result;
    for (HintFamily family : kFamilies) {
      for (const NativeHint& hint : family()) result[hint.code] = hint.fn;
    }
    return result;
  }();
  return map;
}

}  // namespace

NativeHintFn find_native_hint(std::string_view code) {
  const auto& map = native_hint_map();
  auto it = map.find(code);
  return it == map.end() ? nullptr : it->second;
}

std::vector<std::string_view> native_hint_codes() {
  std::vector<std::string_view> codes;
  for (HintFamily family : kFamilies) {
    for (const NativeHint& hint : family()) codes.push_back(hint.code);
  }
  return codes;
}

}  // namespace cairovm
