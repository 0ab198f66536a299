// cairovm: expect=error
// cairovm: args=--print_output
// jmp abs into an alloc'ed data segment whose first cell (2^64) does not fit the 63-bit
// instruction encoding: "Unsupported instruction: 0x10000000000000000.", pc outside the program.
%builtins output

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.serialize import serialize_word

// Transfers control to `code`, which is not a valid instruction stream.
func run_code(code: felt*) {
    jmp abs code;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let (local code: felt*) = alloc();
    assert code[0] = 2 ** 64;
    assert code[1] = 5;
    serialize_word(1);
    run_code(code);
    serialize_word(2);
    return ();
}
