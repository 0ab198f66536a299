"""The `cairovm` Python module (built into <build>/python; ctest runs this with PYTHONPATH)."""
import json
import pathlib
import subprocess
import sys
import threading

import pytest

from conftest import ROOT

cairovm = pytest.importorskip("cairovm")

OUTPUT_PROGRAM = """
%builtins output
func sum_to(n: felt) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = sum_to(n - 1);
    return rest + n;
}
func main(output_ptr: felt*) -> (output_ptr: felt*) {
    assert output_ptr[0] = 42;
    assert output_ptr[1] = -7;
    let total = sum_to(100);
    assert output_ptr[2] = total;
    return (output_ptr=output_ptr + 3);
}
"""

FAILING_PROGRAM = """
func main() {
    tempvar x = 3;
    assert x = 4;
    return ();
}
"""

# About 2 * ITERATIONS steps, long enough for threads to overlap.
LOOP_PROGRAM = """
%builtins output
func main(output_ptr: felt*) -> (output_ptr: felt*) {
    tempvar i = ITERATIONS;
    loop:
    tempvar i = i - 1;
    jmp loop if i != 0;
    assert output_ptr[0] = ITERATIONS;
    return (output_ptr=output_ptr + 1);
}
"""

HINT_PROGRAM = """
%builtins output
func main(output_ptr: felt*) -> (output_ptr: felt*) {
    alloc_locals;
    local x;
    %{ ids.x = program_input["x"] * 2 + len(str(sum(range(10)))) %}
    assert output_ptr[0] = x;
    return (output_ptr=output_ptr + 1);
}
"""


@pytest.fixture(scope="session")
def compiled(tmp_path_factory):
    """Compiles a Cairo source once per session; returns the path of its JSON."""
    folder = tmp_path_factory.mktemp("programs")
    cache = {}

    def compile_source(name, source):
        if name not in cache:
            cairo = folder / f"{name}.cairo"
            cairo.write_text(source)
            out = folder / f"{name}.json"
            subprocess.run([str(ROOT / ".venv/bin/cairo-compile"), str(cairo), "--output", str(out)],
                           check=True)
            cache[name] = out
        return cache[name]

    return compile_source


@pytest.fixture(scope="session")
def cli(cairovm_bin):
    def run_cli(*args):
        return subprocess.run([str(cairovm_bin), *map(str, args)], capture_output=True, text=True)

    return run_cli


def full_run(program, **options):
    """A Runner run to its end (cairovm.run() returns only a RunResult)."""
    runner = cairovm.Runner(program, **options)
    runner.run()
    return runner


def cli_output_values(stdout):
    values = []
    for line in stdout.split("Program output:\n", 1)[1].splitlines():
        if not line.strip():
            break
        values.append(int(line))
    return values


def test_run_gives_the_output_and_steps_of_the_cli(compiled, cli):
    path = compiled("output", OUTPUT_PROGRAM)
    runner = full_run(str(path), layout="small")
    assert runner.output() == [42, -7, 5050]
    result = cli("--program", path, "--layout", "small", "--print_output", "--print_info")
    assert result.returncode == 0, result.stderr
    assert cli_output_values(result.stdout) == runner.output()
    assert f"Number of steps: {runner.n_steps} " in result.stdout
    assert runner.output_text() in result.stdout
    assert runner.info_text() in result.stdout
    assert runner.execution_resources()["n_steps"] == runner.n_steps


def test_program_as_json_text_dict_or_path(compiled):
    path = compiled("output", OUTPUT_PROGRAM)
    text = path.read_text()
    from_text = full_run(text, layout="small")
    from_dict = full_run(json.loads(text), layout="small")
    from_path = full_run(pathlib.Path(path), layout="small")
    assert from_text.output() == from_dict.output() == from_path.output() == [42, -7, 5050]
    assert from_text.n_steps == from_dict.n_steps == from_path.n_steps


def test_trace_and_memory_equal_the_cli_files(compiled, cli, tmp_path):
    path = compiled("output", OUTPUT_PROGRAM)
    runner = cairovm.Runner(path, layout="small")
    assert not runner.done
    runner.run()
    assert runner.done
    runner.write_trace(tmp_path / "module.trace")
    runner.write_memory(tmp_path / "module.memory")
    result = cli("--program", path, "--layout", "small", "--trace_file", tmp_path / "cli.trace",
                 "--memory_file", tmp_path / "cli.memory")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "module.trace").read_bytes() == (tmp_path / "cli.trace").read_bytes()
    assert (tmp_path / "module.memory").read_bytes() == (tmp_path / "cli.memory").read_bytes()

    trace = runner.trace()
    assert len(trace) == runner.n_steps + 1 or len(trace) == runner.n_steps
    raw = (tmp_path / "cli.trace").read_bytes()
    ap, fp, pc = (int.from_bytes(raw[i:i + 8], "little") for i in (0, 8, 16))
    assert trace[0] == (pc, ap, fp)
    assert runner.registers() == dict(zip(("pc", "ap", "fp"), trace[-1]))

    memory = runner.memory()
    raw = (tmp_path / "cli.memory").read_bytes()
    assert len(memory) * 40 == len(raw)
    address = int.from_bytes(raw[:8], "little")
    assert memory[address] == int.from_bytes(raw[8:40], "little")


def test_vm_error_carries_the_cli_text(compiled, cli):
    path = compiled("failing", FAILING_PROGRAM)
    with pytest.raises(cairovm.VmError) as error:
        full_run(path)
    result = cli("--program", path)
    assert result.returncode == 1
    assert result.stderr == str(error.value) + "\n"
    assert "An ASSERT_EQ instruction failed: 3 != 4." in str(error.value)
    assert isinstance(error.value, cairovm.Error) and isinstance(error.value, Exception)


def test_bad_program_and_runner_errors(tmp_path, compiled):
    with pytest.raises(cairovm.Error):
        full_run(tmp_path / "missing.json", layout="small")
    with pytest.raises(cairovm.Error):
        full_run('{"data": 5}', layout="small")
    runner = cairovm.Runner(compiled("output", OUTPUT_PROGRAM), layout="small")
    with pytest.raises(cairovm.RunnerError, match="has not run"):
        runner.output()
    runner.run()
    with pytest.raises(cairovm.RunnerError, match="already run"):
        runner.run()


def test_step_options(compiled, cli):
    path = compiled("output", OUTPUT_PROGRAM)
    steps = full_run(path, layout="small").n_steps
    with pytest.raises(cairovm.Error) as error:
        full_run(path, steps=steps - 1, layout="small")
    result = cli("--program", path, "--layout", "small", "--steps", steps - 1)
    assert result.returncode == 1
    assert str(error.value) in result.stderr
    assert full_run(path, steps=steps, layout="small").n_steps == steps


def test_runners_side_by_side(compiled):
    small = cairovm.Runner(compiled("output", OUTPUT_PROGRAM), layout="small")
    loop = cairovm.Runner(compiled("loop", LOOP_PROGRAM.replace("ITERATIONS", "1000")), layout="small")
    loop.run()
    small.run()
    assert small.output() == [42, -7, 5050]
    assert loop.output() == [1000]
    assert loop.n_steps > small.n_steps


def test_threads_run_programs_at_once(compiled):
    paths = [compiled("loop_big", LOOP_PROGRAM.replace("ITERATIONS", "1000000")),
             compiled("output", OUTPUT_PROGRAM)]
    serial = [full_run(path, layout="small") for path in paths]
    results = [None, None]

    def work(index):
        runner = full_run(paths[index], layout="small")  # read on the runner's own thread
        results[index] = (runner.output(), runner.n_steps, runner.trace())

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for alone, together in zip(serial, results):
        assert together == (alone.output(), alone.n_steps, alone.trace())


def test_the_gil_is_free_during_a_run(compiled):
    """The main thread counts while a worker runs a program. With a long switch interval Python
    never takes the GIL from the worker, so the count moves during the run only if the run
    releases the GIL."""
    path = compiled("loop_big", LOOP_PROGRAM.replace("ITERATIONS", "1000000"))
    counter = [0]
    during = []
    outputs = []
    finished = threading.Event()

    def work():
        runner = cairovm.Runner(path, layout="small")  # a runner stays on its own thread
        before = counter[0]
        runner.run()
        during.append(counter[0] - before)
        outputs.append(runner.output())
        finished.set()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.2)
    try:
        worker = threading.Thread(target=work)
        worker.start()
        while not finished.is_set():
            counter[0] += 1
        worker.join()
    finally:
        sys.setswitchinterval(interval)
    assert outputs == [[1000000]]
    assert during[0] > 0


def test_python_hints_run_in_this_interpreter(compiled, cli, tmp_path):
    path = compiled("hint", HINT_PROGRAM)
    runner = full_run(path, program_input={"x": 20}, layout="small")
    assert runner.output() == [42]
    (tmp_path / "input.json").write_text('{"x": 20}')
    result = cli("--program", path, "--layout", "small", "--print_output",
                 "--program_input", tmp_path / "input.json")
    assert result.returncode == 0, result.stderr
    assert cli_output_values(result.stdout) == [42]
    assert "cairovm_native" in sys.modules  # the hint engine lives in this interpreter


def test_python_hints_can_be_refused(compiled):
    with pytest.raises(cairovm.Error):
        full_run(compiled("hint", HINT_PROGRAM), program_input={"x": 1}, python_hints=False, layout="small")


def test_run_returns_a_result_and_writes_the_cli_files(compiled, cli, tmp_path):
    path = compiled("output", OUTPUT_PROGRAM)
    result = cairovm.run(path, layout="small", trace_file=tmp_path / "run.trace",
                         memory_file=tmp_path / "run.memory")
    assert result.output == [42, -7, 5050]
    assert result.execution_resources["n_steps"] == result.n_steps > 0
    reference = cli("--program", path, "--layout", "small", "--trace_file", tmp_path / "cli.trace",
                    "--memory_file", tmp_path / "cli.memory", "--print_output")
    assert reference.returncode == 0, reference.stderr
    assert cli_output_values(reference.stdout) == result.output
    assert (tmp_path / "run.trace").read_bytes() == (tmp_path / "cli.trace").read_bytes()
    assert (tmp_path / "run.memory").read_bytes() == (tmp_path / "cli.memory").read_bytes()


@pytest.mark.parametrize("chunk", [1, 7, 1000])
def test_stepping_in_chunks_gives_the_files_of_one_run(compiled, cli, tmp_path, chunk):
    path = compiled("output", OUTPUT_PROGRAM)
    runner = cairovm.Runner(path, layout="small")
    calls = 0
    while not runner.run_for_steps(chunk):
        calls += 1
        assert runner.n_steps == calls * chunk
        assert runner.pc[0] == 0 and runner.ap[0] == runner.fp[0] == 1
    assert runner.end_reached
    runner.run()
    runner.write_trace(tmp_path / "stepped.trace")
    runner.write_memory(tmp_path / "stepped.memory")
    reference = cli("--program", path, "--layout", "small", "--trace_file", tmp_path / "cli.trace",
                    "--memory_file", tmp_path / "cli.memory")
    assert reference.returncode == 0, reference.stderr
    assert (tmp_path / "stepped.trace").read_bytes() == (tmp_path / "cli.trace").read_bytes()
    assert (tmp_path / "stepped.memory").read_bytes() == (tmp_path / "cli.memory").read_bytes()
    assert runner.output() == [42, -7, 5050]


def test_registers_memory_and_segments_while_paused(compiled):
    path = compiled("output", OUTPUT_PROGRAM)
    runner = cairovm.Runner(path, layout="small")
    assert runner.run_for_steps(0) is False
    assert runner.n_steps == 0
    pc, ap, fp = runner.pc, runner.ap, runner.fp
    assert pc[0] == 0 and ap == fp and ap[0] == 1
    # The entrypoint's frame: output_ptr (the output segment's base), then the return fp and pc.
    assert runner.memory_get(1, 0) == (2, 0)
    assert runner[1, 0] == (2, 0)
    assert isinstance(runner.memory_get(0, 0), int)
    assert runner.memory_get(1, 10**6) is None
    sizes = runner.segment_sizes()
    assert sizes[1] == ap[1]
    assert runner.run_for_steps(1) is False and runner.n_steps == 1
    assert runner.pc != pc
    runner.run()
    assert runner.memory_get(2, 0) == 42
    assert runner.memory_get(2, 1) == cairovm_prime() - 7
    assert runner.segment_sizes()[2] == 3
    with pytest.raises(cairovm.RunnerError, match="paused"):
        runner.pc


def cairovm_prime():
    return 2**251 + 17 * 2**192 + 1


def test_relocate_after_stepping_to_the_end(compiled, tmp_path):
    path = compiled("output", OUTPUT_PROGRAM)
    runner = cairovm.Runner(path, layout="small")
    assert not runner.run_for_steps(3)
    with pytest.raises(cairovm.RunnerError, match="not reached its end"):
        runner.relocate()
    with pytest.raises(cairovm.RunnerError, match="has not run"):
        runner.write_trace(tmp_path / "early.trace")
    assert runner.run_for_steps(10**9)
    runner.relocate()
    runner.relocate()  # nothing left to do
    assert runner.done and runner.output() == [42, -7, 5050]
    runner.write_trace(tmp_path / "t")
    assert (tmp_path / "t").stat().st_size == 24 * len(runner.trace())


def test_step_limit_and_cancel_raise_vm_errors(compiled):
    path = compiled("loop_big", LOOP_PROGRAM.replace("ITERATIONS", "1000000"))
    limited = cairovm.Runner(path, layout="small", max_steps=1000)
    with pytest.raises(cairovm.StepLimitError) as error:
        limited.run()
    assert isinstance(error.value, cairovm.VmError)
    assert "1000" in str(error.value)

    runner = cairovm.Runner(path, layout="small")
    assert not runner.run_for_steps(10)
    runner.cancel()
    with pytest.raises(cairovm.CancelledError) as error:
        runner.run()
    assert isinstance(error.value, cairovm.VmError)
    assert "cancelled" in str(error.value)


CANCEL_PROGRAM = """
func main() {
    %{ started.set(); cancelled.wait() %}
    tempvar i = 1000000;
    loop:
    tempvar i = i - 1;
    jmp loop if i != 0;
    return ();
}
"""


def test_cancel_from_another_thread(compiled):
    """A hint waits until another thread has cancelled the run; the run stops at its next check
    (every 65,536 steps) instead of running its 2,000,000 steps."""
    started, cancelled = threading.Event(), threading.Event()
    runner = cairovm.Runner(compiled("cancel", CANCEL_PROGRAM), layout="small",
                            hint_locals={"started": started, "cancelled": cancelled})

    def cancel():
        started.wait()
        runner.cancel()
        cancelled.set()

    thread = threading.Thread(target=cancel)
    thread.start()
    with pytest.raises(cairovm.CancelledError) as error:
        runner.run()
    thread.join()
    assert "cancelled" in str(error.value)
    assert 0 < runner.n_steps <= 65536


def test_runner_stays_on_its_thread(compiled):
    runner = cairovm.Runner(compiled("output", OUTPUT_PROGRAM), layout="small")
    errors = []

    def other():
        try:
            runner.run_for_steps(1)
        except cairovm.RunnerError as error:
            errors.append(str(error))

    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert errors and "thread that created it" in errors[0]
    runner.run()
    assert runner.output() == [42, -7, 5050]


HINT_LOCALS_PROGRAM = """
%builtins output
func main(output_ptr: felt*) -> (output_ptr: felt*) {
    alloc_locals;
    local x;
    %{ ids.x = syscall_handler.call(program_input["x"]) %}
    %{ syscall_handler.seen.append(ids.x) %}
    assert output_ptr[0] = x;
    return (output_ptr=output_ptr + 1);
}
"""


class SyscallHandler:
    def __init__(self):
        self.seen = []

    def call(self, x):
        return x * 3


def test_hint_locals_reach_the_hints(compiled, cli, tmp_path):
    path = compiled("hint_locals", HINT_LOCALS_PROGRAM)
    handler = SyscallHandler()
    result = cairovm.run(path, layout="small", program_input={"x": 5},
                         hint_locals={"syscall_handler": handler})
    assert result.output == [15]
    assert handler.seen == [15]
    stepped = SyscallHandler()
    runner = cairovm.Runner(path, layout="small", program_input={"x": 7},
                            hint_locals={"syscall_handler": stepped})
    while not runner.run_for_steps(1):
        pass
    runner.run()
    assert runner.output() == [21] and stepped.seen == [21]
    with pytest.raises(cairovm.VmError) as error:
        cairovm.run(path, layout="small", program_input={"x": 5})
    assert "NameError: name 'syscall_handler' is not defined" in str(error.value)
    (tmp_path / "input.json").write_text('{"x": 5}')
    reference = cli("--program", path, "--layout", "small", "--program_input",
                    tmp_path / "input.json")
    assert reference.returncode == 1
    assert reference.stderr == str(error.value) + "\n"


def test_two_threads_each_run_a_program(compiled):
    paths = [compiled("loop_big", LOOP_PROGRAM.replace("ITERATIONS", "1000000")),
             compiled("hint", HINT_PROGRAM)]
    results = [None, None]

    def work(index):
        runner = cairovm.Runner(paths[index], layout="small", program_input={"x": 20})
        while not runner.run_for_steps(100000):
            pass
        runner.run()
        results[index] = (runner.output(), runner.n_steps)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results[0][0] == [1000000] and results[1][0] == [42]
    assert results[0][1] == full_run(paths[0], layout="small").n_steps
