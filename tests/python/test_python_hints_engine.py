"""cairovm_hints.engine on its own, over a fake VM: compilation and its error report, the globals a
hint gets (and loses again), scopes, ids without a program, error reports with hint frames
mapped to Cairo lines, and the exception classes named by the VM's errors."""

import json

import pytest

from python_hints_fake import PRIME, FakeVm

from cairovm_hints import values
from cairovm_hints.engine import HintEngine, HintSpec, describe_exception, type_name
from cairovm_hints.values import RelocatableValue as RV


def make_engine(codes, vm=None, builtins=(), program_input=""):
    """An engine whose hint i has code codes[i] (None: native), at pc 2*i, in file.cairo from
    line 10*(i+1)."""
    vm = vm or FakeVm()
    hints = [HintSpec(code, 2 * i, 0, "file.cairo", 10 * (i + 1) - 1) for i, code in enumerate(codes)]
    engine = HintEngine(vm, PRIME, None, program_input, hints, list(builtins))
    assert engine.compile_hints() is None
    return engine, vm


def run(engine, hint_id, scope, ap=RV(1, 5), fp=RV(1, 3), step=4):
    return engine.run_hint(hint_id, scope, RV(0, 2 * hint_id), ap, fp, step)


def test_compile_error_is_reported_at_the_cairo_line():
    hints = [HintSpec("x = 1", 0, 0, "a.cairo", 4), HintSpec("y = [1,\nz = 2", 2, 0, "b.cairo", 19)]
    engine = HintEngine(FakeVm(), PRIME, None, "", hints, [])
    hint_id, report = engine.compile_hints()
    assert hint_id == 1
    lines = report.splitlines()
    assert lines[0] == '  File "b.cairo", line 20'
    assert lines[-1] == "SyntaxError: '[' was never closed"


def test_compile_error_without_location_keeps_the_hint_name():
    engine = HintEngine(FakeVm(), PRIME, None, "", [HintSpec("if x", 0, 0, None, 0)], [])
    _, report = engine.compile_hints()
    assert report.splitlines()[0] == '  File "<hint0>", line 1'
    assert report.splitlines()[-1] == "SyntaxError: expected ':'"


def test_globals_are_given_and_removed_again():
    engine, _ = make_engine(["seen = sorted(globals())\nx = memory is not None"])
    scope = {}
    assert run(engine, 0, scope) is None
    for name in ("memory", "ids", "segments", "PRIME", "fadd", "vm_enter_scope", "vm_exit_scope",
                 "vm_load_program", "builtin_runners", "is_accessed", "to_felt_or_relocatable",
                 "vm_ecdsa_additional_data", "vm_add_validation_rule", "ap", "fp", "pc"):
        assert name in scope["seen"], name
    # As in the reference, the registers and the step stay; the VM's objects go.
    assert {k for k in scope if not k.startswith("__")} == {
        "seen", "x", "ap", "fp", "pc", "current_step"}
    assert scope["ap"] == RV(1, 5) and scope["pc"] == RV(0, 0) and scope["current_step"] == 4


def test_names_persist_between_hints_of_a_scope():
    engine, _ = make_engine(["counter = 1\ndef f():\n    return counter", "counter += 1\nout = f()"])
    scope = {}
    assert run(engine, 0, scope) is None
    assert run(engine, 1, scope) is None
    assert scope["out"] == 2


def test_memory_and_registers():
    engine, vm = make_engine(["memory[ap] = fp - 1\nmemory[fp] = -3\nv = memory[ap]"])
    scope = {}
    assert run(engine, 0, scope) is None
    assert vm.get(1, 5) == RV(1, 2) and vm.get(1, 3) == PRIME - 3
    assert scope["v"] == RV(1, 2)


def test_enter_scope_copies_the_dict_and_exit_scope_pops():
    engine, vm = make_engine(["d = {'n': 3}\nvm_enter_scope(d)\nd['n'] = 4", "vm_exit_scope()",
                              "vm_enter_scope()"])
    scope = {}
    assert run(engine, 0, scope) is None
    assert vm.scopes == [{}, {"n": 3}]
    assert run(engine, 1, {}) is None
    assert vm.scopes == [{}]
    assert run(engine, 2, {}) is None
    assert vm.scopes == [{}, {}]


def test_exit_main_scope_fails_like_the_reference():
    engine, _ = make_engine(["vm_exit_scope()"])
    kind, message, report = run(engine, 0, {})
    assert (kind, message) == ("AssertionError", "Cannot exit main scope.")
    assert report.splitlines()[-1] == "AssertionError: Cannot exit main scope."


def test_failure_report_maps_hint_frames_to_cairo_lines():
    engine, _ = make_engine([
        "def check(v):\n    if v > 1:\n        raise ValueError(f'bad {v}')",
        "x = 1\ncheck(x + 1)",
    ])
    scope = {}
    assert run(engine, 0, scope) is None
    kind, message, report = run(engine, 1, scope)
    assert (kind, message) == ("ValueError", "bad 2")
    lines = report.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    # Hint 1 starts at line 20, hint 0 (where check was defined) at line 10.
    assert lines[1] == '  File "file.cairo", line 21, in <module>'
    assert lines[2] == '  File "file.cairo", line 12, in check'
    assert lines[-1] == "ValueError: bad 2"


def test_exception_type_names_as_traceback_prints_them():
    assert type_name(ValueError) == "ValueError"
    assert type_name(values.UnknownMemoryError) == "starkware.cairo.lang.vm.memory_dict.UnknownMemoryError"
    kind, message, report = describe_exception(KeyError("k"))
    assert (kind, message) == ("KeyError", "'k'")


@pytest.mark.parametrize(
    "kind, message",
    [
        ("AssertionError", "An ASSERT_EQ instruction failed: 3 != 4."),
        ("starkware.cairo.lang.vm.memory_dict.InconsistentMemoryError",
         "Inconsistent memory assignment at address 1:0. 1 != 2."),
        ("starkware.cairo.lang.vm.memory_dict.UnknownMemoryError",
         "Unknown value for memory cell at address 1:0."),
        ("no.such.module.SomeError", "text"),
    ],
)
def test_vm_errors_become_python_exceptions_named_as_in_the_reference(kind, message):
    exc = values.make_exception(kind, message)
    assert type_name(type(exc)) == kind
    assert str(exc) == message
    assert isinstance(exc, Exception)


def test_ids_without_a_program_go_through_the_vm():
    engine, vm = make_engine(["ids.y = ids.x - 1"])
    vm.ids[(0, "x")] = 0
    assert run(engine, 0, {}) is None
    assert vm.ids[(0, "y")] == PRIME - 1


def test_builtin_runners_and_program_input():
    engine, _ = make_engine(
        ["b = range_check_builtin.bound\nbase = builtin_runners['output_builtin'].base\n"
         "inp = program_input"],
        builtins=[("output", RV(2, 0), True), ("range_check", RV(3, 0), True)],
        program_input='{"a": [1, 2]}',
    )
    scope = {"program_input": engine.program_input}
    assert run(engine, 0, scope) is None
    assert scope["b"] == 2**128 and scope["base"] == RV(2, 0) and scope["inp"] == {"a": [1, 2]}
    assert make_engine(["pass"])[0].program_input == {}


def test_field_helpers():
    engine, _ = make_engine(
        ["r = (fadd(PRIME - 1, 2), fsub(1, 2), fmul(2, 3), fdiv(1, 2) * 2 % PRIME, fpow(2, 10),"
         " fis_quad_residue(4), fsqrt(9), safe_div(6, 3), to_felt_or_relocatable(True))"])
    scope = {}
    assert run(engine, 0, scope) is None
    assert scope["r"] == (1, PRIME - 1, 6, 1, 1024, True, 3, 2, 1)


def test_is_accessed_asks_the_vm_for_addresses_only():
    vm = FakeVm()
    vm.accessed = {(1, 4)}
    engine, _ = make_engine(["r = (is_accessed(ap - 1), is_accessed(ap), is_accessed(4))"], vm)
    scope = {}
    assert run(engine, 0, scope) is None
    assert scope["r"] == (True, False, False)


def test_validation_rules_see_validated_writes_once_per_address():
    engine, vm = make_engine(
        [
            "seen = []\n"
            "def rule(memory, addr, limit):\n"
            "    assert memory[addr] < limit, f'too big at {addr}'\n"
            "    seen.append(addr.offset)\n"
            "    return {addr, addr + 1}\n"
            "vm_add_validation_rule(2, rule, 10)\n"
            "memory[RV(2, 0)] = 3\n"
            "memory[RV(2, 1)] = 30\n"  # validated together with 2:0
            "segments.write_arg(RV(2, 5), [50])\n"  # not through `memory`: not validated
            "memory[RV(2, 3)] = 4",
            "memory[RV(2, 7)] = 70",
        ],
        FakeVm(n_segments=3),
    )
    scope = {"RV": RV}
    assert run(engine, 0, scope) is None
    assert scope["seen"] == [0, 3]
    kind, message, _ = run(engine, 1, scope)
    assert (kind, message) == ("AssertionError", "too big at 2:7")


def test_deduction_rules_run_in_order_and_are_verified_at_the_end():
    engine, vm = make_engine(
        [
            "vm_add_auto_deduction_rule(2, lambda vm, addr, k: k * addr.offset if addr.offset < 5"
            " else None, 3)\n"
            "vm_add_auto_deduction_rule(2, lambda vm, addr: (vm.current_step, vm.run_context.ap,"
            " vm.prime > 2**250) and 100)\n"
            "memory[RV(2, 1)] = 3",
        ],
        FakeVm(n_segments=3),
    )
    assert run(engine, 0, {"RV": RV}) is None
    assert vm.deduce(2, 4) == 12 and vm.deduce(2, 9) == 100
    # Every rule must agree with every known cell: the second one gives 100 for 2:1.
    assert engine.verify_auto_deductions() == (
        "Inconsistent auto deduction rule at address 2:1. 3 != 100."
    )
    assert make_engine(["pass"])[0].verify_auto_deductions() is None


def test_vm_load_program_numbers_hints_after_the_program_and_runs_them():
    pytest.importorskip("starkware")
    from starkware.cairo.lang.compiler.cairo_compile import compile_cairo

    program = compile_cairo(
        "func f(x: felt) {\n    %{ out = ids.x * 2 %}\n    ret;\n}\n", PRIME, debug_info=True
    )
    engine, vm = make_engine(["vm_load_program(program, RV(5, 10))"])
    scope = {"RV": RV, "program": program}
    assert run(engine, 0, scope) is None
    assert vm.loaded_hints == [(RV(5, 10), 0, 1)]
    # The program's debug info goes to the VM for its error reports, with the source text the
    # compiled program holds in memory (its file is named "").
    [(json_text, base)] = vm.loaded_programs
    assert base == RV(5, 10)
    assert json.loads(json_text)["debug_info"]["file_contents"][""].startswith("func f(x: felt)")
    vm.data[(1, 0)] = 21  # x = [fp - 3]
    assert engine.run_hint(1, scope, RV(5, 10), RV(1, 5), RV(1, 3), 7) is None
    assert scope["out"] == 42
    wrong_prime = compile_cairo("func g() {\n    ret;\n}\n", 2**127 - 1)
    scope["program"] = wrong_prime
    kind, message, _ = run(engine, 0, scope)
    assert (kind, message) == ("AssertionError", f"Unexpected prime for loaded program: {2**127 - 1} != {PRIME}.")


def test_print_is_flushed(capfd):
    engine, _ = make_engine(["print('hi from a hint')"])
    assert run(engine, 0, {}) is None
    assert capfd.readouterr().out == "hi from a hint\n"


def test_builtin_runners_carry_the_layouts_instance_definitions():
    pytest.importorskip("starkware")
    from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import AddModBuiltinRunner
    from starkware.cairo.lang.instances import all_cairo_instance

    builtins = [
        ("output", RV(2, 0), True),
        ("range_check", RV(3, 0), True),
        ("bitwise", RV(4, 0), False),
        ("add_mod", RV(5, 0), True, RV(9, 0)),
    ]
    engine = HintEngine(FakeVm(), PRIME, None, "", [], builtins, ("all_cairo", None))
    runners = engine.builtin_runners
    add_mod = runners["add_mod_builtin"]
    assert isinstance(add_mod, AddModBuiltinRunner)
    assert add_mod.base == RV(5, 0) and add_mod.zero_value == RV(9, 0) and add_mod.included
    assert add_mod.instance_def == all_cairo_instance.builtins["add_mod"]
    range_check = runners["range_check_builtin"]
    assert type(range_check).__name__ == "RangeCheckBuiltinRunner"
    assert range_check.get_instance_def() == all_cairo_instance.builtins["range_check"]
    assert range_check.n_parts == 8 and range_check.bound == 2**128
    assert not hasattr(range_check, "instance_def")
    assert runners["bitwise_builtin"].bitwise_builtin == all_cairo_instance.builtins["bitwise"]
    output = runners["output_builtin"]
    assert type(output).__name__ == "OutputBuiltinRunner" and output.base == RV(2, 0)
    # The reference's output runner has neither a name nor an instance definition.
    assert not hasattr(output, "name") and not hasattr(output, "get_instance_def")
