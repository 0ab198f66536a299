// Micro-benchmarks for cairovm::Felt: each iteration depends on the previous result, so the
// numbers are latencies of one operation.

#include "cairovm/felt.hpp"

#include <benchmark/benchmark.h>

#include <string>

namespace {

using cairovm::Felt;

Felt sample_a() {
  return Felt::from_limbs_reduced(
      {0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL, 0xa4093822299f31d0ULL, 0x082efa98ec4e6c89ULL});
}

Felt sample_b() {
  return Felt::from_limbs_reduced(
      {0x452821e638d01377ULL, 0xbe5466cf34e90c6cULL, 0xc0ac29b7c97c50ddULL, 0x03f84d5b5b547091ULL});
}

void BM_FeltAdd(benchmark::State& state) {
  Felt x = sample_a();
  const Felt y = sample_b();
  for (auto _ : state) {
    x = x + y;
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_FeltAdd);

void BM_FeltSub(benchmark::State& state) {
  Felt x = sample_a();
  const Felt y = sample_b();
  for (auto _ : state) {
    x = x - y;
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_FeltSub);

void BM_FeltMul(benchmark::State& state) {
  Felt x = sample_a();
  const Felt y = sample_b();
  for (auto _ : state) {
    x = x * y;
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_FeltMul);

void BM_FeltInverse(benchmark::State& state) {
  Felt x = sample_a();
  for (auto _ : state) {
    // x -> 1/x + 1 never reaches zero from this start in practice; value_or keeps it safe.
    x = x.inverse().value_or(Felt::one()) + Felt::one();
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_FeltInverse);

void BM_FeltPow(benchmark::State& state) {
  Felt x = sample_a();
  const Felt e = sample_b();
  for (auto _ : state) {
    x = x.pow(e);
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_FeltPow);

void BM_FeltToDecString(benchmark::State& state) {
  Felt x = sample_a();
  const Felt y = sample_b();
  for (auto _ : state) {
    std::string s = x.to_dec_string();
    benchmark::DoNotOptimize(s);
    x = x + y;
  }
}
BENCHMARK(BM_FeltToDecString);

void BM_FeltParseDec(benchmark::State& state) {
  const std::string text = sample_a().to_dec_string();
  for (auto _ : state) {
    auto parsed = Felt::parse(text);
    benchmark::DoNotOptimize(parsed);
  }
}
BENCHMARK(BM_FeltParseDec);

}  // namespace
