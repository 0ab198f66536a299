#!/usr/bin/env python3
"""Times cairovm against cairo-run (the Python VM) on the programs in bench/programs.

Both VMs run each program with the same layout, writing trace and memory files; each run is
repeated and the median wall time and peak RSS are reported with the ratio python/cairovm.

    python3 bench/compare.py --cairovm BUILD/cairovm [--runs 3] [--python-runs 1] [PROGRAM ...]
"""
import argparse
import hashlib
import math
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def timed_run(cmd):
    """Runs cmd; returns (seconds, peak RSS in MiB of that process, stdout, return code)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return elapsed, usage.ru_maxrss / 1024.0, out.read(), err.read(), child.returncode


def compile_program(venv, source, workdir):
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    out = workdir / f"{source.stem}-{digest}.json"
    if not out.exists():
        subprocess.run([str(venv / "bin" / "cairo-compile"), str(source), "--output", str(out)],
                       check=True)
    return out


def layout_for(source):
    return "small" if "%builtins" in source.read_text() else "plain"


def measure(cmd, runs):
    times, rss, stdout = [], [], ""
    for _ in range(runs):
        seconds, peak, stdout, stderr, code = timed_run(cmd)
        if code != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{stderr}")
        times.append(seconds)
        rss.append(peak)
    return statistics.median(times), max(rss), stdout


def steps_of(info_text):
    for line in info_text.splitlines():
        if line.startswith("Number of steps:"):
            return int(line.split()[3])
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cairovm", required=True)
    parser.add_argument("--venv", default=str(ROOT / ".venv"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--python-runs", type=int, default=1)
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()

    venv = pathlib.Path(args.venv)
    sources = [pathlib.Path(p) for p in args.programs] or sorted(
        (ROOT / "bench" / "programs").glob("*.cairo"))
    workdir = pathlib.Path(tempfile.gettempdir()) / "cairovm-bench"
    workdir.mkdir(exist_ok=True)

    header = f"{'program':<24} {'steps':>10} {'cairovm s':>10} {'MiB':>7} {'Msteps/s':>9} " \
             f"{'python s':>9} {'MiB':>7} {'python/cairovm':>15}"
    print(header)
    print("-" * len(header))
    ratios = []
    for source in sources:
        compiled = compile_program(venv, source, workdir)
        layout = layout_for(source)
        common = ["--program", str(compiled), "--layout", layout, "--print_info",
                  "--trace_file", str(workdir / "t.bin"), "--memory_file", str(workdir / "m.bin")]
        ours, our_rss, stdout = measure([args.cairovm, *common], args.runs)
        steps = steps_of(stdout)
        theirs, their_rss, _ = measure([str(venv / "bin" / "cairo-run"), *common], args.python_runs)
        ratio = theirs / ours
        ratios.append(ratio)
        print(f"{source.stem:<24} {steps:>10} {ours:>10.3f} {our_rss:>7.1f} "
              f"{steps / ours / 1e6:>9.2f} {theirs:>9.2f} {their_rss:>7.1f} {ratio:>14.1f}x")
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"\ngeometric mean python/cairovm: {geomean:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
