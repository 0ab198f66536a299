// cairovm: layout=plain
// cairovm: args=--print_output
// No builtins: Collatz sequence lengths for 1..12, parity found by repeated subtraction (no
// hints), stored in an alloc'ed array and checked against known values.
from starkware.cairo.common.alloc import alloc

// Returns (q, parity) such that n = 2q + parity, by counting down (n is small).
func halve(n) -> (q: felt, parity: felt) {
    if (n == 0) {
        return (q=0, parity=0);
    }
    if (n == 1) {
        return (q=0, parity=1);
    }
    let (q, parity) = halve(n - 2);
    return (q=q + 1, parity=parity);
}

func collatz_len(n) -> felt {
    if (n == 1) {
        return 1;
    }
    let (q, parity) = halve(n);
    if (parity == 0) {
        let r = collatz_len(q);
        return r + 1;
    }
    let r = collatz_len(3 * n + 1);
    return r + 1;
}

func fill(arr: felt*, i, n) {
    if (i == n) {
        return ();
    }
    let l = collatz_len(i + 1);
    assert arr[i] = l;
    return fill(arr, i + 1, n);
}

func main() {
    alloc_locals;
    let (local lens: felt*) = alloc();
    fill(lens, 0, 12);
    // Known lengths (number of terms) for 1..12.
    assert lens[0] = 1;
    assert lens[1] = 2;
    assert lens[2] = 8;
    assert lens[5] = 9;
    assert lens[6] = 17;
    assert lens[8] = 20;
    assert lens[11] = 10;
    return ();
}
