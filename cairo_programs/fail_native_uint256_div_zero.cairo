// cairovm: native-only
// cairovm: expect=error
// uint256_mul_div_mod by zero: ZeroDivisionError.
%builtins output range_check

from starkware.cairo.common.uint256 import uint256_mul_div_mod, Uint256

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (ql, qh, r) = uint256_mul_div_mod(Uint256(5, 0), Uint256(3, 0), Uint256(0, 0));
    return ();
}
