// cairovm: expect=error
// cairovm: args=--print_output --steps 50
// --steps 50 for a program that ends after fewer steps: the runner keeps stepping past the
// end and stops at the final pc ("Error: Execution reached the end of the program.").
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    serialize_word(7);
    return ();
}
