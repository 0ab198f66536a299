"""The all_cairo layout, which cairo-run defines but does not accept on its command line: the
reference is run with all_cairo added to its layouts, cairovm through its Python module (whose
Runner takes any layout the library knows). A proof-mode run with add_mod and mul_mod must give
the same warnings (the extra-steps loop), output, trace and memory."""
import pathlib
import subprocess

import pytest

from conftest import ROOT

cairovm = pytest.importorskip("cairovm")

VENV_BIN = ROOT / ".venv" / "bin"
PROGRAM = ROOT / "cairo_programs" / "proof_dynamic_mod_builtins.cairo"
# cairo-run's main with all_cairo among the layouts its --layout accepts.
REFERENCE = (
    "import sys\n"
    "from starkware.cairo.lang import instances\n"
    "instances.LAYOUTS['all_cairo'] = instances.all_cairo_instance\n"
    "from starkware.cairo.lang.vm.cairo_run import main\n"
    "sys.exit(main())\n"
)


def memory_map(path: pathlib.Path) -> dict:
    data = path.read_bytes()
    return {data[i:i + 8]: data[i + 8:i + 40] for i in range(0, len(data), 40)}


def test_mod_builtins_in_proof_mode_on_all_cairo(tmp_path):
    if not (VENV_BIN / "cairo-compile").exists():
        pytest.skip("the reference cairo-lang venv (.venv) is not installed")
    compiled = tmp_path / "program.json"
    subprocess.run([str(VENV_BIN / "cairo-compile"), "--proof_mode", str(PROGRAM), "--output",
                    str(compiled)], check=True)
    reference = subprocess.run(
        [str(VENV_BIN / "python"), "-c", REFERENCE, "--program", str(compiled), "--layout",
         "all_cairo", "--proof_mode", "--print_output", "--trace_file",
         str(tmp_path / "ref.trace"), "--memory_file", str(tmp_path / "ref.memory")],
        capture_output=True, text=True, timeout=600)
    assert reference.returncode == 0, reference.stderr

    runner = cairovm.Runner(str(compiled), layout="all_cairo", proof_mode=True)
    runner.run()
    runner.write_trace(tmp_path / "cv.trace")
    runner.write_memory(tmp_path / "cv.memory")
    warnings = "".join(line + "\n" for line in runner.warnings)
    assert reference.stdout == warnings + runner.output_text()
    assert (tmp_path / "cv.trace").read_bytes() == (tmp_path / "ref.trace").read_bytes()
    assert memory_map(tmp_path / "cv.memory") == memory_map(tmp_path / "ref.memory")
