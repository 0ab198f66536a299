#!/usr/bin/env python3
"""The `cairovm` Python module from one Python process: against cairo-lang's own runner in the same
process (cairo_run's CairoRunner: load, initialise, run, end, relocate), and two threads running
two programs against one thread running them one after the other (the GIL is released while the
VM runs).

    PYTHONPATH=BUILD/python .venv/bin/python bench/python_module.py [--runs 3]

Prints seconds (best of --runs) and ratios; nothing is asserted.
"""
import argparse
import pathlib
import re
import subprocess
import sys
import tempfile
import threading
import time

import cairovm

ROOT = pathlib.Path(__file__).resolve().parents[1]
# (program in bench/programs, size for the comparison with cairo-lang); the threads run the
# first one at full size.
PROGRAMS = [("countdown", 50000), ("recursion", None), ("fibonacci", None)]
PYTHON_SIZE = re.compile(r"^// bench: python_n=(\d+)$", re.MULTILINE)


def compile_program(name, folder, size=None):
    """Compiles bench/programs/<name>.cairo with `const N` set to size (None: as written)."""
    text = (ROOT / "bench/programs" / f"{name}.cairo").read_text()
    if size is not None:
        text = re.sub(r"^const N = \d+;$", f"const N = {size};", text, count=1, flags=re.MULTILINE)
    source = folder / f"{name}_{size}.cairo"
    source.write_text(text)
    out = folder / f"{name}_{size}.json"
    subprocess.run([str(ROOT / ".venv/bin/cairo-compile"), str(source), "--output", str(out)],
                   check=True)
    return out


def python_size(name):
    """The program's size for cairo-run (its `// bench: python_n=` line)."""
    text = (ROOT / "bench/programs" / f"{name}.cairo").read_text()
    return int(PYTHON_SIZE.search(text).group(1))


def best_of(runs, body):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return min(times)


def run_cairo_lang(path):
    """cairo-run's sequence, in process (starkware.cairo.lang.vm.cairo_runner)."""
    from starkware.cairo.lang.compiler.program import Program
    from starkware.cairo.lang.vm.cairo_runner import CairoRunner
    from starkware.cairo.lang.vm.memory_dict import MemoryDict

    program = Program.Schema().loads(path.read_text())
    runner = CairoRunner(program=program, layout="small", memory=MemoryDict(), proof_mode=False)
    runner.initialize_segments()
    end = runner.initialize_main_entrypoint()
    runner.initialize_vm(hint_locals={"program_input": {}})
    runner.run_until_pc(end)
    runner.end_run()
    runner.read_return_values()
    runner.relocate()
    return runner.vm.current_step


def run_module(path):
    return cairovm.run(str(path), layout="small").n_steps


def threads_vs_one(paths, runs):
    def serial():
        for path in paths:
            run_module(path)

    def parallel():
        threads = [threading.Thread(target=run_module, args=(path,)) for path in paths]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    return best_of(runs, serial), best_of(runs, parallel)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        print(f"{'program':20} {'steps':>9} {'cairo-lang s':>13} {'cairovm s':>10} {'ratio':>8}")
        for name, size in PROGRAMS[:2]:
            path = compile_program(name, folder, size or python_size(name))
            steps = run_module(path)
            assert run_cairo_lang(path) == steps
            reference = best_of(1, lambda: run_cairo_lang(path))
            ours = best_of(args.runs, lambda: run_module(path))
            print(f"{name:20} {steps:9} {reference:13.3f} {ours:10.4f} {reference / ours:7.0f}x")
        name = PROGRAMS[2][0]
        big = compile_program(name, folder)
        one, two = threads_vs_one([big, big], args.runs)
        print(f"two runs of {name}: one thread {one:.3f} s, two threads {two:.3f} s, "
              f"speed-up {one / two:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
