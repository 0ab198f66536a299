"""Cairo PIE round trips between cairovm and the reference cairo-run: each VM runs the PIE the
other wrote, and a tampered PIE fails in both with the same message."""
import pathlib
import subprocess
import zipfile

import pytest

from conftest import ROOT

VENV_BIN = ROOT / ".venv" / "bin"

SOURCE = """
%builtins output pedersen range_check
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}() {
    let (h) = hash2{hash_ptr=pedersen_ptr}(3, 4);
    serialize_word(h);
    let (p) = alloc();
    assert p[2] = 11;
    assert [range_check_ptr] = 5;
    let range_check_ptr = range_check_ptr + 1;
    return ();
}
"""


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> pathlib.Path:
    if not (VENV_BIN / "cairo-compile").exists():
        pytest.skip("the reference cairo-lang venv (.venv) is not installed")
    folder = tmp_path_factory.mktemp("pie")
    (folder / "prog.cairo").write_text(SOURCE)
    subprocess.run([str(VENV_BIN / "cairo-compile"), "prog.cairo", "--output", "prog.json"],
                   cwd=folder, check=True)
    return folder / "prog.json"


def run(cmd, *args):
    return subprocess.run([*cmd, *args, "--layout", "small", "--print_output"],
                          capture_output=True, text=True, timeout=300)


def test_each_vm_runs_the_others_pie(cairovm_bin, compiled, tmp_path):
    cv, ref = [str(cairovm_bin)], [str(VENV_BIN / "cairo-run")]
    for writer, name in ((cv, "cv.zip"), (ref, "ref.zip")):
        result = run(writer, "--program", str(compiled), "--cairo_pie_output", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    expected = run(ref, "--program", str(compiled)).stdout
    for reader in (cv, ref):
        for name in ("cv.zip", "ref.zip"):
            result = run(reader, "--run_from_cairo_pie", str(tmp_path / name))
            assert result.returncode == 0, (reader, name, result.stderr)
            assert result.stdout == expected


def test_tampered_pie_fails_like_the_reference(cairovm_bin, compiled, tmp_path):
    pie = tmp_path / "pie.zip"
    assert run([str(cairovm_bin)], "--program", str(compiled), "--cairo_pie_output",
               str(pie)).returncode == 0
    with zipfile.ZipFile(pie) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    # A leading 1 on n_steps: the run does not end at the PIE's step count.
    files["execution_resources.json"] = files["execution_resources.json"].replace(
        b'"n_steps": ', b'"n_steps": 1')
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    ours = run([str(cairovm_bin)], "--run_from_cairo_pie", str(tampered))
    theirs = run([str(VENV_BIN / "cairo-run")], "--run_from_cairo_pie", str(tampered))
    assert theirs.returncode == 1 and ours.returncode == 1
    assert ours.stderr == theirs.stderr


def test_invalid_pie_fails_the_security_check_like_the_reference(cairovm_bin, compiled, tmp_path):
    pie = tmp_path / "pie.zip"
    assert run([str(cairovm_bin)], "--program", str(compiled), "--cairo_pie_output",
               str(pie)).returncode == 0
    with zipfile.ZipFile(pie) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    # A nonzero ret_fp segment size: cairo-run's CairoRunError, outside its error handling.
    files["metadata.json"] = files["metadata.json"].replace(
        b'"ret_fp_segment": {"index": 5, "size": 0}', b'"ret_fp_segment": {"index": 5, "size": 1}')
    invalid = tmp_path / "invalid.zip"
    with zipfile.ZipFile(invalid, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    ours = run([str(cairovm_bin)], "--run_from_cairo_pie", str(invalid))
    theirs = run([str(VENV_BIN / "cairo-run")], "--run_from_cairo_pie", str(invalid))
    assert ours.returncode == theirs.returncode == 1
    assert ours.stderr.splitlines()[-1] == theirs.stderr.splitlines()[-1] == (
        "starkware.cairo.lang.vm.cairo_run.CairoRunError: Security check for the CairoPIE input "
        "failed: Invalid segment size for ret_fp. Must be 0.")


CHECK_FAILED = ("starkware.cairo.lang.vm.cairo_run.CairoRunError: Security check for the CairoPIE "
                "input failed: ")


def replace(old, new):
    return lambda data: data.replace(old, new)


# PIEs with inconsistent sizes, each tampered member with the last line of cairo-run's stderr
# (recorded from cairo-run 0.14.0.1; it rejects them all before running).
INCONSISTENT_PIES = {
    "program_size": ({"metadata.json": replace(b'"program_segment": {"index": 0, "size": 37}',
                                               b'"program_segment": {"index": 0, "size": 30}')},
                     CHECK_FAILED + "Program length does not match the program segment size."),
    "execution_too_small": (
        {"metadata.json": replace(b'"execution_segment": {"index": 1, "size": 25}',
                                  b'"execution_segment": {"index": 1, "size": 5}')},
        CHECK_FAILED + "Invalid memory cell address."),
    "execution_2_40": (
        {"metadata.json": replace(b'"execution_segment": {"index": 1, "size": 25}',
                                  b'"execution_segment": {"index": 1, "size": 1099511627776}')},
        CHECK_FAILED + "Invalid segment size."),
    "extra_2_60": ({"metadata.json": replace(b'{"index": 7, "size": 3}',
                                             b'{"index": 7, "size": 1152921504606846976}')},
                   CHECK_FAILED + "Invalid segment size."),
    "extra_2_64": ({"metadata.json": replace(b'{"index": 7, "size": 3}',
                                             b'{"index": 7, "size": 18446744073709551616}')},
                   CHECK_FAILED + "Invalid segment size."),
    "extra_negative": ({"metadata.json": replace(b'{"index": 7, "size": 3}',
                                                 b'{"index": 7, "size": -3}')},
                       CHECK_FAILED + "Invalid segment size."),
    "extra_index_gap": ({"metadata.json": replace(b'{"index": 7, "size": 3}',
                                                  b'{"index": 9, "size": 3}')},
                        CHECK_FAILED + "Invalid segment indices for extra_segments."),
    "builtin_huge": ({"metadata.json": replace(b'"pedersen": {"index": 3, "size": 3}',
                                               b'"pedersen": {"index": 3, "size": 300000000000}')},
                     CHECK_FAILED + "Invalid segment size."),
    "steps_2_70": ({"execution_resources.json": replace(b'"n_steps": 26',
                                                        b'"n_steps": 1000000000000000000000')},
                   CHECK_FAILED + "Invalid n_steps: 1000000000000000000000."),
    "memory_truncated": ({"memory.bin": lambda data: data[:-7]},
                         "Error: Data must consist of pairs of address (8 bytes) and value "
                         "(32 bytes)."),
    "memory_far_address": (
        # The last cell's address as the integer 2^62 (no relocatable flag).
        {"memory.bin": lambda data: data[:-40] + (2**62).to_bytes(8, "little") + data[-32:]},
        CHECK_FAILED + "Invalid memory cell address."),
}


@pytest.mark.parametrize("case", sorted(INCONSISTENT_PIES))
def test_inconsistent_pie_fails_as_the_reference(cairovm_bin, compiled, tmp_path, case):
    changes, last_line = INCONSISTENT_PIES[case]
    pie = tmp_path / "pie.zip"
    assert run([str(cairovm_bin)], "--program", str(compiled), "--cairo_pie_output",
               str(pie)).returncode == 0
    with zipfile.ZipFile(pie) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    for member, change in changes.items():
        changed = change(files[member])
        assert changed != files[member], (case, member)
        files[member] = changed
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    result = run([str(cairovm_bin)], "--run_from_cairo_pie", str(tampered))
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines()[-1] == last_line
