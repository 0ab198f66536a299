#!/usr/bin/env python3
"""Operations per second of the builtins' cryptography: cairovm (bench/builtins_bench.cpp, Google
Benchmark) against the functions the reference's builtin runners call (cairo-lang 0.14.0.1),
measured in the same run, with the ratio cairovm / reference.

    python3 bench/builtins_compare.py --bench BUILD/bench/cairovm_bench [--venv .venv]
                                      [--seconds 1.0]

The reference side runs in the venv's Python: Pedersen is starkware.crypto.signature's
fast_pedersen_hash (the crypto-cpp C library), Poseidon its poseidon_perm, Keccak the keccak
builtin's keccak_f with its byte packing, ec_op the builtin's ec_op_impl (height 256), ECDSA
starkware.crypto.signature.signature.verify. Inputs change every iteration as in the C++
benchmarks.
"""
import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]

# cairovm benchmark -> (label, reference snippet name).
CASES = [
    ("BM_PedersenHash", "Pedersen hash", "pedersen"),
    ("BM_PoseidonPermutation", "Poseidon permutation", "poseidon"),
    ("BM_KeccakBuiltinPermute", "Keccak builtin (f1600 + packing)", "keccak"),
    ("BM_EcOp", "ec_op (P + m*Q)", "ec_op"),
    ("BM_EcdsaVerify", "ECDSA verify", "ecdsa"),
]
# cairovm-only figures shown for context (the raw permutation under the builtin's packing).
EXTRA = [("BM_KeccakF1600", "Keccak-f[1600] alone")]

# Runs in the reference's venv; prints {name: seconds per operation}.
REFERENCE_SCRIPT = r"""
import json, sys, time
from starkware.cairo.lang.vm.crypto import pedersen_hash, poseidon_perm, verify_ecdsa
from starkware.cairo.common.keccak_utils.keccak_utils import keccak_f
from starkware.cairo.lang.builtins.ec.ec_op_builtin_runner import ec_op_impl
from starkware.crypto.signature.signature import ALPHA, CONSTANT_POINTS, FIELD_PRIME, EC_GEN
from starkware.python.utils import from_bytes, to_bytes

P = 2**251 + 17 * 2**192 + 1
SAMPLE = 0x082efa98ec4e6c89a4093822299f31d013198a2e03707344243f6a8885a308d3 % P
SHIFT_POINT = tuple(CONSTANT_POINTS[0])
seconds = float(sys.argv[1])

def measure(step):
    step()  # warm-up (tables, caches)
    n, start = 0, time.perf_counter()
    while True:
        for _ in range(10):
            step()
        n += 10
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return elapsed / n

state = {"x": SAMPLE}
def pedersen():
    state["x"] = pedersen_hash(state["x"], P - 1)

pstate = {"s": [SAMPLE, 2, P - 1]}
def poseidon():
    pstate["s"] = poseidon_perm(*pstate["s"])

kstate = {"s": [0] * 8}
def keccak():
    data = b"".join(to_bytes(v, 25, "little") for v in kstate["s"])
    out = keccak_f(data)
    kstate["s"] = [from_bytes(out[25 * i : 25 * (i + 1)], "little") for i in range(8)]

estate = {"p": SHIFT_POINT, "m": SAMPLE}
def ec_op():
    p = ec_op_impl(*estate["p"], *EC_GEN, estate["m"], ALPHA, FIELD_PRIME, 256)
    estate["p"], estate["m"] = p, p[0]

KEY = 0x2202275e27873286b71dae62930bbf6420d2e933bbc7cb08e09019e7218ad9c
R = 0x5f7ad8a151dd1c85aa50648c7b0725cf07a3a17285039bda57e6e1592e307c1
S = 0x1f2e398c45b8a64c6a198ab51853feba0f1858c9ec8d9a369fc46c964ba97b8
def ecdsa():
    assert verify_ecdsa(0x51234, R, S, KEY)

print(json.dumps({name: measure(fn) for name, fn in [
    ("pedersen", pedersen), ("poseidon", poseidon), ("keccak", keccak), ("ec_op", ec_op),
    ("ecdsa", ecdsa)]}))
"""


def cairovm_times(bench, seconds):
    names = [c[0] for c in CASES + EXTRA]
    out = subprocess.run(
        [str(bench), f"--benchmark_filter=^({'|'.join(names)})$", "--benchmark_format=json",
         f"--benchmark_min_time={seconds}"],
        check=True, capture_output=True, text=True,
    ).stdout
    times = {}
    for b in json.loads(out)["benchmarks"]:
        scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
        times[b["name"]] = b["real_time"] * scale
    return times


def reference_times(venv, seconds):
    out = subprocess.run(
        [str(venv / "bin" / "python"), "-c", REFERENCE_SCRIPT, str(seconds)],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(out)


def rate(seconds_per_op):
    return f"{1.0 / seconds_per_op:>14,.0f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=pathlib.Path, required=True,
                        help="the cairovm_bench executable")
    parser.add_argument("--venv", type=pathlib.Path, default=ROOT / ".venv")
    parser.add_argument("--seconds", type=float, default=1.0,
                        help="minimum measuring time per function on each side")
    args = parser.parse_args()

    ours = cairovm_times(args.bench, args.seconds)
    ref = reference_times(args.venv, args.seconds)
    print(f"{'operation':<34} {'cairovm ops/s':>14} {'reference ops/s':>16} {'ratio':>9}")
    for bench_name, label, ref_name in CASES:
        ratio = ref[ref_name] / ours[bench_name]
        print(f"{label:<34} {rate(ours[bench_name])} {rate(ref[ref_name]):>16} {ratio:>8.1f}x")
    for bench_name, label in EXTRA:
        print(f"{label:<34} {rate(ours[bench_name])} {'-':>16} {'':>9}")
    keccak_overhead = ours["BM_KeccakBuiltinPermute"] / ours["BM_KeccakF1600"]
    print(f"\nKeccak builtin cost / bare Keccak-f[1600]: {keccak_overhead:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
