// cairovm: native-only
// cairovm: expect=error
// uint256_sqrt of an invalid Uint256 whose root is >= 2**128.
%builtins output range_check

from starkware.cairo.common.uint256 import uint256_sqrt, Uint256

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (r) = uint256_sqrt(Uint256(0, 2 ** 200));
    return ();
}
