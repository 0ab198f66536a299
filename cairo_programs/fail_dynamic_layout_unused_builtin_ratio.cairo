// cairovm: expect=error
// cairovm: layout=dynamic
// cairovm: layout_params=fail_dynamic_layout_unused_builtin_ratio.layout.json
// Layout parameters with uses_pedersen_builtin=0 but a nonzero pedersen_ratio: CairoLayoutParams
// rejects them with a bare assert (cairo-run prints "Error: " and nothing else).
%builtins output

func main{output_ptr: felt*}() {
    assert [output_ptr] = 5;
    let output_ptr = output_ptr + 1;
    return ();
}
