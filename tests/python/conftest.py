import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PRIME = "0x800000000000011000000000000000000000000000000000000000000000001"


@pytest.fixture(scope="session")
def cairovm_bin() -> pathlib.Path:
    build = os.environ.get("CAIROVM_BUILD_DIR")
    if not build:
        pytest.fail("CAIROVM_BUILD_DIR must name a cairovm build folder")
    path = pathlib.Path(build) / "cairovm"
    assert path.exists(), f"{path} was not built"
    return path


def program(data, builtins=(), hints=None, references=(), main_pc=0):
    """A minimal compiled-program JSON object with `main` at `main_pc`."""
    return {
        "prime": PRIME,
        "data": list(data),
        "builtins": list(builtins),
        "hints": hints or {},
        "main_scope": "__main__",
        "reference_manager": {"references": list(references)},
        "attributes": [],
        "debug_info": None,
        "identifiers": {"__main__.main": {"type": "function", "pc": main_pc, "decorators": []}},
    }


@pytest.fixture
def run(cairovm_bin, tmp_path):
    """Runs cairovm on a program given as a dict or raw text; returns the CompletedProcess."""

    def _run(prog, *args, timeout=60):
        path = tmp_path / "program.json"
        path.write_text(prog if isinstance(prog, str) else json.dumps(prog))
        return subprocess.run(
            [str(cairovm_bin), "--program", str(path), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return _run
