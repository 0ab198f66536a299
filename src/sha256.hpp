// SHA-256 for native hints: the compression function on 32-bit words (cairo_sha256's finalize
// padding) and the digest of a byte string (the seed of ec.cairo's random points).
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace cairovm {

using Sha256State = std::array<std::uint32_t, 8>;

inline constexpr Sha256State kSha256Iv = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
                                          0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};

/// One block: the message schedule of 16 words, 64 rounds, and the sum with `state`.
Sha256State sha256_compress(const Sha256State& state, const std::array<std::uint32_t, 16>& block);

/// SHA-256 of a byte string (with its padding).
std::array<std::uint8_t, 32> sha256_digest(std::span<const std::uint8_t> data);

}  // namespace cairovm
