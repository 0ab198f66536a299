// Benchmarks of the builtins' cryptography: one call each, the inputs changing with every
// iteration (fed back from the previous result) so nothing is hoisted out of the loop.

#include <benchmark/benchmark.h>

#include "ec_op_builtin.hpp"
#include "ecdsa_verify.hpp"
#include "keccak_builtin.hpp"
#include "keccak_f1600.hpp"
#include "pedersen_hash.hpp"
#include "poseidon_builtin.hpp"
#include "poseidon_permutation.hpp"
#include "stark_field.hpp"

namespace {

using cairovm::Felt;

Felt sample() {
  return Felt::from_limbs_reduced(
      {0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL, 0xa4093822299f31d0ULL, 0x082efa98ec4e6c89ULL});
}

void BM_PedersenHash(benchmark::State& state) {
  Felt x = sample();
  const Felt y = Felt::prime_minus_one();
  (void)cairovm::pedersen_hash(x, y);  // builds the tables outside the timed loop
  for (auto _ : state) {
    x = cairovm::pedersen_hash(x, y);
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_PedersenHash);

void BM_PoseidonPermutation(benchmark::State& state) {
  std::array<Felt, 3> s = {sample(), Felt{2}, Felt::prime_minus_one()};
  for (auto _ : state) {
    s = cairovm::poseidon_permutation(s);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_PoseidonPermutation);

// The builtin's view of poseidon, per instance: the three input cells written to the builtin's
// segment, the three output cells deduced (one permutation, the other two cells from the
// runner's cache), as a run pays for one instance. Compare with BM_PoseidonPermutation.
void BM_PoseidonBuiltinInstance(benchmark::State& state) {
  constexpr std::uint64_t kInstancesPerSegment = 4096;
  std::array<Felt, 3> s = {sample(), Felt{2}, Felt::prime_minus_one()};
  auto memory = std::make_unique<cairovm::Memory>();
  auto runner = std::make_unique<cairovm::PoseidonBuiltinRunner>(true);
  runner->initialize_segments(*memory);
  std::uint64_t instance = 0;
  for (auto _ : state) {
    if (instance == kInstancesPerSegment) {
      // A fresh segment now and then keeps the memory and the cache from growing without bound.
      state.PauseTiming();
      memory = std::make_unique<cairovm::Memory>();
      runner = std::make_unique<cairovm::PoseidonBuiltinRunner>(true);
      runner->initialize_segments(*memory);
      instance = 0;
      state.ResumeTiming();
    }
    const cairovm::Relocatable base = runner->base();
    const std::uint64_t first = base.offset + 6 * instance;
    for (std::uint64_t i = 0; i < 3; ++i) memory->insert({base.segment, first + i}, s[i]);
    for (std::uint64_t i = 0; i < 3; ++i)
      s[i] = memory->deduce({base.segment, first + 3 + i})->felt();
    benchmark::DoNotOptimize(s);
    ++instance;
  }
}
BENCHMARK(BM_PoseidonBuiltinInstance);

void BM_KeccakF1600(benchmark::State& state) {
  cairovm::KeccakState s{};
  for (auto _ : state) {
    cairovm::keccak_f1600(s);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_KeccakF1600);

// The builtin's view of keccak: 8 felts in, 8 felts out (byte packing included).
void BM_KeccakBuiltinPermute(benchmark::State& state) {
  std::array<Felt, 8> s{};
  for (auto _ : state) {
    s = cairovm::KeccakBuiltinRunner::permute(s);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_KeccakBuiltinPermute);

void BM_EcOp(benchmark::State& state) {
  namespace sc = cairovm::stark_curve;
  sc::FeltPoint p = sc::kShiftPoint;
  Felt m = sample();
  for (auto _ : state) {
    p = cairovm::EcOpBuiltinRunner::ec_op(p, sc::kGenerator, m);
    m = p.x;
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_EcOp);

void BM_EcdsaVerify(benchmark::State& state) {
  // A signature made by starkware.crypto.signature.signature.sign.
  const Felt key =
      *Felt::parse("0x2202275e27873286b71dae62930bbf6420d2e933bbc7cb08e09019e7218ad9c");
  const Felt msg = *Felt::parse("0x51234");
  const Felt r = *Felt::parse("0x5f7ad8a151dd1c85aa50648c7b0725cf07a3a17285039bda57e6e1592e307c1");
  const Felt s = *Felt::parse("0x1f2e398c45b8a64c6a198ab51853feba0f1858c9ec8d9a369fc46c964ba97b8");
  for (auto _ : state) benchmark::DoNotOptimize(cairovm::ecdsa_verify(msg, r, s, key));
}
BENCHMARK(BM_EcdsaVerify);

void BM_MontFeltMul(benchmark::State& state) {
  cairovm::MontFelt x = cairovm::MontFelt::from_felt(sample());
  const cairovm::MontFelt y = cairovm::MontFelt::from_felt(Felt::prime_minus_one() - sample());
  for (auto _ : state) {
    x = x * y;
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_MontFeltMul);

void BM_MontFeltSquare(benchmark::State& state) {
  cairovm::MontFelt x = cairovm::MontFelt::from_felt(sample());
  for (auto _ : state) {
    x = x.square();
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_MontFeltSquare);

void BM_MontFeltAddSub(benchmark::State& state) {
  cairovm::MontFelt x = cairovm::MontFelt::from_felt(sample());
  const cairovm::MontFelt y = cairovm::MontFelt::from_felt(Felt::prime_minus_one() - sample());
  for (auto _ : state) {
    x = x + y;
    x = x - y.doubled();
    benchmark::DoNotOptimize(x);
  }
}
BENCHMARK(BM_MontFeltAddSub);

}  // namespace
