#!/usr/bin/env python3
"""Writes seed corpora for the fuzz targets in fuzz/ from compiled programs.

Usage: tools/fuzz_seeds.py --compiled DIR --cairovm BIN --out DIR

--compiled is a folder of compiled program JSONs (the differential tests' <workdir>/compiled, or
any cairo-compile output); --cairovm runs some of them with --cairo_pie_output for the PIE
seeds. Writes <out>/<target>/ for each target, in the input format the target reads.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS_DIR = ROOT / "cairo_programs"
PRIME = 2**251 + 17 * 2**192 + 1
MAX_SEED_BYTES = 64 * 1024
# fuzz/program_run_fuzz.cpp's builtin bits, in the layout's order.
RUN_BUILTINS = ["output", "pedersen", "range_check", "ecdsa", "bitwise", "ec_op", "keccak",
                "poseidon", "range_check96", "add_mod", "mul_mod"]
RUN_HINTS = ["memory[ap] = segments.add()", "vm_enter_scope()", "vm_exit_scope()"]
LOW63 = 2**63 - 1
JMP_REL = 0x10780017FFF7FFF  # jmp rel <immediate>


def write_seed(folder: Path, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def small_programs(compiled: Path):
    for path in sorted(compiled.glob("*.json")):
        if path.stat().st_size <= MAX_SEED_BYTES:
            try:
                yield path, json.loads(path.read_text())
            except (ValueError, OSError):
                continue


def run_cell(value: int) -> bytes:
    """One cell in program_run's format: below 2^63 as is, else minus its low 63 bits."""
    if value <= LOW63:
        return value.to_bytes(8, "little")
    negated = PRIME - value
    if negated <= LOW63:
        return (negated | 2**63).to_bytes(8, "little")
    return (value & LOW63).to_bytes(8, "little")  # a big constant: some other value


def run_seed(program: dict) -> bytes:
    mask = 0
    for name in program.get("builtins", []):
        if name in RUN_BUILTINS:
            mask |= 1 << RUN_BUILTINS.index(name)
    hint_pc, hint_index = 0xFF, 0
    for pc, hints in sorted(program.get("hints", {}).items(), key=lambda item: int(item[0])):
        codes = [hint["code"] for hint in hints]
        matching = [c for c in codes if c in RUN_HINTS]
        if matching and int(pc) < 0xFF:
            hint_pc, hint_index = int(pc), RUN_HINTS.index(matching[0])
            break
    data = [int(word, 16) for word in program["data"]]
    # The target runs `main` at pc 0: start with `jmp rel` to it when it is elsewhere (relative
    # jumps and calls keep working when the code moves by those two cells).
    main = program.get("identifiers", {}).get(program.get("main_scope", "__main__") + ".main")
    if main and main.get("pc", 0) != 0:
        data = [JMP_REL, main["pc"] + 2, *data]
        if hint_pc != 0xFF:
            hint_pc = hint_pc + 2 if hint_pc + 2 < 0xFF else 0xFF
    header = bytes([mask & 0xFF, mask >> 8, hint_pc, hint_index])
    return header + b"".join(run_cell(v) for v in data)


def decoder_seeds(programs) -> set:
    words = set()
    for _, program in programs:
        for word in program["data"]:
            value = int(word, 16)
            if value < 2**63:
                words.add(value)
    return words


def pie_seeds(cairovm: Path, programs, out: Path, count: int = 12) -> None:
    """PIEs of the first small programs that run on a layout with most builtins."""
    made = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path, program in programs:
            if made >= count:
                break
            if path.name.startswith("fail_") or program.get("hints"):
                continue
            zip_path = Path(tmp) / (path.stem + ".zip")
            try:
                subprocess.run([str(cairovm), "--program", str(path), "--layout",
                                "starknet_with_keccak", "--no_python_hints",
                                "--cairo_pie_output", str(zip_path)],
                               check=True, capture_output=True, timeout=60)
            except (subprocess.SubprocessError, OSError):
                continue
            if zip_path.stat().st_size <= MAX_SEED_BYTES:
                write_seed(out, zip_path.read_bytes())
                made += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compiled", type=Path, required=True)
    parser.add_argument("--cairovm", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    programs = list(small_programs(args.compiled))
    if not programs:
        print(f"fuzz_seeds: no compiled programs in {args.compiled}", file=sys.stderr)
        return 1
    for path, program in programs:
        write_seed(args.out / "program_loader", path.read_bytes())
        write_seed(args.out / "program_run", run_seed(program))
    for word in decoder_seeds(programs):
        write_seed(args.out / "instruction_decoder", word.to_bytes(32, "little") + b"\x01")
    for params in sorted(PROGRAMS_DIR.glob("*.layout.json")):
        write_seed(args.out / "layout_params", params.read_bytes())
    pie_seeds(args.cairovm, programs, args.out / "cairo_pie")
    counts = {t.name: sum(1 for _ in t.iterdir()) for t in sorted(args.out.iterdir())}
    print("fuzz_seeds: " + ", ".join(f"{name} {n}" for name, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
