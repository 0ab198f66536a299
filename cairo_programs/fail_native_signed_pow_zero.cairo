// cairovm: native-only
// cairovm: expect=error
// signed_pow(0, negative).
%builtins output range_check

from starkware.cairo.common.pow import signed_pow

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let p = signed_pow(0, -2);
    return ();
}
