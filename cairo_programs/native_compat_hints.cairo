// cairovm: native-only
// Hints that cairo-lang 0.14's common library no longer has but programs carry: Starknet's
// normalize_address, and our own functions written with the hint texts of older library
// versions (uint128 carry, felt-typed uint256 root, uint256 subtraction, assert_le_felt of 0.8).
%builtins output range_check

from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256
from starkware.starknet.common.storage import normalize_address

const SHIFT = 2 ** 128;

func uint128_carry(a, b) -> felt {
    alloc_locals;
    local carry;
    %{
        res = ids.a + ids.b
        ids.carry = 1 if res >= ids.SHIFT else 0
    %}
    return carry;
}

func uint256_low_carry(a: Uint256, b: Uint256) -> felt {
    alloc_locals;
    local carry_low;
    %{
        sum_low = ids.a.low + ids.b.low
        ids.carry_low = 1 if sum_low >= ids.SHIFT else 0
    %}
    return carry_low;
}

func uint256_root(n: Uint256) -> felt {
    alloc_locals;
    local root;
    %{
        from starkware.python.math_utils import isqrt
        n = (ids.n.high << 128) + ids.n.low
        root = isqrt(n)
        assert 0 <= root < 2 ** 128
        ids.root = root
    %}
    return root;
}

func uint256_difference(a: Uint256, b: Uint256) -> Uint256 {
    alloc_locals;
    local res: Uint256;
    %{
        def split(num: int, num_bits_shift: int = 128, length: int = 2):
            a = []
            for _ in range(length):
                a.append( num & ((1 << num_bits_shift) - 1) )
                num = num >> num_bits_shift
            return tuple(a)

        def pack(z, num_bits_shift: int = 128) -> int:
            limbs = (z.low, z.high)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

        a = pack(ids.a)
        b = pack(ids.b)
        res = (a - b)%2**256
        res_split = split(res)
        ids.res.low = res_split[0]
        ids.res.high = res_split[1]
    %}
    return res;
}

func small_inputs(a, b) -> felt {
    alloc_locals;
    local small_inputs;
    %{
        from starkware.cairo.common.math_utils import assert_integer
        assert_integer(ids.a)
        assert_integer(ids.b)
        a = ids.a % PRIME
        b = ids.b % PRIME
        assert a <= b, f'a = {a} is not less than or equal to b = {b}.'

        ids.small_inputs = int(
            a < range_check_builtin.bound and (b - a) < range_check_builtin.bound)
    %}
    return small_inputs;
}

func main{output_ptr: felt*, range_check_ptr}() {
    let (a1) = normalize_address(12345);
    serialize_word(a1);
    let (a2) = normalize_address(-1);
    serialize_word(a2);
    let (a3) = normalize_address(2 ** 250 + 7);
    serialize_word(a3);

    serialize_word(uint128_carry(2 ** 127, 2 ** 127));
    serialize_word(uint128_carry(2 ** 127, 5));
    serialize_word(uint256_low_carry(Uint256(2 ** 128 - 1, 0), Uint256(1, 0)));
    serialize_word(uint256_root(Uint256(0, 2 ** 100)));
    let d = uint256_difference(Uint256(1, 0), Uint256(2, 0));
    serialize_word(d.low);
    serialize_word(d.high);
    let d = uint256_difference(Uint256(5, 7), Uint256(9, 3));
    serialize_word(d.low);
    serialize_word(d.high);
    serialize_word(small_inputs(3, 10));
    serialize_word(small_inputs(3, 2 ** 200));
    return ();
}
