// cairovm: native-only
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// uint384's inverse hint for a divisor that shares a factor with the modulus: div_mod's
// assertion, raised in starkware/python/math_utils.py (whose path is the reference's venv).
%builtins output

struct Uint384 {
    d0: felt,
    d1: felt,
    d2: felt,
}

func inverse(a: Uint384, b: Uint384, p: Uint384) {
    alloc_locals;
    local b_inverse_mod_p: Uint384;
    %{
        from starkware.python.math_utils import div_mod

        def split(num: int, num_bits_shift: int, length: int):
            a = []
            for _ in range(length):
                a.append( num & ((1 << num_bits_shift) - 1) )
                num = num >> num_bits_shift
            return tuple(a)

        def pack(z, num_bits_shift: int) -> int:
            limbs = (z.d0, z.d1, z.d2)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

        a = pack(ids.a, num_bits_shift = 128)
        b = pack(ids.b, num_bits_shift = 128)
        p = pack(ids.p, num_bits_shift = 128)
        # For python3.8 and above the modular inverse can be computed as follows:
        # b_inverse_mod_p = pow(b, -1, p)
        # Instead we use the python3.7-friendly function div_mod from starkware.python.math_utils
        b_inverse_mod_p = div_mod(1, b, p)


        b_inverse_mod_p_split = split(b_inverse_mod_p, num_bits_shift=128, length=3)

        ids.b_inverse_mod_p.d0 = b_inverse_mod_p_split[0]
        ids.b_inverse_mod_p.d1 = b_inverse_mod_p_split[1]
        ids.b_inverse_mod_p.d2 = b_inverse_mod_p_split[2]
    %}
    return ();
}

func main{output_ptr: felt*}() {
    inverse(Uint384(1, 0, 0), Uint384(6, 0, 0), Uint384(9, 0, 0));
    return ();
}
