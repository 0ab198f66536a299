// cairovm: proof-mode
// cairovm: layout=dex
// cairovm: args=--print_output --print_info --print_memory --relocate_prints
// Proof mode on layout dex (rc_units 4) with the output builtin only: every output cell is
// public memory; pedersen, range_check and ecdsa get their allocated segments.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func emit{output_ptr: felt*}(i, n) {
    if (i == n) {
        return ();
    }
    serialize_word(i * i - 5);
    return emit(i + 1, n);
}

func main{output_ptr: felt*}() {
    emit(0, 10);
    return ();
}
