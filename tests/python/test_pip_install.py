"""`pip install .` through pyproject.toml (scikit-build-core) gives an importable `cairovm` with its
type stubs. Slow (it compiles the library once more): runs only with CAIROVM_SLOW_TESTS=1, as the
ctest `python.pip_install` (label slow) sets it."""
import os
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.skipif(os.environ.get("CAIROVM_SLOW_TESTS") != "1",
                                reason="slow: set CAIROVM_SLOW_TESTS=1")

PROGRAM = """
%builtins output
func main(output_ptr: felt*) -> (output_ptr: felt*) {
    assert output_ptr[0] = 1234;
    return (output_ptr=output_ptr + 1);
}
"""


def test_pip_install_gives_an_importable_module(tmp_path):
    target = tmp_path / "site"
    # No build isolation: the venv's scikit-build-core, no network.
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-build-isolation",
                    "--target", str(target), str(ROOT)], check=True)
    assert any(p.name.startswith("cairovm") and p.suffix == ".so" for p in target.iterdir())
    assert (target / "cairovm.pyi").exists()
    source = tmp_path / "p.cairo"
    source.write_text(PROGRAM)
    compiled = tmp_path / "p.json"
    subprocess.run([str(ROOT / ".venv/bin/cairo-compile"), str(source), "--output", str(compiled)],
                   check=True)
    check = ("import cairovm, sys; r = cairovm.run(sys.argv[1], layout='small'); "
             "print(cairovm.__file__, r.output)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    result = subprocess.run([sys.executable, "-c", check, str(compiled)], capture_output=True,
                            text=True, env=env, check=True)
    assert str(target) in result.stdout and "[1234]" in result.stdout
