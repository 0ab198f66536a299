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
import subprocess
import sys
import tempfile
import threading
import time

import cairovm

ROOT = pathlib.Path(__file__).resolve().parents[1]
PROGRAMS = ["countdown_100k", "recursion_100k", "fibonacci_loop_1m"]


def compile_program(name, folder):
    out = folder / f"{name}.json"
    subprocess.run([str(ROOT / ".venv/bin/cairo-compile"), str(ROOT / "bench/programs" / f"{name}.cairo"),
                    "--output", str(out)], check=True)
    return out


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
        paths = {name: compile_program(name, pathlib.Path(folder)) for name in PROGRAMS}
        print(f"{'program':20} {'steps':>9} {'cairo-lang s':>13} {'cairovm s':>10} {'ratio':>8}")
        for name in PROGRAMS[:2]:
            steps = run_module(paths[name])
            assert run_cairo_lang(paths[name]) == steps
            reference = best_of(1, lambda: run_cairo_lang(paths[name]))
            ours = best_of(args.runs, lambda: run_module(paths[name]))
            print(f"{name:20} {steps:9} {reference:13.3f} {ours:10.4f} {reference / ours:7.0f}x")
        big = paths["fibonacci_loop_1m"]
        one, two = threads_vs_one([big, big], args.runs)
        print(f"two runs of fibonacci_loop_1m: one thread {one:.3f} s, two threads {two:.3f} s, "
              f"speed-up {one / two:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
