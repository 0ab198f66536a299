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
from typing import Any, Dict, List, NamedTuple, Optional, Set, Tuple

from . import runners, values
from .memory import MemoryProxy, SegmentsProxy
from .values import RelocatableValue

_HINT_FILENAME_RE = re.compile("^<hint(?P<index>[0-9]+)>$")


class HintSpec(NamedTuple):
    """One hint of the program, by hint id (the reference numbers every hint, native or not)."""

    code: str
    pc: int  # offset of its instruction in its program (the main one or a loaded one)
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
    _INSTANCE_DEF_ATTRIBUTES = {
        "pedersen": "instance_def",
        "ecdsa": "instance_def",
        "poseidon": "instance_def",
        "keccak": "instance_def",
        "bitwise": "bitwise_builtin",
        "ec_op": "ec_op_builtin",
    }

    def __init__(
        self, name: str, base: RelocatableValue, included: bool, native=None, instance_def=None
    ):
        self._native = native
        self._builtin = name
        if name != "output":  # the reference's output runner has no name
            self.name = name
        self.base = base
        self.included = included
        if name in self._BOUNDS:
            self.bound = self._BOUNDS[name]
        if name == "output":
            self.pages: Dict[int, Any] = {}
            self.attributes: Dict[str, Any] = {}
        # The layout's definition, under the attributes that the reference's runner of the
        # builtin keeps it in (cairo_runner.py's factories).
        self._instance_def = instance_def
        if instance_def is not None:
            self.ratio = instance_def.ratio
            attribute = self._INSTANCE_DEF_ATTRIBUTES.get(name)
            if attribute is not None:
                setattr(self, attribute, instance_def)
            if name in self._BOUNDS:
                self.inner_rc_bound = 2**16
                self.n_parts = instance_def.n_parts

    def __repr__(self):
        return f"<{self._builtin} builtin runner, base={self.base}>"

    @property
    def get_instance_def(self):
        """The layout's instance definition of the builtin, a method as in the reference's
        runners, except the output builtin's, which has none."""
        if self._builtin == "output":
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute 'get_instance_def'"
            )
        return lambda: self._instance_def

    def add_page(self, page_id: int, page_start, page_size: int):
        """The output builtin's (OutputBuiltinRunner.add_page): cells [page_start, page_start +
        page_size) of the output form page `page_id` of the public memory (others: page 0)."""
        self._only_for("output", "add_page")
        assert page_id not in self.pages, f"Page {page_id} was already assigned."
        assert (
            isinstance(page_start, RelocatableValue)
            and page_start.segment_index == self.base.segment_index
        ), "page_start must be in the output segment."
        start = page_start - self.base
        assert isinstance(start, int)
        self._native.output_add_page(page_id, page_start, page_size)
        self.pages[page_id] = _page(start, page_size)

    def add_attribute(self, attribute_name: str, attribute_value: dict):
        """The output builtin's: an entry of its additional data in the Cairo PIE; the value
        must be JSON-serializable."""
        self._only_for("output", "add_attribute")
        self._native.output_add_attribute(attribute_name, json.dumps(attribute_value))
        self.attributes[attribute_name] = attribute_value

    def get_additional_data(self):
        if self._builtin == "ecdsa":
            return [
                [[addr.segment_index, addr.offset], signature]
                for addr, signature in sorted(self.signatures.items())
            ]
        self._only_for("output", "get_additional_data")
        return {
            "pages": {
                str(page_id): [page.start, page.size]
                for page_id, page in sorted(self.pages.items())
            },
            "attributes": self.attributes,
        }

    def get_state(self):
        """The output builtin's state (OutputBuiltinRunner.get_state), for set_state()."""
        self._only_for("output", "get_state")
        from types import SimpleNamespace

        return SimpleNamespace(base=self.base, pages=self.pages, attributes=self.attributes)

    def new_state(self, base):
        """The output builtin's new_state: no pages, no attributes, and `base` as the start of
        the output (what an inner program writes its output from)."""
        self._only_for("output", "new_state")
        self._set_output_state(base, {}, {})

    def set_state(self, state):
        """The output builtin's set_state: base, pages and attributes of a get_state()."""
        self._only_for("output", "set_state")
        self._set_output_state(state.base, state.pages, state.attributes)

    def _set_output_state(self, base, pages, attributes):
        self._native.output_set_state(
            base,
            [(page_id, page.start, page.size) for page_id, page in pages.items()],
            [(name, json.dumps(value)) for name, value in attributes.items()],
        )
        self.base = base
        self.pages = pages
        self.attributes = attributes

    def _only_for(self, name: str, method: str):
        if self._builtin != name:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{method}'")

    def add_signature(self, addr, signature):
        """The ecdsa builtin's (SignatureBuiltinRunner.add_signature): registers (r, s) for the
        instance whose public key cell is `addr`, checked when the instance is complete."""
        if self._builtin != "ecdsa":
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'add_signature'")
        assert isinstance(
            addr, RelocatableValue
        ), f"Expected memory address to be relocatable value. Found: {addr}."
        r, s = signature
        self._native.ecdsa_add_signature(addr, r, s)

    @property
    def signatures(self) -> Dict[RelocatableValue, Tuple[int, int]]:
        """The ecdsa builtin's registered signatures, (r, s) by public key address (those of
        native hints too), in address order."""
        if self._builtin != "ecdsa":
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'signatures'")
        return {
            RelocatableValue(self.base.segment_index, offset): (r, s)
            for offset, r, s in self._native.ecdsa_signatures()
        }


def _builtin_runners(native, builtins, layout) -> Dict[str, Any]:
    """`builtin_runners` of the hints: the reference's own runners for the mod builtins, proxies
    of the VM's runners for the others (see runners.py)."""
    try:
        reference_layout = runners.reference_layout(*layout)
    except Exception:  # a layout the reference does not know: no instance definitions
        reference_layout = None
    result: Dict[str, Any] = {}
    for name, base, included, *zeros in builtins:
        zero_value = zeros[0] if zeros else None
        definition = runners.instance_def(reference_layout, name)
        runner = None
        if name in runners.REFERENCE_RUNNERS:
            runner = runners.reference_runner(name, base, included, definition, zero_value)
        if runner is None:
            runner = _proxy_class(name)(name, base, included, native, definition)
        result[f"{name}_builtin"] = runner
    return result


# The class names of the reference's runners (type(runner).__name__ and the AttributeError
# messages of hints name them).
_REFERENCE_CLASS_NAMES = {
    "output": "OutputBuiltinRunner",
    "pedersen": "HashBuiltinRunner",
    "range_check": "RangeCheckBuiltinRunner",
    "range_check96": "RangeCheckBuiltinRunner",
    "ecdsa": "SignatureBuiltinRunner",
    "bitwise": "BitwiseBuiltinRunner",
    "ec_op": "EcOpBuiltinRunner",
    "keccak": "KeccakBuiltinRunner",
    "poseidon": "PoseidonBuiltinRunner",
}
_proxy_classes: Dict[str, type] = {}


def _proxy_class(name: str) -> type:
    class_name = _REFERENCE_CLASS_NAMES.get(name)
    if class_name is None:
        return BuiltinRunnerProxy
    cls = _proxy_classes.get(class_name)
    if cls is None:
        cls = _proxy_classes[class_name] = type(class_name, (BuiltinRunnerProxy,), {})
    return cls


def _page(start: int, size: int):
    """The reference's PublicMemoryPage when cairo-lang is importable."""
    try:
        from starkware.cairo.lang.vm.output_builtin_runner import PublicMemoryPage
    except ImportError:  # pragma: no cover - exercised only without cairo-lang
        return (start, size)
    return PublicMemoryPage(start=start, size=size)


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
        builtins: List[Tuple[str, RelocatableValue, bool, Optional[RelocatableValue]]],
        layout: Tuple[str, Optional[dict]] = ("plain", None),
    ):
        """`native`: the VM (memory.Backend plus enter_scope, exit_scope, ids_get, ids_set).
        `program_json`: the compiled program's text, loaded with the reference's loader for
        `ids`; None to resolve felt references through the VM only. `builtins`: (name, base,
        included, address of its zeros or None); `layout`: the layout's name and, for the
        dynamic layout, its parameters."""
        self.native = native
        self.prime = prime
        self.memory = MemoryProxy(native, prime, validated=True)
        self.segments = SegmentsProxy(native, prime)
        self.program_input = json.loads(program_input_json) if program_input_json else {}
        self._program_json = program_json if values.HAVE_STARKWARE else None
        self._program = None
        self._hints = [HintSpec(*h) for h in hints]
        self._code: List[Any] = [None] * len(self._hints)
        self.builtin_runners = _builtin_runners(native, builtins, layout)
        self.static_locals = {"segments": self.segments, **field_helpers(prime)}
        self.ecdsa_additional_data: Dict = {}
        # vm_add_validation_rule / vm_add_auto_deduction_rule, by segment index.
        self._validation_rules: Dict[int, List[Tuple[Any, tuple]]] = {}
        self._validated_addresses: Set[RelocatableValue] = set()
        self._deduction_rules: Dict[int, List[Tuple[Any, tuple]]] = {}
        # Hints of programs loaded by vm_load_program, by hint id: (program, hint).
        self._loaded_hints: Dict[int, Tuple[Any, Any]] = {}
        self.vm_view = VmView(self)

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
        loaded = self._loaded_hints.get(hint_id)
        if loaded is None and self._program_json is None and self._program is None:
            return SimpleIds(self.native, hint_id, self.prime)
        from starkware.cairo.lang.compiler.expression_evaluator import ExpressionEvaluator
        from starkware.cairo.lang.vm.vm_consts import VmConsts, VmConstsContext

        if loaded is not None:
            program, hint = loaded
        else:
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

    # --- Loaded programs, accessed addresses, rules -------------------------------------------

    def _vm_load_program(self, program, program_base):
        """The reference's VirtualMachineBase.load_program: the hints of `program` (a compiled
        Program) become runnable at their pcs relative to `program_base`, numbered after the
        hints already known. The program's data must be written to memory by the hint itself."""
        assert (
            self.prime == program.prime
        ), f"Unexpected prime for loaded program: {program.prime} != {self.prime}."
        locations = program.debug_info.instruction_locations if program.debug_info else {}
        loaded = []
        for pc, hints in program.hints.items():
            relocated_pc = pc + program_base
            for hint_index, hint in enumerate(hints):
                hint_id = len(self._hints)
                filename, line_offset = _hint_location(locations.get(pc), hint_index)
                self._hints.append(HintSpec(hint.code, pc, hint_index, filename, line_offset))
                self._code.append(
                    compile(hint.code, f"<hint{hint_id}>", "exec", dont_inherit=True)
                )
                self._loaded_hints[hint_id] = (program, hint)
                loaded.append((relocated_pc, hint_index, hint_id))
        self.native.load_hints(loaded)
        has_error_messages = any(attr.name == "error_message" for attr in program.attributes)
        if isinstance(program_base, RelocatableValue) and (
            program.debug_info is not None or has_error_messages
        ):
            # The VM reports errors at the program's pcs with its locations and error messages.
            self.native.load_program_info(_program_json_for_reports(program), program_base)

    def _is_accessed(self, addr) -> bool:
        """Whether an instruction accessed `addr` (its pc or an operand) or it is a cell of the
        program: the VM finds it from the trace."""
        if not isinstance(addr, RelocatableValue) or not isinstance(addr.offset, int):
            return False
        if addr.offset < 0 or addr.offset >= 2**63:
            return False
        return self.native.is_accessed(addr.segment_index, addr.offset)

    def _vm_add_auto_deduction_rule(self, segment_index, rule, *args):
        """rule(vm, addr, *args) gives the value of an unknown cell of the segment, or None.
        Tried after the segment's builtin rule, when an instruction reads the unknown cell as op0
        or op1; checked against every known cell of the segment when the run ends."""
        self._deduction_rules.setdefault(segment_index, []).append((rule, args))
        self.native.attach_rules(segment_index, None, self.deduce_cell)

    def _vm_add_validation_rule(self, segment_index, rule, *args):
        """rule(memory, addr, *args) checks a cell written to the segment (by an instruction or
        through `memory`) and returns the set of addresses it validated."""
        self._validation_rules.setdefault(segment_index, []).append((rule, args))
        self.native.attach_rules(segment_index, self.validate_cell, None)

    def validate_cell(self, segment: int, offset: int):
        """Called by the VM for a new cell of a segment with validation rules (the reference's
        ValidatedMemoryDict._validate_memory_cell)."""
        addr = RelocatableValue(segment, offset)
        if addr in self._validated_addresses:
            return
        for rule, args in self._validation_rules.get(segment, []):
            self._validated_addresses |= rule(self.segments.memory, addr, *args)

    def deduce_cell(self, segment: int, offset: int):
        """Called by the VM for an unknown operand cell of a segment with deduction rules (the
        reference's deduce_memory_cell): the first value a rule gives, or None."""
        addr = RelocatableValue(segment, offset)
        for rule, args in self._deduction_rules.get(segment, []):
            value = rule(self.vm_view, addr, *args)
            if value is not None:
                return value
        return None

    def verify_auto_deductions(self):
        """At the end of the run: every known cell of a segment with deduction rules holds what
        the rules deduce for it (the reference's verify_auto_deductions). Returns None, or the
        reference's InconsistentAutoDeductionError message."""
        if not self._deduction_rules:
            return None
        for addr, current in self.native.cells():
            for rule, args in self._deduction_rules.get(addr.segment_index, []):
                value = rule(self.vm_view, addr, *args)
                if value is not None and current != value:
                    return (
                        f"Inconsistent auto deduction rule at address {addr}. "
                        f"{current} != {value}."
                    )
        return None


def _program_json_for_reports(program) -> str:
    """The program as JSON, with the text of the source files that its locations hold in
    memory (a program compiled by the hint itself) among the debug info's file contents: the
    reference quotes source lines from that text."""
    data = program.Schema().dump(program)
    if program.debug_info is not None:
        contents = data["debug_info"].setdefault("file_contents", {})
        for instruction in program.debug_info.instruction_locations.values():
            locations = [instruction.inst] + [h.location for h in instruction.hints if h]
            while locations:
                location = locations.pop()
                input_file = location.input_file
                if input_file.content is not None and input_file.filename is not None:
                    contents.setdefault(input_file.filename, input_file.content)
                if location.parent_location is not None:
                    locations.append(location.parent_location[0])
    return json.dumps(data)


def _hint_location(location, hint_index: int) -> Tuple[Optional[str], int]:
    """(Cairo file, line of the hint's line 1 minus 1) of a hint of a loaded program."""
    if location is None or hint_index >= len(location.hints) or location.hints[hint_index] is None:
        return None, 0
    hint_location = location.hints[hint_index]
    line_offset = hint_location.location.start_line + hint_location.n_prefix_newlines - 1
    return hint_location.location.input_file.filename, line_offset


class _RunContextView:
    """`vm.run_context` for rules: the memory and the current registers."""

    def __init__(self, engine: "HintEngine"):
        self._native = engine.native
        self.memory = engine.segments.memory

    pc = property(lambda self: self._native.registers()[0])
    ap = property(lambda self: self._native.registers()[1])
    fp = property(lambda self: self._native.registers()[2])


class VmView:
    """The `vm` argument of auto-deduction rules: what the reference's VirtualMachine offers
    them (run_context.memory, validated_memory, prime, the registers, current_step)."""

    def __init__(self, engine: "HintEngine"):
        self._native = engine.native
        self.prime = engine.prime
        self.run_context = _RunContextView(engine)
        self.validated_memory = engine.memory
        self.builtin_runners = engine.builtin_runners
        self.is_accessed = engine._is_accessed
        self.add_auto_deduction_rule = engine._vm_add_auto_deduction_rule
        self.add_validation_rule = engine._vm_add_validation_rule

    @property
    def current_step(self) -> int:
        return self._native.registers()[3]
