// cairovm: native-only
// cairovm: expect=error
// uint512's inverse hint for zero: pow(x, -1, p)'s ValueError.
%builtins output

from starkware.cairo.common.uint256 import Uint256

struct Uint512 {
    d0: felt,
    d1: felt,
    d2: felt,
    d3: felt,
}

func inverse(x: Uint512, p: Uint256) {
    alloc_locals;
    local x_inverse_mod_p: Uint256;
    %{
        def pack_512(u, num_bits_shift: int) -> int:
            limbs = (u.d0, u.d1, u.d2, u.d3)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

        x = pack_512(ids.x, num_bits_shift = 128)
        p = ids.p.low + (ids.p.high << 128)
        x_inverse_mod_p = pow(x,-1, p)

        x_inverse_mod_p_split = (x_inverse_mod_p & ((1 << 128) - 1), x_inverse_mod_p >> 128)

        ids.x_inverse_mod_p.low = x_inverse_mod_p_split[0]
        ids.x_inverse_mod_p.high = x_inverse_mod_p_split[1]
    %}
    return ();
}

func main{output_ptr: felt*}() {
    inverse(Uint512(0, 0, 0, 0), Uint256(7, 0));
    return ();
}
