// cairovm: args=--print_output
// Deep recursion that succeeds: 10000 nested calls (two frames' cells each on the execution
// segment), the sum computed on the way back.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func sum_to(n: felt) -> (total: felt) {
    if (n == 0) {
        return (total=0);
    }
    let (rest) = sum_to(n - 1);
    return (total=rest + n);
}

func main{output_ptr: felt*}() {
    let (total) = sum_to(10000);
    serialize_word(total);
    return ();
}
