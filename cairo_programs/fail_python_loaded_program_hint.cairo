// cairovm: needs-python
// cairovm: expect=error
// A hint of a program loaded by vm_load_program raises: the report points at the hint in the
// loaded program's source and the Python traceback names the loaded program's file and line.
func main() {
    alloc_locals;
    local entry: felt*;
    %{
        from starkware.cairo.lang.compiler.cairo_compile import compile_cairo

        open_hint, close_hint = "%" + "{", "%" + "}"
        code = "\n".join([
            "func divide(x: felt) -> felt {",
            "    tempvar y;",
            "    " + open_hint,
            "        q = ids.x // 2",
            "        assert ids.x % 2 == 0, f'{ids.x} is odd'",
            "        ids.y = q",
            "    " + close_hint,
            "    return y;",
            "}",
        ])
        program = compile_cairo([(code, "loaded_divide.cairo")], PRIME, debug_info=True)
        base = segments.add()
        segments.write_arg(base, program.data)
        vm_load_program(program, base)
        ids.entry = base + program.get_label("divide")
    %}
    [ap] = 8, ap++;
    call abs entry;
    [ap] = 9, ap++;
    call abs entry;
    return ();
}
