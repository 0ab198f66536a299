// cairovm: slow
// cairovm: args=--print_output
// Benchmark: a tight raw jnz loop of 25000 iterations (about 100k steps) summing 1..25000.
%builtins output

func sum_loop(n) -> felt {
    [ap] = n, ap++;
    [ap] = 0, ap++;
    body:
    [ap] = [ap - 1] + [ap - 2], ap++;
    [ap] = [ap - 3] - 1, ap++;
    [ap] = [ap - 2], ap++;
    jmp body if [ap - 2] != 0;
    return [ap - 1];
}

func main{output_ptr: felt*}() {
    let s = sum_loop(25000);
    assert [output_ptr] = s;
    let output_ptr = output_ptr + 1;
    return ();
}
