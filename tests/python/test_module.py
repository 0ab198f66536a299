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


def cli_output_values(stdout):
    values = []
    for line in stdout.split("Program output:\n", 1)[1].splitlines():
        if not line.strip():
            break
        values.append(int(line))
    return values


def test_run_gives_the_output_and_steps_of_the_cli(compiled, cli):
    path = compiled("output", OUTPUT_PROGRAM)
    runner = cairovm.run(str(path), layout="small")
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
    from_text = cairovm.run(text, layout="small")
    from_dict = cairovm.run(json.loads(text), layout="small")
    from_path = cairovm.run(pathlib.Path(path), layout="small")
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
        cairovm.run(path)
    result = cli("--program", path)
    assert result.returncode == 1
    assert result.stderr == str(error.value) + "\n"
    assert "An ASSERT_EQ instruction failed: 3 != 4." in str(error.value)
    assert isinstance(error.value, cairovm.Error) and isinstance(error.value, Exception)


def test_bad_program_and_runner_errors(tmp_path, compiled):
    with pytest.raises(cairovm.Error):
        cairovm.run(tmp_path / "missing.json", layout="small")
    with pytest.raises(cairovm.Error):
        cairovm.run('{"data": 5}', layout="small")
    runner = cairovm.Runner(compiled("output", OUTPUT_PROGRAM), layout="small")
    with pytest.raises(cairovm.RunnerError, match="has not run"):
        runner.output()
    runner.run()
    with pytest.raises(cairovm.RunnerError, match="already run"):
        runner.run()


def test_step_options(compiled, cli):
    path = compiled("output", OUTPUT_PROGRAM)
    steps = cairovm.run(path, layout="small").n_steps
    with pytest.raises(cairovm.Error) as error:
        cairovm.run(path, steps=steps - 1, layout="small")
    result = cli("--program", path, "--layout", "small", "--steps", steps - 1)
    assert result.returncode == 1
    assert str(error.value) in result.stderr
    assert cairovm.run(path, steps=steps, layout="small").n_steps == steps


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
    serial = [cairovm.run(path, layout="small") for path in paths]
    results = [None, None]

    def work(index):
        results[index] = cairovm.run(paths[index], layout="small")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for alone, together in zip(serial, results):
        assert together.output() == alone.output()
        assert together.n_steps == alone.n_steps
        assert together.trace() == alone.trace()


def test_the_gil_is_free_during_a_run(compiled):
    """The main thread counts while a worker runs a program. With a long switch interval Python
    never takes the GIL from the worker, so the count moves during the run only if the run
    releases the GIL."""
    path = compiled("loop_big", LOOP_PROGRAM.replace("ITERATIONS", "1000000"))
    runner = cairovm.Runner(path, layout="small")
    counter = [0]
    during = []
    finished = threading.Event()

    def work():
        before = counter[0]
        runner.run()
        during.append(counter[0] - before)
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
    assert runner.output() == [1000000]
    assert during[0] > 0


def test_python_hints_run_in_this_interpreter(compiled, cli, tmp_path):
    path = compiled("hint", HINT_PROGRAM)
    runner = cairovm.run(path, program_input={"x": 20}, layout="small")
    assert runner.output() == [42]
    (tmp_path / "input.json").write_text('{"x": 20}')
    result = cli("--program", path, "--layout", "small", "--print_output",
                 "--program_input", tmp_path / "input.json")
    assert result.returncode == 0, result.stderr
    assert cli_output_values(result.stdout) == [42]
    assert "cairovm_native" in sys.modules  # the hint engine lives in this interpreter


def test_python_hints_can_be_refused(compiled):
    with pytest.raises(cairovm.Error):
        cairovm.run(compiled("hint", HINT_PROGRAM), program_input={"x": 1}, python_hints=False, layout="small")
