// cairovm: slow
// cairovm: layout=plain
// Benchmark (no builtins): bubble sort of 30 pseudo-random values below 32 by repeated passes,
// each pass writing a fresh array (memory is write-once), comparisons by recursive countdown;
// then checks that the result is sorted.
from starkware.cairo.common.alloc import alloc

// Values are small (< 32), so a < b is decided by counting down both.
func less_than(a, b) -> felt {
    if (b == 0) {
        return 0;
    }
    if (a == 0) {
        return 1;
    }
    return less_than(a - 1, b - 1);
}

// One bubble pass: dst gets src with the largest element moved to the end.
func pass(src: felt*, dst: felt*, carry, i, n) {
    if (i == n) {
        assert [dst] = carry;
        return ();
    }
    let lt = less_than(src[i], carry);
    if (lt == 1) {
        assert [dst] = src[i];
        return pass(src, dst + 1, carry, i + 1, n);
    }
    assert [dst] = carry;
    return pass(src, dst + 1, src[i], i + 1, n);
}

func sort(arr: felt*, n, passes) -> felt* {
    alloc_locals;
    if (passes == 0) {
        return arr;
    }
    let (local next: felt*) = alloc();
    pass(arr, next, arr[0], 1, n);
    return sort(next, n, passes - 1);
}

func fill(arr: felt*, i, n, x) {
    if (i == n) {
        return ();
    }
    assert arr[i] = x;
    // x -> (x * 13 + 7) mod 32, computed by subtracting 32 while needed.
    let y = reduce(x * 13 + 7);
    return fill(arr, i + 1, n, y);
}

func reduce(x) -> felt {
    let lt = less_than(x, 32);
    if (lt == 1) {
        return x;
    }
    return reduce(x - 32);
}

func check_sorted(arr: felt*, n) {
    if (n == 1) {
        return ();
    }
    let lt = less_than(arr[1], arr[0]);
    assert lt = 0;
    return check_sorted(arr + 1, n - 1);
}

func main() {
    alloc_locals;
    let (local arr: felt*) = alloc();
    fill(arr, 0, 30, 5);
    let sorted = sort(arr, 30, 30);
    check_sorted(sorted, 30);
    return ();
}
