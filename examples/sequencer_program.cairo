// The example sequencer's program: reads `n` from the program input (a Python hint), asks the
// host for a fee (a native hint the host registers), and outputs fib(n) + fee.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func fib(a: felt, b: felt, n: felt) -> felt {
    if (n == 0) {
        return a;
    }
    return fib(b, a + b, n - 1);
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local n;
    %{ ids.n = program_input['n'] %}
    local fee;
    %{ ids.fee = host_fee(ids.n) %}
    let result = fib(0, 1, n);
    serialize_word(result + fee);
    return ();
}
