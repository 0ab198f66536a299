// The primitives behind the crypto hints, against values computed with the reference's Python
// (hashlib, cairo_sha256.sha256_utils), and the Python-int semantics of hint_bigint.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "hint_bigint.hpp"
#include "native_hints.hpp"
#include "sha256.hpp"

namespace cairovm {
namespace {

std::string hex(std::span<const std::uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string text;
  for (std::uint8_t b : bytes) {
    text += kDigits[b >> 4];
    text += kDigits[b & 15];
  }
  return text;
}

std::span<const std::uint8_t> bytes_of(std::string_view text) {
  return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

TEST(HintCrypto, Sha256DigestMatchesHashlib) {
  EXPECT_EQ(hex(sha256_digest(bytes_of("abc"))),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::string long_input(100, 'a');  // two blocks
  EXPECT_EQ(hex(sha256_digest(bytes_of(long_input))),
            "2816597888e4a0d3a36b82b83316ab32680eb8f00f8cd3b904d681246d285a0e");
}

TEST(HintCrypto, Sha256CompressOfZeroBlockMatchesSha256Utils) {
  // sha2_compress_function(IV, compute_message_schedule([0] * 16)): finalize_sha256's padding.
  const Sha256State out = sha256_compress(kSha256Iv, {});
  const Sha256State expected = {0xda5698be, 0x17b9b469, 0x62335799, 0x779fbeca,
                                0x8ce5d491, 0xc0d26243, 0xbafef9ea, 0x1837a9d8};
  EXPECT_EQ(out, expected);
}

TEST(HintCrypto, PythonIntSemantics) {
  EXPECT_EQ(dec_string(py_mod(BigInt(-7), BigInt(3))), "2");
  EXPECT_EQ(dec_string(py_floordiv(BigInt(-7), BigInt(3))), "-3");
  EXPECT_EQ(dec_string(as_int(Felt::prime_minus_one())), "-1");
  EXPECT_EQ(felt_mod(BigInt(-1)), Felt::prime_minus_one());
  EXPECT_EQ(felt_mod(prime_bigint() + 9), Felt{9});
  EXPECT_EQ(dec_string(div_mod(BigInt(1), BigInt(3), BigInt(7))), "5");
  // div_mod by a multiple of p: the reference's bare `assert c == 1`.
  try {
    div_mod(BigInt(1), BigInt(14), BigInt(7));
    FAIL() << "div_mod did not throw";
  } catch (const VmError& e) {
    EXPECT_STREQ(e.what(), "");
    EXPECT_EQ(e.kind(), "AssertionError");
  }
}

TEST(HintCrypto, EveryCryptoHintIsRegisteredOnce) {
  // 68 distinct hint strings of cairo_keccak, keccak, builtin_keccak, keccak_utils,
  // simulate_builtin_keccak_with_cairo, cairo_sha256, cairo_blake2s, cairo_secp, secp256r1, ec
  // and signature, 14 older variants of cairo_secp's hints and 14 variants of libraries built on
  // it (ed25519's field; points named pt, pt0, pt1; secp256r1's slope packed against its prime),
  // and 10 hints of older cairo_keccak, cairo_sha256 and cairo_blake2s versions.
  const std::size_t count = keccak_hints().size() + sha256_hints().size() + blake2s_hints().size() +
                            secp_hints().size() + ec_hints().size();
  EXPECT_EQ(count, 106u);
  for (auto family : {keccak_hints, sha256_hints, blake2s_hints, secp_hints, ec_hints}) {
    for (const NativeHint& hint : family()) {
      EXPECT_EQ(find_native_hint(hint.code), hint.fn) << hint.code;
    }
  }
}

}  // namespace
}  // namespace cairovm
