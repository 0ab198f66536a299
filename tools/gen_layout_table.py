#!/usr/bin/env python3
"""Prints every layout of the reference (starkware/cairo/lang/instances.py) as the text table that
tests/unit/layout_test.cpp compares cairovm's layouts with. Run with the reference's venv:
  .venv/bin/python tools/gen_layout_table.py > /tmp/layouts.txt
One line per layout, then one per builtin (other than output)."""

from starkware.cairo.lang import instances
from starkware.cairo.lang.dynamic_layout_params import CairoLayoutParams


def opt(value):
    return "None" if value is None else str(value)


def describe(layout):
    pool = layout.diluted_pool_instance_def
    lines = [
        f"layout {layout.layout_name} cpu_component_step={opt(layout.cpu_component_step)} "
        f"rc_units={opt(layout.rc_units)} public_memory_fraction={layout.public_memory_fraction} "
        f"memory_units_per_step={opt(layout.memory_units_per_step)} "
        f"diluted={'None' if pool is None else f'{opt(pool.log_units_per_step)}/{pool.spacing}/{pool.n_bits}'} "
        f"n_trace_columns={opt(layout.n_trace_columns)} "
        f"builtins={','.join(layout.builtins.keys())}"
    ]
    spacing, n_bits = (pool.spacing, pool.n_bits) if pool is not None else (4, 16)
    for name, d in layout.builtins.items():
        if name == "output":
            continue
        lines.append(
            f"  {name} ratio={opt(d.ratio)} ratio_den={d.get_ratio_den()} "
            f"cells={d.memory_cells_per_instance} rc_units={d.range_check_units_per_builtin} "
            f"height={d.invocation_height} "
            f"diluted={d.get_diluted_units_per_builtin(spacing, n_bits)}"
        )
    return lines


def main():
    layouts = dict(instances.LAYOUTS)
    layouts["all_cairo"] = instances.all_cairo_instance
    # A dynamic layout from parameters: all_cairo's, with a low ratio for range_check96.
    params = CairoLayoutParams.create_from_cairo_layout(instances.all_cairo_instance)
    params = CairoLayoutParams(
        **{**params.__dict__, "range_check96_ratio": 1, "range_check96_ratio_den": 4,
           "uses_ecdsa_builtin": 0, "ecdsa_ratio": 0}
    )
    for name, layout in layouts.items():
        print("\n".join(describe(layout)))
    print("\n".join(describe(params.to_cairo_layout())).replace("layout dynamic", "layout dynamic(params)"))


if __name__ == "__main__":
    main()
