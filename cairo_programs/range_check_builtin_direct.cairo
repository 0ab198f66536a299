// cairovm: layouts=dex,recursive,starknet,recursive_large_output,all_solidity,starknet_with_keccak,recursive_with_poseidon
// cairovm: args=--print_output
// The range_check builtin without any hint: values in [0, 2^128) are written straight into the
// builtin segment (validated by the builtin), and the advanced pointer is returned.
%builtins output range_check

from starkware.cairo.common.serialize import serialize_word

func check_all{range_check_ptr}(values: felt*, n) {
    if (n == 0) {
        return ();
    }
    assert [range_check_ptr] = [values];
    let range_check_ptr = range_check_ptr + 1;
    return check_all(values + 1, n - 1);
}

func main{output_ptr: felt*, range_check_ptr}() {
    tempvar values: felt* = new (0, 1, 2 ** 64, 2 ** 128 - 1, 12345);
    check_all(values, 5);
    // a <= b checked as b - a in range.
    assert [range_check_ptr] = 1000 - 999;
    let range_check_ptr = range_check_ptr + 1;
    serialize_word(5);
    return ();
}
