// cairovm: layout=plain
// cairovm: args=--no_end --steps 20 --print_info
// --no_end --steps 20: execution stops after exactly 20 steps in the middle of the program,
// without checking that the end was reached; trace and memory cover the partial run, and
// --print_info prints "Number of steps: 20 " (trailing space: no "originally" part).
func count_down(n) -> felt {
    if (n == 0) {
        return 0;
    }
    let r = count_down(n - 1);
    return r + n;
}

func main() {
    let r = count_down(50);
    assert r = 1275;
    return ();
}
