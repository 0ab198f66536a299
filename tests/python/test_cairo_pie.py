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


# Output pages and attributes set by hints, and ecdsa signatures: both land in the PIE's
# additional data and must survive a round trip (--run_from_cairo_pie compares the PIE it
# produces with its input under --secure_run, the default).
PAGES_SOURCE = """
%builtins output pedersen range_check ecdsa
from starkware.cairo.common.cairo_builtins import SignatureBuiltin
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.signature import verify_ecdsa_signature

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, ecdsa_ptr: SignatureBuiltin*}() {
    serialize_word(1);
    %{
        output_builtin.add_page(page_id=4, page_start=ids.output_ptr, page_size=2)
        output_builtin.add_attribute("big", {"v": 2 ** 80, "l": [True, None, "t"]})
    %}
    serialize_word(2);
    serialize_word(3);
    verify_ecdsa_signature(
        message=0x55,
        public_key=0x2abbefdcbf731195ee2acd186441eb536e86f888327b3655cffbd07b57dbf26,
        signature_r=0x7d304886a2858dc1aa274eb2a475de3adb797ddf36aef4d02dbc654c79325c3,
        signature_s=0x2d9bfdcf8df55be726567378e951af0ab9d22197b6b6e282d344a8bde0918a6,
    );
    return ();
}
"""


def test_pages_attributes_and_signatures_round_trip(cairovm_bin, tmp_path):
    if not (VENV_BIN / "cairo-compile").exists():
        pytest.skip("the reference cairo-lang venv (.venv) is not installed")
    (tmp_path / "pages.cairo").write_text(PAGES_SOURCE)
    subprocess.run([str(VENV_BIN / "cairo-compile"), "pages.cairo", "--output", "pages.json"],
                   cwd=tmp_path, check=True)
    cv, ref = [str(cairovm_bin)], [str(VENV_BIN / "cairo-run")]
    written = {}
    for writer, name in ((cv, "cv.zip"), (ref, "ref.zip")):
        result = run(writer, "--program", str(tmp_path / "pages.json"), "--cairo_pie_output",
                     str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        with zipfile.ZipFile(tmp_path / name) as zf:
            written[name] = zf.read("additional_data.json")
    assert written["cv.zip"] == written["ref.zip"]
    assert b'"output_builtin": {"pages": {"4": [1, 2]}' in written["ref.zip"]
    for reader in (cv, ref):
        for name in ("cv.zip", "ref.zip"):
            result = run(reader, "--run_from_cairo_pie", str(tmp_path / name),
                         "--cairo_pie_output", str(tmp_path / ("again-" + name)))
            assert result.returncode == 0, (reader, name, result.stderr)
            with zipfile.ZipFile(tmp_path / ("again-" + name)) as zf:
                assert zf.read("additional_data.json") == written[name]


def _tamper_json(files, name, change):
    import json
    data = json.loads(files[name])
    change(data)
    files[name] = json.dumps(data).encode("ascii")


def _set_builtins(data, builtins):
    data["program"]["builtins"] = builtins


@pytest.mark.parametrize("member, change", [
    ("execution_resources.json",
     lambda d: d["builtin_instance_counter"].update({"Bad-name": 1})),
    ("execution_resources.json", lambda d: d.update(n_memory_holes=2**30)),
    ("metadata.json", lambda d: _set_builtins(d, ["output", "output", "range_check"])),
    ("metadata.json", lambda d: d["builtin_segments"].update({"Output": d["builtin_segments"]["output"]})),
    ("additional_data.json", lambda d: d["output_builtin"].update(pages={"1": [0, 1]})),
    ("additional_data.json", lambda d: d["output_builtin"].update(attributes=[])),
    ("additional_data.json", lambda d: d["output_builtin"].pop("pages")),
])
def test_pie_validity_checks_like_the_reference(cairovm_bin, compiled, tmp_path, member, change):
    pie = tmp_path / "pie.zip"
    assert run([str(cairovm_bin)], "--program", str(compiled), "--cairo_pie_output",
               str(pie)).returncode == 0
    with zipfile.ZipFile(pie) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    _tamper_json(files, member, change)
    invalid = tmp_path / "invalid.zip"
    with zipfile.ZipFile(invalid, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    ours = run([str(cairovm_bin)], "--run_from_cairo_pie", str(invalid))
    theirs = run([str(VENV_BIN / "cairo-run")], "--run_from_cairo_pie", str(invalid))
    assert theirs.returncode == 1
    assert ours.returncode == theirs.returncode
    assert ours.stderr.splitlines()[-1] == theirs.stderr.splitlines()[-1]


def test_mod_builtins_pie_round_trip_on_dynamic_layout(cairovm_bin, tmp_path):
    """add_mod and mul_mod on a dynamic layout: the zero segment is the PIE's first extra segment,
    which a run from the PIE must not add a second time."""
    if not (VENV_BIN / "cairo-compile").exists():
        pytest.skip("the reference cairo-lang venv (.venv) is not installed")
    source = ROOT / "cairo_programs" / "pie_dynamic_mod_builtins.cairo"
    layout = ["--layout", "dynamic", "--cairo_layout_params_file",
              str(source.with_suffix(".layout.json"))]
    subprocess.run([str(VENV_BIN / "cairo-compile"), str(source), "--output",
                    str(tmp_path / "mod.json")], check=True)
    cv, ref = [str(cairovm_bin)], [str(VENV_BIN / "cairo-run")]

    def run_dynamic(cmd, *args):
        return subprocess.run([*cmd, *args, *layout, "--print_output"], capture_output=True,
                              text=True, timeout=300)

    expected = run_dynamic(ref, "--program", str(tmp_path / "mod.json"))
    assert expected.returncode == 0, expected.stderr
    for writer, name in ((cv, "cv.zip"), (ref, "ref.zip")):
        result = run_dynamic(writer, "--program", str(tmp_path / "mod.json"),
                             "--cairo_pie_output", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
    for reader in (cv, ref):
        for name in ("cv.zip", "ref.zip"):
            result = run_dynamic(reader, "--run_from_cairo_pie", str(tmp_path / name))
            assert result.returncode == 0, (reader, name, result.stderr)
            assert result.stdout == expected.stdout


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
