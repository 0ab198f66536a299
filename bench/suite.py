#!/usr/bin/env python3
"""Side-by-side benchmark of cairovm, the Rust VM (lambdaclass cairo-vm) and cairo-run.

Every program of bench/programs runs with the same layout and with trace and memory files
written, in three VMs:
  * cairovm and the Rust VM at full size (`const N = ...` as written), --runs times each;
  * cairo-run at the size given by the program's `// bench: python_n=M` line (the full sizes take
    minutes to hours in Python), --python-runs times; there the speeds compare in steps/s.
Outputs, trace files and memory files are compared: cairovm against the Rust VM at full size, and
all three at the Python size; byte for byte, except the Rust VM's memory files, which list the
cells in address order (cairo-run's and cairovm's list them in first-write order) and are compared
as address-to-value maps. The table gives median wall times, peak RSS and the
speed-ups of cairovm (Rust time / cairovm time; cairovm steps/s / Python steps/s) with their
geometric means; --scaling adds time and memory against steps (10^4..10^7) for the countdown loop.

The Rust runner (bench/rust_runner, the `cairo-vm` crate from crates.io) is built with cargo into
--rust-target-dir the first time; it is never part of the CMake build.

    python3 bench/suite.py --cairovm BUILD/cairovm [--runs 5] [--scaling] [PROGRAM ...]
"""
import argparse
import hashlib
import math
import os
import pathlib
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
SIZE_LINE = re.compile(r"^const N = (\d+);$", re.MULTILINE)
PYTHON_SIZE = re.compile(r"^// bench: python_n=(\d+)$", re.MULTILINE)
CLOCK = "wall"


class Run:
    """The median wall time, peak RSS, steps, output and file digests of repeated runs."""

    def __init__(self, seconds, rss_mib, steps, output, digests):
        self.seconds = seconds
        self.rss_mib = rss_mib
        self.steps = steps
        self.output = output
        self.digests = digests

    @property
    def steps_per_second(self):
        return self.steps / self.seconds


def timed_run(cmd):
    """Runs cmd; returns (seconds, peak RSS of that process in MiB, stdout, stderr, exit code).

    seconds is wall time, or user + system CPU time with --clock cpu (steadier on a loaded
    machine, where wall time mostly measures the other processes), or user CPU time alone with
    --clock user (for machines whose kernel time swings between identical runs, as page zeroing
    does on some virtual machines; it leaves out the kernel's share of both VMs)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if CLOCK == "cpu":
            elapsed = usage.ru_utime + usage.ru_stime
        elif CLOCK == "user":
            elapsed = usage.ru_utime
        return (elapsed, usage.ru_maxrss / 1024.0, out.read(), err.read(),
                os.waitstatus_to_exitcode(status))


def file_digest(path):
    """Read in chunks: a child's peak RSS counts this process's own size at fork (Linux carries
    the high-water mark over exec), so the suite must stay small."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def memory_map_digest(path):
    """An order-free digest of a memory file, for the Rust VM, which writes cells in address order
    (cairo-run and cairovm write them in the order the run first wrote them): the sum of the
    40-byte records' hashes, and their count."""
    total = count = 0
    with open(path, "rb") as stream:
        while chunk := stream.read(40 * 26214):
            total += sum(hash(chunk[i:i + 40]) for i in range(0, len(chunk), 40))
            count += len(chunk) // 40
    return f"{total & (2**64 - 1):016x}-{count}"


def steps_of(text):
    match = re.search(r"^Number of steps: (\d+)", text, re.MULTILINE)
    return int(match.group(1)) if match else None


def program_output(text):
    """The lines after 'Program output:' up to the first blank or 'Number of steps' line."""
    lines = text.splitlines()
    if "Program output:" not in lines:
        return ""
    output = []
    for line in lines[lines.index("Program output:") + 1:]:
        if not line.strip() or line.startswith("Number of steps"):
            break
        output.append(line.strip())
    return "\n".join(output)


def measure(cmd, runs, workdir, tag):
    """Runs a VM `runs` times with trace and memory files; the last run's files are digested."""
    trace, memory = workdir / f"{tag}.trace", workdir / f"{tag}.memory"
    full = [*cmd, "--print_output", "--print_info", "--trace_file", str(trace), "--memory_file",
            str(memory)]
    times, peaks, stdout = [], [], ""
    for _ in range(runs):
        seconds, peak, stdout, stderr, code = timed_run(full)
        if code != 0:
            raise RuntimeError(f"{' '.join(full)} failed ({code}):\n{stderr[-2000:]}")
        times.append(seconds)
        peaks.append(peak)
    digests = (file_digest(trace), file_digest(memory), memory_map_digest(memory))
    trace.unlink()
    memory.unlink()
    return Run(statistics.median(times), max(peaks), steps_of(stdout), program_output(stdout),
               digests)


def compile_variant(venv, source, size, workdir):
    """Compiles source with `const N` set to size (None: as written); cached by content."""
    text = source.read_text()
    if size is not None:
        text = SIZE_LINE.sub(f"const N = {size};", text, count=1)
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    compiled = workdir / f"{source.stem}-{digest}.json"
    if not compiled.exists():
        variant = workdir / f"{source.stem}-{digest}.cairo"
        variant.write_text(text)
        subprocess.run([str(venv / "bin" / "cairo-compile"), str(variant), "--output",
                        str(compiled), "--cairo_path", str(source.parent)], check=True)
    return compiled


def build_rust_runner(target_dir):
    manifest = ROOT / "bench" / "rust_runner" / "Cargo.toml"
    subprocess.run(["cargo", "build", "--release", "--manifest-path", str(manifest),
                    "--target-dir", str(target_dir)], check=True)
    return pathlib.Path(target_dir) / "release" / "rust-cairo-run"


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def agreement(a, b, memory_as_map=False):
    """'same' when output and both files agree (the memory files byte for byte, or as maps for the
    Rust VM's), else which of them differ."""
    memory = 2 if memory_as_map else 1
    parts = [name for name, x, y in (("output", a.output, b.output),
                                     ("trace", a.digests[0], b.digests[0]),
                                     ("memory", a.digests[memory], b.digests[memory])) if x != y]
    return "same" if not parts else "DIFF:" + ",".join(parts)


def machine_line():
    cpu = "unknown CPU"
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def run_suite(args, vms, sources, workdir):
    header = (f"{'program':<16} {'steps':>9} {'cairovm s':>9} {'MiB':>6} {'rust s':>8} "
              f"{'MiB':>6} {'vs rust':>8} {'py steps':>8} {'py s':>7} {'vs py':>7} "
              f"{'files':>6}")
    print(header)
    print("-" * len(header))
    rust_speedups, python_speedups, rss_ratios, problems = [], [], [], []
    for source in sources:
        full = compile_variant(args.venv, source, None, workdir)
        layout = ["--program", str(full), "--layout", args.layout]
        ours = measure([vms["cairovm"], *layout], args.runs, workdir, "cairovm")
        rust = measure([vms["rust"], *layout], args.runs, workdir, "rust")
        check = agreement(ours, rust, memory_as_map=True)
        if ours.steps != rust.steps:
            check = f"DIFF:steps {ours.steps}/{rust.steps}"
        rust_speedup = rust.seconds / ours.seconds
        rust_speedups.append(rust_speedup)
        rss_ratios.append(ours.rss_mib / rust.rss_mib)
        py_cells = f"{'-':>8} {'-':>7} {'-':>7}"
        if not args.skip_python:
            match = PYTHON_SIZE.search(source.read_text())
            size = int(match.group(1)) if match else None
            small = compile_variant(args.venv, source, size, workdir)
            small_layout = ["--program", str(small), "--layout", args.layout]
            python = measure([str(args.venv / "bin" / "cairo-run"), *small_layout],
                             args.python_runs, workdir, "python")
            ours_small = measure([vms["cairovm"], *small_layout], 1, workdir, "cairovm-small")
            rust_small = measure([vms["rust"], *small_layout], 1, workdir, "rust-small")
            for name, other in (("python", python), ("rust", rust_small)):
                small_check = agreement(ours_small, other, memory_as_map=(name == "rust"))
                if small_check != "same":
                    problems.append(f"{source.stem} at python size vs {name}: {small_check}")
            python_speedup = ours.steps_per_second / python.steps_per_second
            python_speedups.append(python_speedup)
            py_cells = f"{python.steps:>8} {python.seconds:>7.2f} {python_speedup:>6.0f}x"
        if check != "same":
            problems.append(f"{source.stem} at full size vs rust: {check}")
        print(f"{source.stem:<16} {ours.steps:>9} {ours.seconds:>9.3f} {ours.rss_mib:>6.0f} "
              f"{rust.seconds:>8.3f} {rust.rss_mib:>6.0f} {rust_speedup:>7.2f}x {py_cells} "
              f"{'same' if check == 'same' else 'DIFF':>6}", flush=True)
    print()
    print(f"geometric mean speed-up vs Rust: {geomean(rust_speedups):.2f}x "
          f"(slowest {min(rust_speedups):.2f}x, fastest {max(rust_speedups):.2f}x)")
    if python_speedups:
        print(f"geometric mean speed-up vs Python (steps/s): {geomean(python_speedups):.0f}x "
              f"(lowest {min(python_speedups):.0f}x)")
    print(f"peak RSS cairovm/Rust: geometric mean {geomean(rss_ratios):.2f}, "
          f"highest {max(rss_ratios):.2f}")
    for problem in problems:
        print("MISMATCH:", problem)
    return 1 if problems else 0


def run_scaling(args, vms, workdir):
    source = ROOT / "bench" / "programs" / "countdown.cairo"
    print("\nscaling (countdown loop, trace and memory files written)")
    header = (f"{'steps':>9} {'cairovm s':>10} {'ns/step':>8} {'MiB':>6} {'rust s':>8} "
              f"{'ns/step':>8} {'MiB':>6}")
    print(header)
    print("-" * len(header))
    for iterations in (5_000, 50_000, 500_000, 5_000_000):
        compiled = compile_variant(args.venv, source, iterations, workdir)
        layout = ["--program", str(compiled), "--layout", args.layout]
        ours = measure([vms["cairovm"], *layout], args.runs, workdir, "cairovm")
        rust = measure([vms["rust"], *layout], args.runs, workdir, "rust")
        print(f"{ours.steps:>9} {ours.seconds:>10.4f} {ours.seconds / ours.steps * 1e9:>8.1f} "
              f"{ours.rss_mib:>6.0f} {rust.seconds:>8.4f} {rust.seconds / rust.steps * 1e9:>8.1f} "
              f"{rust.rss_mib:>6.0f}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cairovm", required=True)
    parser.add_argument("--rust-runner", help="a built rust-cairo-run (default: build it)")
    parser.add_argument("--rust-target-dir", default=str(pathlib.Path(tempfile.gettempdir()) /
                                                         "cairovm-bench-rust"))
    parser.add_argument("--venv", type=pathlib.Path, default=ROOT / ".venv")
    parser.add_argument("--layout", default="starknet_with_keccak")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--python-runs", type=int, default=1)
    parser.add_argument("--clock", choices=("wall", "cpu", "user"), default="wall",
                        help="time the runs by wall clock, by CPU time (user + system) or by "
                             "user CPU time")
    parser.add_argument("--skip-python", action="store_true")
    parser.add_argument("--scaling", action="store_true", help="also the countdown scaling curve")
    parser.add_argument("--workdir", type=pathlib.Path,
                        default=pathlib.Path(tempfile.gettempdir()) / "cairovm-suite")
    parser.add_argument("programs", nargs="*", help="program names or paths (default: all)")
    args = parser.parse_args()
    global CLOCK
    CLOCK = args.clock

    args.workdir.mkdir(parents=True, exist_ok=True)
    rust = args.rust_runner or build_rust_runner(args.rust_target_dir)
    vms = {"cairovm": args.cairovm, "rust": str(rust)}
    folder = ROOT / "bench" / "programs"
    sources = [pathlib.Path(p) if p.endswith(".cairo") else folder / f"{p}.cairo"
               for p in args.programs] or sorted(folder.glob("*.cairo"))
    print(f"machine: {machine_line()}; layout {args.layout}; {args.runs} runs "
          f"(Python {args.python_runs}); {args.clock} time; speed-ups are times cairovm is faster")
    status = run_suite(args, vms, sources, args.workdir)
    if args.scaling:
        run_scaling(args, vms, args.workdir)
    return status


if __name__ == "__main__":
    sys.exit(main())
