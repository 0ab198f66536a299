// cairovm: needs-python
// cairovm: args=--print_output
// vm_load_program: a hint compiles a second program, writes it into a new segment, and loads it
// there; its hints then run before its instructions at their pcs (hint ids after the main
// program's, `ids` from the loaded program's references), and main calls into it by address.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local entry: felt*;
    %{
        from starkware.cairo.lang.compiler.cairo_compile import compile_cairo

        # The loaded program's source, line by line ("%" "{" and its end are built so that
        # this hint does not end inside the string).
        open_hint, close_hint = "%" + "{", "%" + "}"
        code = "\n".join([
            "func triple(x: felt) -> felt {",
            "    tempvar y;",
            "    " + open_hint,
            "        ids.y = 3 * ids.x",
            "        print('loaded hint: x', ids.x, 'y', ids.y, 'pc', pc, 'step', current_step)",
            "        loaded_calls = globals().get('loaded_calls', 0) + 1",
            "    " + close_hint,
            "    return y;",
            "}",
            "func twice(x: felt) -> felt {",
            "    " + open_hint + " print('second loaded hint, fp - ap =', fp - ap) " + close_hint,
            "    let y = triple(x);",
            "    return y + y;",
            "}",
        ])
        program = compile_cairo(code, PRIME, debug_info=True)
        base = segments.add()
        segments.write_arg(base, program.data)
        vm_load_program(program, base)
        ids.entry = base + program.get_label("twice")
        print("loaded", len(program.data), "cells at", base)
    %}
    [ap] = 7, ap++;
    call abs entry;
    serialize_word([ap - 1]);
    [ap] = 100, ap++;
    call abs entry;
    serialize_word([ap - 1]);
    %{ print("calls seen by the scope:", loaded_calls) %}
    return ();
}
