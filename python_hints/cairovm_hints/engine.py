"""HintEngine: compiles the Python hints, gives them the globals the reference gives them
(starkware/cairo/lang/vm/vm_core.py, VirtualMachine.step) and reports their errors as the
reference's HintException does (vm_exceptions.py).

The C++ engine owns the scopes: it hands run_hint() the current scope's dict, and copies what the
hint left in it back into the VM's scope afterwards.
"""

import json
import re
import sys
import traceback
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from . import values
from .memory import MemoryProxy, SegmentsProxy
from .values import RelocatableValue

_HINT_FILENAME_RE = re.compile("^<hint(?P<index>[0-9]+)>$")


class HintSpec(NamedTuple):
    """One hint of the program, by hint id (the reference numbers every hint, native or not)."""

    code: str
    pc: int  # offset of its instruction in the program segment
    index: int  # among the hints at that pc
    filename: Optional[str]  # its Cairo file; None without debug information
    line_offset: int  # Cairo line of the hint's line 1, minus 1
    # Runs natively: compiled only if the native hint hands it to Python (it found state that
    # only Python can read).
    native: bool = False


class BuiltinRunnerProxy:
    """A builtin runner as hints see it (`builtin_runners[...]`, `<name>_builtin`)."""

    # bound = inner_rc_bound ** n_parts of the layouts cairo-run accepts.
    _BOUNDS = {"range_check": 2**128, "range_check96": 2**96}

    def __init__(self, name: str, base: RelocatableValue, included: bool, native=None):
        self._native = native
        self.name = name
        self.base = base
        self.included = included
        if name in self._BOUNDS:
            self.bound = self._BOUNDS[name]

    def __repr__(self):
        return f"<{self.name} builtin runner, base={self.base}>"

    def add_signature(self, addr, signature):
        """The ecdsa builtin's (SignatureBuiltinRunner.add_signature): registers (r, s) for the
        instance whose public key cell is `addr`, checked when the instance is complete."""
        if self.name != "ecdsa":
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'add_signature'")
        assert isinstance(
            addr, RelocatableValue
        ), f"Expected memory address to be relocatable value. Found: {addr}."
        r, s = signature
        self._native.ecdsa_add_signature(addr, r, s)


    def add_page(self, page_id: int, page_start, page_size: int):
        """The output builtin's (OutputBuiltinRunner.add_page): cells page_start..
        page_start + page_size - 1 form the public memory page page_id."""
        if self.name != "output":
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'add_page'")
        if not isinstance(page_start, RelocatableValue):
            page_start = None  # rejected after the page id check, as the reference does
        self._native.output_add_page(page_id, page_start, page_size)

    def add_attribute(self, attribute_name: str, attribute_value: dict):
        """The output builtin's (OutputBuiltinRunner.add_attribute): a JSON value kept in the
        Cairo PIE's additional data."""
        if self.name != "output":
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute 'add_attribute'"
            )
        self._native.output_add_attribute(attribute_name, json.dumps(attribute_value))


class SimpleIds:
    """`ids` without cairo-lang: felt-typed references only, resolved by the VM."""

    def __init__(self, native, hint_id: int, prime: int):
        object.__setattr__(self, "_native", native)
        object.__setattr__(self, "_hint_id", hint_id)
        object.__setattr__(self, "_prime", prime)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return self._native.ids_get(self._hint_id, name)

    def __setattr__(self, name: str, value):
        assert value is not None, "Setting a value to None is not allowed."
        self._native.ids_set(self._hint_id, name, value % self._prime)


def field_helpers(prime: int) -> Dict[str, Any]:
    """PRIME and the field helpers of the reference's static locals."""
    try:
        from starkware.python import math_utils
    except ImportError:  # pragma: no cover - exercised only without cairo-lang
        from . import field_math as math_utils  # type: ignore[no-redef]
    return {
        "PRIME": prime,
        "fadd": lambda a, b, p=prime: (a + b) % p,
        "fsub": lambda a, b, p=prime: (a - b) % p,
        "fmul": lambda a, b, p=prime: (a * b) % p,
        "fdiv": lambda a, b, p=prime: math_utils.div_mod(a, b, p),
        "fpow": lambda a, b, p=prime: pow(a, b, p),
        "fis_quad_residue": lambda a, p=prime: math_utils.is_quad_residue(a, p),
        "fsqrt": lambda a, p=prime: math_utils.sqrt(a, p),
        "safe_div": math_utils.safe_div,
        "to_felt_or_relocatable": RelocatableValue.to_felt_or_relocatable,
    }


def type_name(exc_type) -> str:
    """The exception's type as Python's traceback prints it."""
    name = getattr(exc_type, "__qualname__", str(exc_type))
    module = getattr(exc_type, "__module__", None)
    if module not in ("__main__", "builtins"):
        name = f"{module if isinstance(module, str) else '<unknown>'}.{name}"
    return name


def _safe_str(value) -> str:
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"


def describe_exception(exc: BaseException) -> Tuple[str, str, str]:
    """(type name, str(exc), Python's report) of an exception that escaped run_hint."""
    report = "".join(traceback.TracebackException(type(exc), exc, exc.__traceback__).format())
    return type_name(type(exc)), _safe_str(exc), report


def flush_stdio():
    """Hints print through Python's buffers; flush them before the VM writes anything itself."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass


class HintEngine:
    def __init__(
        self,
        native,
        prime: int,
        program_json: Optional[str],
        program_input_json: str,
        hints: List[HintSpec],
        builtins: List[Tuple[str, RelocatableValue, bool]],
    ):
        """`native`: the VM (memory.Backend plus enter_scope, exit_scope, ids_get, ids_set).
        `program_json`: the compiled program's text, loaded with the reference's loader for
        `ids`; None to resolve felt references through the VM only."""
        self.native = native
        self.prime = prime
        self.memory = MemoryProxy(native, prime, validated=True)
        self.segments = SegmentsProxy(native, prime)
        self.program_input = json.loads(program_input_json) if program_input_json else {}
        self._program_json = program_json if values.HAVE_STARKWARE else None
        self._program = None
        self._hints = [HintSpec(*h) for h in hints]
        self._code: List[Any] = [None] * len(self._hints)
        self.builtin_runners = {
            f"{name}_builtin": BuiltinRunnerProxy(name, base, included, native)
            for name, base, included in builtins
        }
        self.static_locals = {"segments": self.segments, **field_helpers(prime)}
        self.ecdsa_additional_data: Dict = {}

        def vm_enter_scope(new_scope_locals: Optional[dict] = None):
            native.enter_scope({} if new_scope_locals is None else new_scope_locals.copy())

        def vm_exit_scope():
            native.exit_scope()

        # What every hint gets besides memory, registers and ids, removed again after the hint
        # as the reference does (so that scopes keep only what the hints themselves defined).
        self._fixed_globals: Dict[str, Any] = {
            "vm_load_program": self._vm_load_program,
            "vm_enter_scope": vm_enter_scope,
            "vm_exit_scope": vm_exit_scope,
            **self.static_locals,
            "builtin_runners": self.builtin_runners,
            **self.builtin_runners,
            "is_accessed": self._is_accessed,
            "vm_add_auto_deduction_rule": self._vm_add_auto_deduction_rule,
            "vm_add_validation_rule": self._vm_add_validation_rule,
            "vm_ecdsa_additional_data": self.ecdsa_additional_data,
        }
        self._removed_after_hint = [*self._fixed_globals, "ids", "memory"]

    # --- Compilation -------------------------------------------------------------------------

    def compile_hints(self) -> Optional[Tuple[int, str]]:
        """Compiles every Python hint, as the reference does when it loads the program. Returns
        None, or (hint id, Python's report) for the first hint that does not compile."""
        for hint_id, spec in enumerate(self._hints):
            if spec.native:
                continue
            try:
                self._code[hint_id] = compile(
                    spec.code, f"<hint{hint_id}>", "exec", dont_inherit=True
                )
            except (IndentationError, SyntaxError):
                exc_type, exc_value, _ = sys.exc_info()
                fix = self._fix_name_and_line(exc_value.filename, exc_value.lineno)
                if fix is not None:
                    filename, line_num = fix
                    exc_value = IndentationError(
                        exc_value.msg, (filename, line_num, exc_value.offset, exc_value.text)
                    )
                # The reference's traceback holds only its own compile_hint frame, which it
                # drops: no stack.
                report = "".join(traceback.TracebackException(exc_type, exc_value, None).format())
                return hint_id, report
        return None

    # --- Running ----------------------------------------------------------------------------

    def run_hint(self, hint_id: int, exec_locals: dict, pc, ap, fp, current_step: int):
        """Runs hint `hint_id` with `exec_locals` (the current scope's dict) as its globals.
        Returns None, or (exception type name, str(exception), Python's report) if it raised."""
        exec_locals["memory"] = self.memory
        exec_locals["ap"] = ap
        exec_locals["fp"] = fp
        exec_locals["pc"] = pc
        exec_locals["current_step"] = current_step
        exec_locals["ids"] = self._ids(hint_id, pc, ap, fp)
        exec_locals.update(self._fixed_globals)
        code = self._code[hint_id]
        if code is None:  # a native hint's code: library code, which compiles
            code = self._code[hint_id] = compile(
                self._hints[hint_id].code, f"<hint{hint_id}>", "exec", dont_inherit=True
            )
        try:
            exec(code, exec_locals)
        except Exception:
            return self._failure(*sys.exc_info())
        finally:
            flush_stdio()
        for name in self._removed_after_hint:
            exec_locals.pop(name, None)
        return None

    def _ids(self, hint_id: int, pc, ap, fp):
        if self._program_json is None and self._program is None:
            return SimpleIds(self.native, hint_id, self.prime)
        from starkware.cairo.lang.compiler.expression_evaluator import ExpressionEvaluator
        from starkware.cairo.lang.vm.vm_consts import VmConsts, VmConstsContext

        program = self._load_program()
        spec = self._hints[hint_id]
        hint = program.hints[spec.pc][spec.index]
        return VmConsts(
            context=VmConstsContext(
                identifiers=program.identifiers,
                evaluator=ExpressionEvaluator(
                    self.prime, ap, fp, self.memory, program.identifiers
                ).eval,
                reference_manager=program.reference_manager,
                flow_tracking_data=hint.flow_tracking_data,
                memory=self.memory,
                pc=pc,
            ),
            accessible_scopes=hint.accessible_scopes,
        )

    def _load_program(self):
        # Loaded on the first hint (the reference's loader costs a fraction of a second).
        if self._program is None:
            from starkware.cairo.lang.compiler.program import Program

            self._program = Program.load(data=json.loads(self._program_json))
            self._program_json = None
        return self._program

    # --- Errors -----------------------------------------------------------------------------

    def _failure(self, exc_type, exc_value, exc_tb) -> Tuple[str, str, str]:
        tb_exception = traceback.TracebackException(exc_type, exc_value, exc_tb)
        # The first frame is run_hint's exec(); the reference drops its exec_hint frame likewise.
        del tb_exception.stack[0]
        tb_exception.stack = traceback.StackSummary.from_list(
            [self._replace_stack_item(item) for item in tb_exception.stack]
        )
        report = "".join(tb_exception.format())
        return type_name(exc_type), _safe_str(exc_value), report

    def _replace_stack_item(self, item: traceback.FrameSummary) -> traceback.FrameSummary:
        fix = self._fix_name_and_line(item.filename, item.lineno)
        if fix is None:
            return item
        filename, line_num = fix
        return traceback.FrameSummary(filename=filename, lineno=line_num, name=item.name)

    def _fix_name_and_line(self, filename, lineno) -> Optional[Tuple[str, int]]:
        """The Cairo file and line of line `lineno` of the hint compiled as `filename`."""
        m = _HINT_FILENAME_RE.match(str(filename))
        if m is None:
            return None
        hint_id = int(m.group("index"))
        if hint_id >= len(self._hints) or self._hints[hint_id].filename is None:
            return None
        spec = self._hints[hint_id]
        return spec.filename, lineno + spec.line_offset

    # --- Globals cairovm does not support yet -------------------------------------------------

    def _vm_load_program(self, *args, **kwargs):
        raise NotImplementedError("vm_load_program is not supported by cairovm yet.")

    def _is_accessed(self, addr):
        raise NotImplementedError("is_accessed is not supported by cairovm yet.")

    def _vm_add_auto_deduction_rule(self, *args, **kwargs):
        raise NotImplementedError("vm_add_auto_deduction_rule is not supported by cairovm yet.")

    def _vm_add_validation_rule(self, *args, **kwargs):
        raise NotImplementedError("vm_add_validation_rule is not supported by cairovm yet.")
