// cairovm: proof-mode
// cairovm: layout=small
// cairovm: args=--no_end --steps 7 --print_info
// cairovm: expect=error
// Proof mode with --no_end: the run stops after 7 steps without reading the builtins' stop
// pointers, so writing the AIR public input fails ("Error: The output builtin stop pointer was
// not set.") after the trace and memory files are written.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(1);
    serialize_word(2);
    serialize_word(3);
    return ();
}
