// cairovm: expect=error
// cairovm: layout=dynamic
// cairovm: layout_params=fail_dynamic_layout_params_missing_key.layout.json
// cairovm: stderr=differs  (cairo-run ends in an uncaught TypeError traceback; cairovm prints the same message as "Error: ...")
// Layout parameters without rc_units and mul_mod_ratio_den: CairoLayoutParams(**params) fails.
%builtins output

func main{output_ptr: felt*}() {
    assert [output_ptr] = 5;
    let output_ptr = output_ptr + 1;
    return ();
}
