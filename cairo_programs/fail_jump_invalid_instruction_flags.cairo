// cairovm: expect=error
// cairovm: args=--print_output
// jmp abs to a word below 2^63 whose flag bits are an invalid combination (two op1
// sources): the reference's decoder fails with a bare KeyError text "(1, 1, 0)".
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
    // Flags with both the op1=imm and op1=[ap] bits set; all offsets are 0 (biased 0x8000).
    assert code[0] = 0x0014800080008000;
    assert code[1] = 7;
    serialize_word(1);
    run_code(code);
    serialize_word(2);
    return ();
}
