// cairovm: slow
// cairovm: args=--print_output
// Benchmark: naive doubly recursive fib(19), about 100k steps of call/ret-heavy code.
%builtins output

func fib(n) -> felt {
    alloc_locals;
    if (n == 0) {
        return 0;
    }
    if (n == 1) {
        return 1;
    }
    let a = fib(n - 1);
    local a_saved = a;
    let b = fib(n - 2);
    return a_saved + b;
}

func main{output_ptr: felt*}() {
    let f = fib(19);
    assert [output_ptr] = f;
    let output_ptr = output_ptr + 1;
    return ();
}
