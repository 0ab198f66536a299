// cairovm: layout=small
// cairovm: native-only
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// ec.cairo's recover_y for an x with no point on the STARK curve: NotOnCurveException.
%builtins output pedersen range_check

from starkware.cairo.common.ec import recover_y

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    let (p) = recover_y(5);
    return ();
}
