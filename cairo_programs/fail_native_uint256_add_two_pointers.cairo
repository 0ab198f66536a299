// cairovm: native-only
// cairovm: expect=error
// Two pointers in the uint256_add hint's sum: RelocatableValue.__add__ refuses them.
from starkware.cairo.common.uint256 import Uint256
from starkware.cairo.common.alloc import alloc

const SHIFT = 2 ** 128;

func carries(a: Uint256, b: Uint256) -> (carry_low: felt, carry_high: felt) {
    alloc_locals;
    local carry_low: felt;
    local carry_high: felt;
    %{
        sum_low = ids.a.low + ids.b.low
        ids.carry_low = 1 if sum_low >= ids.SHIFT else 0
        sum_high = ids.a.high + ids.b.high + ids.carry_low
        ids.carry_high = 1 if sum_high >= ids.SHIFT else 0
    %}
    return (carry_low=carry_low, carry_high=carry_high);
}

func main() {
    alloc_locals;
    let (p: felt*) = alloc();
    let (q: felt*) = alloc();
    carries(Uint256(1, cast(p, felt)), Uint256(2, cast(q, felt)));
    return ();
}
