// cairovm: needs-python
// cairovm: expect=error
// An assertion fails inside a program loaded by vm_load_program: the report gives the loaded
// program's source location (with the source lines the compiling hint holds in memory), its
// error_message attribute with the reference substituted, and a traceback through both
// programs.
func main() {
    alloc_locals;
    local entry: felt*;
    %{
        from starkware.cairo.lang.compiler.cairo_compile import compile_cairo

        code = "\n".join([
            "func check(x: felt) {",
            "    with_attr error_message(\"x must be 5, got {x}\") {",
            "        assert x = 5;",
            "    }",
            "    return ();",
            "}",
            "func outer(x: felt) {",
            "    with_attr error_message(\"in outer\") {",
            "        check(x + 1);",
            "    }",
            "    return ();",
            "}",
        ])
        program = compile_cairo([(code, "loaded_checks.cairo")], PRIME, debug_info=True)
        base = segments.add()
        segments.write_arg(base, program.data)
        vm_load_program(program, base)
        ids.entry = base + program.get_label("outer")
    %}
    [ap] = 7, ap++;
    call abs entry;
    return ();
}
