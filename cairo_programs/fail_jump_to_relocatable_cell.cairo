// cairovm: expect=error
// cairovm: args=--print_output
// jmp abs to a cell holding a relocatable value instead of an integer: "Instruction
// should be an int. Found: 5:0".
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
    assert code[0] = cast(code, felt);
    serialize_word(1);
    run_code(code);
    serialize_word(2);
    return ();
}
