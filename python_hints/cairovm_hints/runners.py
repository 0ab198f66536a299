"""The reference's layout and builtin runner objects where hints need them as they are.

The library's `run_mod_p_circuit` hint hands `builtin_runners["add_mod_builtin"]` and
`["mul_mod_builtin"]` to the reference's ModBuiltinRunner.fill_memory, which checks their classes
and reads their instance definitions: those two are the reference's own runner classes, built
from the run's layout as cairo-run builds them (cairo_runner.py), with the VM's segment as base.
The other builtins keep their proxies (engine.BuiltinRunnerProxy), which get the layout's
instance definition as `instance_def`.
"""

from typing import Any, Optional

from .values import RelocatableValue

# Builtins whose runner is the reference's class (they hold no state that the VM must see).
REFERENCE_RUNNERS = ("add_mod", "mul_mod")


def reference_layout(name: str, params: Optional[dict]):
    """The reference's CairoLayout of the run (cairo_run.py): the dynamic layout of the
    --cairo_layout_params_file's parameters, else the named one; None without cairo-lang."""
    try:
        from starkware.cairo.lang import instances
        from starkware.cairo.lang.dynamic_layout_params import CairoLayoutParams
    except ImportError:  # pragma: no cover - exercised only without cairo-lang
        return None
    if params is not None:
        return CairoLayoutParams(**params).to_cairo_layout()
    # LAYOUTS lacks all_cairo, which the library (not cairo-run) accepts.
    return getattr(instances, f"{name}_instance", None)


def instance_def(layout, name: str) -> Any:
    """The layout's instance definition of builtin `name`, or None."""
    if layout is None:
        return None
    definition = layout.builtins.get(name)
    # The layouts list the output builtin as `output=True`: it has no definition.
    return None if isinstance(definition, bool) else definition


def reference_runner(
    name: str, base: RelocatableValue, included: bool, definition, zero_value=None
) -> Optional[Any]:
    """The reference's runner of builtin `name` (one of REFERENCE_RUNNERS) as it stands during the
    run: its segment's base and the address of its zeros set. None without cairo-lang."""
    if definition is None:
        return None
    from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import (
        AddModBuiltinRunner,
        MulModBuiltinRunner,
    )

    runner_class = AddModBuiltinRunner if name == "add_mod" else MulModBuiltinRunner
    runner = runner_class(included=included, instance_def=definition)
    runner._base = base
    if zero_value is not None:
        runner.set_address_allocated_zeros(zero_value)
    return runner
