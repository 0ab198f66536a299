// cairovm: proof-mode
// cairovm: args=--print_info --print_segments
// Proof mode on layout plain (no builtins): a loop summing squares, run from __start__ to
// __end__ and padded to a power of two.
func sum_squares(i, n, acc) -> felt {
    if (i == n) {
        return acc;
    }
    return sum_squares(i + 1, n, acc + i * i);
}

func main() {
    let s = sum_squares(0, 20, 0);
    assert s = 2470;
    return ();
}
