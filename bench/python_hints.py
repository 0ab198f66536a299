#!/usr/bin/env python3
"""Cost of a Python hint call in cairovm (embedded CPython) against cairo-run.

Runs three variants of one loop with the same Cairo instructions: without a hint, with a hint that
does nothing (`pass`), and with a hint that reads and writes `ids`; each with N iterations and
with 1 (which leaves out the start-up: loading, and starting Python and cairo-lang). The cost of a
hint call is ((T(N) - T(1)) of the variant - (T(N) - T(1)) without hint) / (N - 1). Also times a dict-heavy program
(the library's dict hints, native in cairovm, plus the program's own Python hints over the same
dict) in both VMs, and cairovm with --python_hints_only (every hint through Python).

    VIRTUAL_ENV=.venv python3 bench/python_hints.py --cairovm BUILD/cairovm [-n 20000] [--runs 3]
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]

LOOP = """
func main() {{
    loop({n});
    return ();
}}

func loop(n) {{
    if (n == 0) {{
        return ();
    }}
    tempvar x;
    {hint}
    assert x = n * 2;
    return loop(n - 1);
}}
"""

VARIANTS = {
    "no hint": "",
    "hint `pass`": "%{ pass %}",
    "hint `ids.x = ids.n * 2`": "%{ ids.x = ids.n * 2 %}",
}

DICT_PROGRAM = """
%builtins range_check
from starkware.cairo.common.default_dict import default_dict_new, default_dict_finalize
from starkware.cairo.common.dict import dict_read, dict_write
from starkware.cairo.common.dict_access import DictAccess

func fill{{dict_ptr: DictAccess*}}(i) {{
    alloc_locals;
    if (i == 0) {{
        return ();
    }}
    dict_write(key=i, new_value=i * 3);
    let (v) = dict_read(key=i);
    local from_python;
    %{{ ids.from_python = __dict_manager.get_dict(ids.dict_ptr)[ids.i] %}}
    assert from_python = v;
    return fill(i - 1);
}}

func main{{range_check_ptr}}() {{
    alloc_locals;
    let (local start: DictAccess*) = default_dict_new(default_value=0);
    let dict_ptr = start;
    with dict_ptr {{
        fill({n});
    }}
    default_dict_finalize(start, dict_ptr, 0);
    return ();
}}
"""


def run(cmd, cwd):
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{done.stderr[-2000:]}")
    return elapsed


def best_of(runs, cmd, cwd):
    return min(run(cmd, cwd) for _ in range(runs))


def compile_source(venv, source, workdir, name):
    path = workdir / f"{name}.cairo"
    path.write_text(source)
    out = workdir / f"{name}.json"
    subprocess.run([str(venv / "bin" / "cairo-compile"), str(path), "--output", str(out)],
                   check=True)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cairovm", type=pathlib.Path, required=True)
    parser.add_argument("--venv", type=pathlib.Path,
                        default=pathlib.Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")))
    parser.add_argument("-n", type=int, default=20000, help="loop iterations (hint calls)")
    parser.add_argument("--dict-n", type=int, default=2000, help="dict program iterations")
    parser.add_argument("--runs", type=int, default=3, help="runs per measure (best is kept)")
    args = parser.parse_args()
    env_venv = args.venv.resolve()
    os.environ.setdefault("VIRTUAL_ENV", str(env_venv))
    cairo_run = [str(env_venv / "bin" / "cairo-run")]
    cairovm = [str(args.cairovm.resolve())]

    with tempfile.TemporaryDirectory() as tmp:
        workdir = pathlib.Path(tmp)
        print(f"Loop of N={args.n} and of 1 iteration; best of {args.runs} runs; seconds.")
        print(f"{'variant':<28} {'cairo-run N':>12} {'cairo-run 1':>12} {'cairovm N':>10} "
              f"{'cairovm 1':>10}")
        times = {}
        for i, (label, hint) in enumerate(VARIANTS.items()):
            row = []
            for vm in (cairo_run, cairovm):
                for n in (args.n, 1):
                    program = compile_source(
                        args.venv, LOOP.format(n=n, hint=hint), workdir, f"v{i}_{n}")
                    cmd = ["--program", str(program), "--layout", "plain"]
                    row.append(best_of(args.runs, vm + cmd, workdir))
            times[label] = row
            print(f"{label:<28} {row[0]:>12.3f} {row[1]:>12.3f} {row[2]:>10.3f} {row[3]:>10.3f}")
        base = times["no hint"]
        print()
        print(f"{'cost per hint call (us)':<28} {'cairo-run':>12} {'cairovm':>12} {'ratio':>8}")
        for label in list(VARIANTS)[1:]:
            t = times[label]
            per_call = [((t[k] - t[k + 1]) - (base[k] - base[k + 1])) / (args.n - 1) * 1e6
                        for k in (0, 2)]
            ratio = per_call[0] / per_call[1] if per_call[1] > 0 else float("nan")
            print(f"{label:<28} {per_call[0]:>12.2f} {per_call[1]:>12.2f} {ratio:>7.2f}x")

        program = compile_source(args.venv, DICT_PROGRAM.format(n=args.dict_n), workdir, "dicts")
        cmd = ["--program", str(program), "--layout", "small"]
        print()
        print(f"Dict program, {args.dict_n} write+read+Python read iterations, then squash:")
        reference = best_of(args.runs, cairo_run + cmd, workdir)
        ours = best_of(args.runs, cairovm + cmd, workdir)
        forced = best_of(args.runs, cairovm + cmd + ["--python_hints_only"], workdir)
        print(f"  cairo-run                      {reference:.3f}")
        print(f"  cairovm                        {ours:.3f}  ({reference / ours:.1f}x faster)")
        print(f"  cairovm --python_hints_only    {forced:.3f}  ({reference / forced:.1f}x faster)")


if __name__ == "__main__":
    main()
