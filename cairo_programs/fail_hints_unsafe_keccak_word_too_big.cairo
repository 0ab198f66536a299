// cairovm: layout=small
// cairovm: native-only
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// unsafe_keccak with a last word wider than the bytes it should hold: the hint's assertion fails.
%builtins output pedersen range_check

from starkware.cairo.common.keccak import unsafe_keccak

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr}() {
    tempvar data: felt* = new (0x0102030405060708090a0b0c0d0e0f10, 0x10000);
    let (low, high) = unsafe_keccak(data=data, length=18);
    return ();
}
