"""Python hints through the cairovm executable, on hand-written programs (no debug information):
output order, --no_python_hints, --program_input, errors. The compiled-program cases are in the
differential tests (cairo_programs/*, marked needs-python)."""

import json
import os
import subprocess

import pytest

from conftest import ROOT, program

RET = "0x208b7fff7fff7ffe"
STORE_FIVE = ["0x480680017fff8000", "0x5"]  # [ap] = 5, ap++


def hint(code):
    return {
        "code": code,
        "accessible_scopes": ["__main__", "__main__.main"],
        "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0}, "reference_ids": {}},
    }


@pytest.fixture
def run_py(cairovm_bin, tmp_path):
    """Runs cairovm with VIRTUAL_ENV set to the reference's venv (starkware importable)."""

    def _run(prog, *args):
        path = tmp_path / "program.json"
        path.write_text(json.dumps(prog))
        env = dict(os.environ, VIRTUAL_ENV=str(ROOT / ".venv"))
        return subprocess.run([str(cairovm_bin), "--program", str(path), *args],
                              capture_output=True, text=True, timeout=120, env=env)

    return _run


def with_hints(hints, data=(RET,)):
    return program(list(data), hints={str(pc): [hint(c) for c in codes] for pc, codes in hints.items()})


def test_hint_output_comes_before_the_vm_output(run_py):
    res = run_py(with_hints({0: ["print('from a hint')"]}), "--print_info")
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("from a hint\nNumber of steps: 1 ")


def test_no_python_hints_fails_on_a_python_hint(run_py):
    res = run_py(with_hints({0: ["print('x')"]}), "--no_python_hints")
    assert res.returncode == 1
    assert "Unknown hint at pc=0:0" in res.stderr
    assert "disabled by --no_python_hints" in res.stderr
    assert "print('x')" in res.stderr


def test_native_hints_never_need_python(run_py):
    prog = with_hints({0: ["vm_enter_scope()"], 2: ["vm_exit_scope()"]}, data=STORE_FIVE + [RET])
    res = run_py(prog, "--no_python_hints")
    assert res.returncode == 0, res.stderr


def test_program_input_is_in_the_main_scope_only(run_py, tmp_path):
    (tmp_path / "input.json").write_text('{"x": [1, 2, 3]}')
    prog = with_hints({0: ["print(sum(program_input['x']))\nvm_enter_scope()"],
                       2: ["print('program_input' in globals())\nvm_exit_scope()"]},
                      data=STORE_FIVE + [RET])
    res = run_py(prog, "--program_input", str(tmp_path / "input.json"))
    assert res.returncode == 0, res.stderr
    assert res.stdout == "6\nFalse\n"
    res = run_py(with_hints({0: ["print(program_input)"]}))
    assert res.stdout == "{}\n"


def test_native_and_python_hints_share_scope_variables(run_py):
    # A Python int stored by one hint is read by the next; vm_enter_scope (native) and a Python
    # hint in the new scope see the same variables.
    prog = with_hints({0: ["n = 7\nvm_enter_scope({'m': n * 2})", "print(m)", "vm_exit_scope()",
                           "print(n)"]})
    res = run_py(prog)
    assert res.returncode == 0, res.stderr
    assert res.stdout == "14\n7\n"


def test_hint_exception_without_debug_info(run_py):
    res = run_py(with_hints({0: ["x = 1\nraise KeyError('nope')"]}))
    assert res.returncode == 1
    assert res.stderr == (
        "Error at pc=0:0:\n"
        "Got an exception while executing a hint.\n"
        "Traceback (most recent call last):\n"
        '  File "<hint0>", line 2, in <module>\n'
        "KeyError: 'nope'\n"
    )


def test_syntax_error_is_reported_before_the_run(run_py):
    res = run_py(with_hints({0: ["x = 1"], 2: ["def f(:\n  pass"]}, data=STORE_FIVE + [RET]))
    assert res.returncode == 1
    assert res.stdout == ""
    assert res.stderr.startswith("Error at pc=0:2:\nGot an exception while compiling a hint.\n")
    assert res.stderr.rstrip().endswith("SyntaxError: invalid syntax")


def test_python_hints_only_runs_native_hints_in_python(run_py):
    # vm_exit_scope() in the main scope fails in both engines; the report tells which ran it.
    prog = with_hints({0: ["vm_exit_scope()"]})
    native = run_py(prog)
    forced = run_py(prog, "--python_hints_only")
    assert native.returncode == forced.returncode == 1
    assert '"<hint at pc=0:0>"' in native.stderr
    assert '"<hint0>"' in forced.stderr
    assert native.stderr.splitlines()[-1] == forced.stderr.splitlines()[-1]


def test_python_hints_only_excludes_no_python_hints(run_py):
    res = run_py(with_hints({0: ["vm_enter_scope()"]}), "--python_hints_only", "--no_python_hints")
    assert res.returncode == 1
    assert "--python_hints_only and --no_python_hints exclude each other." in res.stderr
