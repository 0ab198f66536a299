// cairovm: proof-mode
// cairovm: layout=small
// cairovm: args=--min_steps 1000 --print_info --print_output
// Proof mode with --min_steps: the run goes on at __end__ to 1000 steps, then pads to 1024.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(42);
    return ();
}
