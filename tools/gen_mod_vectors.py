#!/usr/bin/env python3
"""Prints the reference's add_mod/mul_mod arithmetic for the cases of
tests/unit/mod_builtin_test.cpp (ModBuiltinRunner.calc_operand and the c value
InstanceData.fill_value writes). Run with the reference's venv:
  .venv/bin/python tools/gen_mod_vectors.py"""

from starkware.cairo.lang.builtins.modulo.mod_builtin_runner import (
    AddModBuiltinRunner,
    ModBuiltinRunner,
    MulModBuiltinRunner,
)
from starkware.cairo.lang.instances import all_cairo_instance
from starkware.cairo.lang.vm.memory_dict import MemoryDict
from starkware.cairo.lang.vm.relocatable import RelocatableValue

Q = 0x1A0111EA397FE69A4B1BA7B6434BACD764774B84F38512BF6730D2A0F6B0F6241EABFFFEB153FFFFB9FEFFFFFFFFAAAB


def fill_c(run, a, b, p):
    memory = MemoryDict()
    values, offsets = RelocatableValue(1, 0), RelocatableValue(2, 0)
    run.write_n_words_value(memory, values, a)
    run.write_n_words_value(memory, values + 4, b)
    for i, offset in enumerate([0, 4, 8]):
        memory[offsets + i] = offset
    instance = ModBuiltinRunner.InstanceData(
        builtin=run, memory=memory, values_ptr=values, offsets_ptr=offsets, modulus=p
    )
    try:
        instance.fill_value(0)
    except AssertionError as err:
        return f"error: {err}"
    return run.read_n_words_value(memory, values + 8)[1]


def main():
    add = AddModBuiltinRunner(True, all_cairo_instance.builtins["add_mod"])
    mul = MulModBuiltinRunner(True, all_cairo_instance.builtins["mul_mod"])
    for known, res, p in [(5, 3, 7), (3, 5, 7), (Q - 1, 2, Q), (10, 10, 17), (0, 0, 1)]:
        print("add calc_operand", known, res, p, add.calc_operand(known, res, p))
    for known, res, p in [
        (3, 1, 7), (6, 4, 7), (Q - 2, 5, Q), (12345, Q - 1, Q), (6, 3, 9), (4, 0, 8),
        (7, 100, 13), (2**300, 5, Q),
    ]:
        print("mul calc_operand", known, res, p, mul.calc_operand(known, res, p))
    lim = 2**384 - 1
    for run, a, b, p in [
        (add, Q - 1, Q - 1, Q), (add, lim, 5, Q), (add, 3, 4, 0), (mul, lim, lim, 1), (mul, 5, 6, Q),
    ]:
        print(run.name, "c of", a, b, p, "=", fill_c(run, a, b, p))


if __name__ == "__main__":
    main()
