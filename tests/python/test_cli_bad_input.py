"""Bad input gives a clear message and a non-zero exit; never a crash (signal) or a hang."""
import json
import subprocess

import pytest

from conftest import PRIME, ROOT, program

# [ap] = 5, ap++; ret
STORE_FIVE = ["0x480680017fff8000", "0x5", "0x208b7fff7fff7ffe"]


def assert_clean_failure(result, *expected_fragments):
    assert result.returncode == 1, (result.returncode, result.stderr)
    for fragment in expected_fragments:
        assert fragment in result.stderr, result.stderr


def test_valid_program_runs(run):
    result = run(program(STORE_FIVE), "--print_info")
    assert result.returncode == 0, result.stderr
    assert "Number of steps: 2 (originally, 2)" in result.stdout


def test_missing_file(cairovm_bin, tmp_path):
    result = subprocess.run(
        [str(cairovm_bin), "--program", str(tmp_path / "nope.json")], capture_output=True, text=True
    )
    assert_clean_failure(result, "Cannot open program file")


def test_not_json(run):
    assert_clean_failure(run("this is not json"), "not a valid JSON file")


def test_truncated_json(run):
    text = json.dumps(program(STORE_FIVE))
    assert_clean_failure(run(text[: len(text) // 2]), "not a valid JSON file")


def test_wrong_prime(run):
    prog = program(STORE_FIVE)
    prog["prime"] = "0x11"
    assert_clean_failure(run(prog), "Unsupported prime 0x11")


def test_non_hex_data(run):
    assert_clean_failure(run(program(["0x480680017fff8000", "five"])), "data[1]", "hexadecimal")


def test_unknown_builtin(run):
    result = run(program(STORE_FIVE, builtins=["teleport"]), "--layout", "small")
    assert_clean_failure(result, "Builtins {'teleport'} are not present in layout \"small\"")


def test_unknown_layout(run):
    result = run(program(STORE_FIVE), "--layout", "huge")
    assert result.returncode == 2
    assert "--layout" in result.stderr


def test_hint_outside_program(run):
    hint = {
        "code": "memory[ap] = segments.add()",
        "accessible_scopes": ["__main__"],
        "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0}, "reference_ids": {}},
    }
    assert_clean_failure(run(program(STORE_FIVE, hints={"40": [hint]})), "outside the program")


def test_invalid_instruction(run):
    # Bit 63 set: beyond the 63 bits of an instruction.
    assert_clean_failure(run(program(["0x8000000000000000"])),
                         "Error at pc=0:0:", "Unsupported instruction: 0x8000000000000000.")


def test_step_limit(run):
    # jmp rel 0: loops forever without --steps.
    result = run(program(["0x10780017fff7fff", "0x0"]), "--steps", "100000", timeout=60)
    assert_clean_failure(result, "Error at pc=0:0:", "End of program was not reached")


def test_unknown_hint_names_pc_and_code(run):
    hint = {
        "code": "print('hi')",
        "accessible_scopes": ["__main__"],
        "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0}, "reference_ids": {}},
    }
    # Python hints run in the embedded interpreter; without it, they fail naming pc and code.
    result = run(program(STORE_FIVE, hints={"0": [hint]}), "--no_python_hints")
    assert_clean_failure(result, "Error at pc=0:0:", "Unknown hint at pc=0:0", "print('hi')")


def test_unsupported_flag_says_so(run):
    result = run(program(STORE_FIVE), "--tracer")
    assert_clean_failure(result, "--tracer is not supported yet")


def test_version_and_help(cairovm_bin):
    version = subprocess.run([str(cairovm_bin), "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and "cairovm" in version.stdout
    help_text = subprocess.run([str(cairovm_bin), "--help"], capture_output=True, text=True)
    assert help_text.returncode == 0 and "--print_output" in help_text.stdout


def test_list_native_hints(cairovm_bin):
    result = subprocess.run(
        [str(cairovm_bin), "--list_native_hints"], capture_output=True, text=True
    )
    assert result.returncode == 0
    codes = json.loads(result.stdout)
    assert "memory[ap] = segments.add()" in codes
    assert "vm_exit_scope()" in codes


def test_entrypoint(run):
    prog = program(STORE_FIVE + ["0x208b7fff7fff7ffe"])
    prog["identifiers"]["__main__.other"] = {"type": "function", "pc": 3, "decorators": []}
    result = run(prog, "--entrypoint", "other", "--print_info")
    assert result.returncode == 0, result.stderr
    assert "Number of steps: 1 (originally, 1)" in result.stdout
    missing = run(prog, "--entrypoint", "nowhere")
    assert_clean_failure(missing, "Entrypoint 'nowhere' not found")


def layout_params(**changes):
    """all_cairo's parameters as a --cairo_layout_params_file object, with changes."""
    params = {
        "cpu_component_step": 1, "rc_units": 8, "memory_units_per_step": 8,
        "log_diluted_units_per_step": 4,
    }
    for name, ratio in [("pedersen", 256), ("range_check", 8), ("ecdsa", 2048), ("bitwise", 16),
                        ("ec_op", 1024), ("keccak", 2048), ("poseidon", 256),
                        ("range_check96", 8), ("add_mod", 128), ("mul_mod", 256)]:
        params[f"uses_{name}_builtin"] = 1
        params[f"{name}_ratio"] = ratio
        if name in ("range_check96", "add_mod", "mul_mod"):
            params[f"{name}_ratio_den"] = 1
    params.update(changes)
    return params


def test_dynamic_layout_runs(run, tmp_path):
    params = tmp_path / "params.json"
    params.write_text(json.dumps(layout_params()))
    result = run(program(STORE_FIVE), "--layout", "dynamic", "--cairo_layout_params_file",
                 str(params), "--print_info")
    assert result.returncode == 0, result.stderr


def test_dynamic_layout_needs_params(run):
    assert_clean_failure(run(program(STORE_FIVE), "--layout", "dynamic"),
                         "--cairo_layout_params_file")


def test_layout_params_file_missing(run, tmp_path):
    result = run(program(STORE_FIVE), "--layout", "dynamic", "--cairo_layout_params_file",
                 str(tmp_path / "nope.json"))
    assert_clean_failure(result, "argument --cairo_layout_params_file: can't open")


def test_layout_params_unexpected_key(run, tmp_path):
    params = tmp_path / "params.json"
    params.write_text(json.dumps(layout_params(teleport_ratio=3)))
    result = run(program(STORE_FIVE), "--layout", "dynamic", "--cairo_layout_params_file",
                 str(params))
    assert_clean_failure(
        result, "CairoLayoutParams.__init__() got an unexpected keyword argument 'teleport_ratio'"
    )


def test_layout_params_not_json(run, tmp_path):
    params = tmp_path / "params.json"
    params.write_text("{ratio")
    result = run(program(STORE_FIVE), "--layout", "dynamic", "--cairo_layout_params_file",
                 str(params))
    assert_clean_failure(result, "Invalid JSON in the layout parameters file")


def test_all_cairo_is_not_a_cli_layout(run):
    result = run(program(STORE_FIVE), "--layout", "all_cairo")
    assert result.returncode == 2
    assert "argument --layout: invalid choice: 'all_cairo'" in result.stderr


def test_argument_combinations_fail_as_cairo_run_asserts(run, tmp_path):
    # cairo-run checks these outside its error handling: a traceback ending with the assertion.
    cases = [
        (["--air_public_input", str(tmp_path / "pub.json")],
         "AssertionError: --air_public_input can only be used in proof_mode."),
        (["--air_private_input", str(tmp_path / "priv.json")],
         "AssertionError: --air_private_input can only be used in proof_mode."),
        (["--cairo_pie_output", str(tmp_path / "pie.zip"), "--no_end", "--steps", "1"],
         "AssertionError: --no_end and --cairo_pie_output cannot be both specified."),
        (["--merge_extra_segments"],
         "AssertionError: --merge_extra_segments is applicable only when --cairo_pie_output is "
         "specified."),
    ]
    for args, last_line in cases:
        result = run(program(STORE_FIVE), *args)
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.startswith("Traceback (most recent call last):"), result.stderr
        assert result.stderr.rstrip().endswith(last_line), result.stderr


def test_proof_mode_without_end_label(run):
    # A program compiled without --proof_mode has no __end__.
    result = run(program(STORE_FIVE), "--proof_mode")
    assert result.returncode == 1
    assert result.stderr.rstrip().endswith(
        "MissingIdentifierError: Unknown identifier '__end__'."), result.stderr


def with_len_reference(value, group=0, ref_id=0):
    """STORE_FIVE with a native hint at pc 0 that reads ids.len through one reference."""
    hint = {
        "code": "vm_enter_scope({'n': ids.len})",
        "accessible_scopes": ["__main__", "__main__.main"],
        "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0},
                               "reference_ids": {"__main__.main.len": ref_id}},
    }
    reference = {"ap_tracking_data": {"group": group, "offset": 0}, "pc": 0, "value": value}
    prog = program(STORE_FIVE, hints={"0": [hint]}, references=[reference])
    prog["identifiers"]["__main__.main.len"] = {
        "type": "reference", "full_name": "__main__.main.len", "cairo_type": "felt",
        "references": [reference]}
    return prog


DEEP = 100_000

# Malformed references, as a hostile program JSON may hold them (cairo-run ends each in an
# uncaught exception: a ParserError, IndexError, FlowTrackingError or CairoTypeError traceback;
# the nesting and length ones in a RecursionError). cairovm must fail cleanly, in bounded time.
MALFORMED_REFERENCES = {
    "unbalanced": (with_len_reference("[cast(fp + (-3), felt*"), "cannot parse reference"),
    "unknown_register": (with_len_reference("[cast(sp + 1, felt*)]"), "cannot parse reference"),
    "deep_brackets": (with_len_reference("[" * DEEP + "fp" + "]" * DEEP),
                      "expression nested too deeply"),
    "deep_parentheses": (with_len_reference("[cast(" + "(" * DEEP + "fp" + ")" * DEEP + ", felt*)]"),
                         "expression nested too deeply"),
    "deep_negation": (with_len_reference("[cast(" + "-" * DEEP + "fp, felt*)]"),
                      "expression nested too deeply"),
    "long_sum": (with_len_reference("[cast(fp" + " + 1" * DEEP + ", felt*)]"),
                 "expression too long"),
    "missing_reference_id": (with_len_reference("[cast(fp, felt*)]", ref_id=7), "reference"),
    "revoked_group": (with_len_reference("[cast(ap + (-1), felt*)]", group=3), "revoked"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED_REFERENCES))
def test_malformed_reference_fails_cleanly(run, case):
    prog, fragment = MALFORMED_REFERENCES[case]
    result = run(prog, "--no_python_hints", timeout=60)
    assert_clean_failure(result, fragment)
    assert len(result.stderr) < 10_000, result.stderr[:1000]  # long texts are cut


# Malformed hint tables and data (cairo-run: marshmallow ValidationError tracebacks, or an
# "Unsupported instruction" for a word above 2^63).
def test_malformed_hints_and_data_fail_cleanly(run):
    hint = {
        "code": "memory[ap] = segments.add()",
        "accessible_scopes": ["__main__"],
        "flow_tracking_data": {"ap_tracking": {"group": 0, "offset": 0}, "reference_ids": {}},
    }
    cases = [
        (program(STORE_FIVE, hints={"zero": [hint]}), "expected a pc as key"),
        (program(STORE_FIVE, hints={"0": [dict(hint, code=5)]}), "hints"),
        (program(STORE_FIVE, hints={"0": [dict(hint, flow_tracking_data=None)]}), "hints"),
        (program(["-0x5"]), "data[0]"),
        (program(["0x900000000000011000000000000000000000000000000000000000000000001"]),
         "Unsupported instruction"),
    ]
    for prog, fragment in cases:
        assert_clean_failure(run(prog, "--no_python_hints"), fragment)


FAR_BEYOND_2_63 = """
%builtins output
from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local far: felt*) = alloc();
    assert far[2 ** 63 + 5] = 7;
    serialize_word(far[2 ** 63 + 5]);
    return ();
}
"""


def test_write_beyond_offset_2_63_fails_cleanly(cairovm_bin, tmp_path):
    # cairo-run writes the cell (Python integers), prints the output and fails only when it writes
    # the memory file, with an empty "Error: "; cairovm keeps offsets below 2^63 and stops at the
    # write, naming the address and the source line.
    compiler = ROOT / ".venv" / "bin" / "cairo-compile"
    if not compiler.exists():
        pytest.skip("the reference cairo-lang venv (.venv) is not installed")
    (tmp_path / "far.cairo").write_text(FAR_BEYOND_2_63)
    subprocess.run([str(compiler), "far.cairo", "--output", "far.json"], cwd=tmp_path, check=True)
    result = subprocess.run([str(cairovm_bin), "--program", "far.json", "--layout", "small",
                             "--print_output"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)
    assert_clean_failure(result, "far.cairo:9:12: Error at pc=0:",
                         "Relocatable offset out of range: ", ":9223372036854775813.",
                         "assert far[2 ** 63 + 5] = 7;")
