// cairovm: native-only
// Hints of the uint384 / uint768 / uint512 libraries and of uint256 helpers over a prime given at
// run time (division with remainder, square roots, inverses), which cairovm runs natively.
%builtins output

from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

struct Uint384 {
    d0: felt,
    d1: felt,
    d2: felt,
}

struct Uint768 {
    d0: felt,
    d1: felt,
    d2: felt,
    d3: felt,
    d4: felt,
    d5: felt,
}

struct Uint512 {
    d0: felt,
    d1: felt,
    d2: felt,
    d3: felt,
}

struct Uint256Expanded {
    B0: felt,
    b01: felt,
    b12: felt,
    b23: felt,
    b3: felt,
}

func out384{output_ptr: felt*}(x: Uint384) {
    serialize_word(x.d0);
    serialize_word(x.d1);
    serialize_word(x.d2);
    return ();
}

func out256{output_ptr: felt*}(x: Uint256) {
    serialize_word(x.low);
    serialize_word(x.high);
    return ();
}

func uint384_div_rem{output_ptr: felt*}(a: Uint384, div: Uint384) {
    alloc_locals;
    local quotient: Uint384;
    local remainder: Uint384;
    %{
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
        div = pack(ids.div, num_bits_shift = 128)
        quotient, remainder = divmod(a, div)

        quotient_split = split(quotient, num_bits_shift=128, length=3)
        assert len(quotient_split) == 3

        ids.quotient.d0 = quotient_split[0]
        ids.quotient.d1 = quotient_split[1]
        ids.quotient.d2 = quotient_split[2]

        remainder_split = split(remainder, num_bits_shift=128, length=3)
        ids.remainder.d0 = remainder_split[0]
        ids.remainder.d1 = remainder_split[1]
        ids.remainder.d2 = remainder_split[2]
    %}
    out384(quotient);
    out384(remainder);
    return ();
}

func uint384_sqrt{output_ptr: felt*}(a: Uint384) {
    alloc_locals;
    local root: Uint384;
    %{
        from starkware.python.math_utils import isqrt

        def split(num: int, num_bits_shift: int, length: int):
            a = []
            for _ in range(length):
                a.append( num & ((1 << num_bits_shift) - 1) )
                num = num >> num_bits_shift
            return tuple(a)

        def pack(z, num_bits_shift: int) -> int:
            limbs = (z.d0, z.d1, z.d2)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

        a = pack(ids.a, num_bits_shift=128)
        root = isqrt(a)
        assert 0 <= root < 2 ** 192
        root_split = split(root, num_bits_shift=128, length=3)
        ids.root.d0 = root_split[0]
        ids.root.d1 = root_split[1]
        ids.root.d2 = root_split[2]
    %}
    out384(root);
    return ();
}

func uint384_sub_reduced{output_ptr: felt*}(a: Uint384, b: Uint384, p: Uint384) {
    alloc_locals;
    local res: Uint384;
    %{
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

        res = (a - b) % p


        res_split = split(res, num_bits_shift=128, length=3)

        ids.res.d0 = res_split[0]
        ids.res.d1 = res_split[1]
        ids.res.d2 = res_split[2]
    %}
    out384(res);
    return ();
}

func uint768_div_rem{output_ptr: felt*}(a: Uint768, div: Uint384) {
    alloc_locals;
    local quotient: Uint768;
    local remainder: Uint384;
    %{
        def split(num: int, num_bits_shift: int, length: int):
            a = []
            for _ in range(length):
                a.append( num & ((1 << num_bits_shift) - 1) )
                num = num >> num_bits_shift
            return tuple(a)

        def pack(z, num_bits_shift: int) -> int:
            limbs = (z.d0, z.d1, z.d2)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

        def pack_extended(z, num_bits_shift: int) -> int:
            limbs = (z.d0, z.d1, z.d2, z.d3, z.d4, z.d5)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

        a = pack_extended(ids.a, num_bits_shift = 128)
        div = pack(ids.div, num_bits_shift = 128)

        quotient, remainder = divmod(a, div)

        quotient_split = split(quotient, num_bits_shift=128, length=6)

        ids.quotient.d0 = quotient_split[0]
        ids.quotient.d1 = quotient_split[1]
        ids.quotient.d2 = quotient_split[2]
        ids.quotient.d3 = quotient_split[3]
        ids.quotient.d4 = quotient_split[4]
        ids.quotient.d5 = quotient_split[5]

        remainder_split = split(remainder, num_bits_shift=128, length=3)
        ids.remainder.d0 = remainder_split[0]
        ids.remainder.d1 = remainder_split[1]
        ids.remainder.d2 = remainder_split[2]
    %}
    serialize_word(quotient.d0);
    serialize_word(quotient.d1);
    serialize_word(quotient.d2);
    serialize_word(quotient.d3);
    serialize_word(quotient.d4);
    serialize_word(quotient.d5);
    out384(remainder);
    return ();
}

// The same hint as spelled with trailing spaces on two lines.
func uint768_div_rem_spaced{output_ptr: felt*}(a: Uint768, div: Uint384) {
    alloc_locals;
    local quotient: Uint768;
    local remainder: Uint384;
    %{
        def split(num: int, num_bits_shift: int, length: int):
            a = []
            for _ in range(length):
                a.append( num & ((1 << num_bits_shift) - 1) )
                num = num >> num_bits_shift 
            return tuple(a)

        def pack(z, num_bits_shift: int) -> int:
            limbs = (z.d0, z.d1, z.d2)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))
            
        def pack_extended(z, num_bits_shift: int) -> int:
            limbs = (z.d0, z.d1, z.d2, z.d3, z.d4, z.d5)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

        a = pack_extended(ids.a, num_bits_shift = 128)
        div = pack(ids.div, num_bits_shift = 128)

        quotient, remainder = divmod(a, div)

        quotient_split = split(quotient, num_bits_shift=128, length=6)

        ids.quotient.d0 = quotient_split[0]
        ids.quotient.d1 = quotient_split[1]
        ids.quotient.d2 = quotient_split[2]
        ids.quotient.d3 = quotient_split[3]
        ids.quotient.d4 = quotient_split[4]
        ids.quotient.d5 = quotient_split[5]

        remainder_split = split(remainder, num_bits_shift=128, length=3)
        ids.remainder.d0 = remainder_split[0]
        ids.remainder.d1 = remainder_split[1]
        ids.remainder.d2 = remainder_split[2]
    %}
    serialize_word(quotient.d0);
    serialize_word(quotient.d5);
    out384(remainder);
    return ();
}

func uint384_inverse{output_ptr: felt*}(a: Uint384, b: Uint384, p: Uint384) {
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
    out384(b_inverse_mod_p);
    return ();
}

func uint384_square_root{output_ptr: felt*}(x: Uint384, p: Uint384, generator: Uint384) {
    alloc_locals;
    local sqrt_x: Uint384;
    local sqrt_gx: Uint384;
    local success_x: felt;
    local success_gx: felt;
    %{
        from starkware.python.math_utils import is_quad_residue, sqrt

        def split(num: int, num_bits_shift: int = 128, length: int = 3):
            a = []
            for _ in range(length):
                a.append( num & ((1 << num_bits_shift) - 1) )
                num = num >> num_bits_shift
            return tuple(a)

        def pack(z, num_bits_shift: int = 128) -> int:
            limbs = (z.d0, z.d1, z.d2)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))


        generator = pack(ids.generator)
        x = pack(ids.x)
        p = pack(ids.p)

        success_x = is_quad_residue(x, p)
        root_x = sqrt(x, p) if success_x else None

        success_gx = is_quad_residue(generator*x, p)
        root_gx = sqrt(generator*x, p) if success_gx else None

        # Check that one is 0 and the other is 1
        if x != 0:
            assert success_x + success_gx ==1

        # `None` means that no root was found, but we need to transform these into a felt no matter what
        if root_x == None:
            root_x = 0
        if root_gx == None:
            root_gx = 0
        ids.success_x = int(success_x)
        ids.success_gx = int(success_gx)
        split_root_x = split(root_x)
        split_root_gx = split(root_gx)
        ids.sqrt_x.d0 = split_root_x[0]
        ids.sqrt_x.d1 = split_root_x[1]
        ids.sqrt_x.d2 = split_root_x[2]
        ids.sqrt_gx.d0 = split_root_gx[0]
        ids.sqrt_gx.d1 = split_root_gx[1]
        ids.sqrt_gx.d2 = split_root_gx[2]
    %}
    out384(sqrt_x);
    out384(sqrt_gx);
    serialize_word(success_x);
    serialize_word(success_gx);
    return ();
}

func uint256_square_root{output_ptr: felt*}(x: Uint256, p: Uint256, generator: Uint256) {
    alloc_locals;
    local sqrt_x: Uint256;
    local sqrt_gx: Uint256;
    local success_x: felt;
    local success_gx: felt;
    %{
        from starkware.python.math_utils import is_quad_residue, sqrt

        def split(a: int):
            return (a & ((1 << 128) - 1), a >> 128)

        def pack(z) -> int:
            return z.low + (z.high << 128)

        generator = pack(ids.generator)
        x = pack(ids.x)
        p = pack(ids.p)

        success_x = is_quad_residue(x, p)
        root_x = sqrt(x, p) if success_x else None
        success_gx = is_quad_residue(generator*x, p)
        root_gx = sqrt(generator*x, p) if success_gx else None

        # Check that one is 0 and the other is 1
        if x != 0:
            assert success_x + success_gx == 1

        # `None` means that no root was found, but we need to transform these into a felt no matter what
        if root_x == None:
            root_x = 0
        if root_gx == None:
            root_gx = 0
        ids.success_x = int(success_x)
        ids.success_gx = int(success_gx)
        split_root_x = split(root_x)
        # print('split root x', split_root_x)
        split_root_gx = split(root_gx)
        ids.sqrt_x.low = split_root_x[0]
        ids.sqrt_x.high = split_root_x[1]
        ids.sqrt_gx.low = split_root_gx[0]
        ids.sqrt_gx.high = split_root_gx[1]
    %}
    out256(sqrt_x);
    out256(sqrt_gx);
    serialize_word(success_x);
    serialize_word(success_gx);
    return ();
}

func uint256_expanded_div_rem{output_ptr: felt*}(a: Uint256, div: Uint256Expanded) {
    alloc_locals;
    local quotient: Uint256;
    local remainder: Uint256;
    %{
        a = (ids.a.high << 128) + ids.a.low
        div = (ids.div.b23 << 128) + ids.div.b01
        quotient, remainder = divmod(a, div)

        ids.quotient.low = quotient & ((1 << 128) - 1)
        ids.quotient.high = quotient >> 128
        ids.remainder.low = remainder & ((1 << 128) - 1)
        ids.remainder.high = remainder >> 128
    %}
    out256(quotient);
    out256(remainder);
    return ();
}

func uint256_inverse{output_ptr: felt*}(a: Uint256, b: Uint256, p: Uint256) {
    alloc_locals;
    local b_inverse_mod_p: Uint256;
    %{
        from starkware.python.math_utils import div_mod

        def split(a: int):
            return (a & ((1 << 128) - 1), a >> 128)

        def pack(z, num_bits_shift: int) -> int:
            limbs = (z.low, z.high)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

        a = pack(ids.a, 128)
        b = pack(ids.b, 128)
        p = pack(ids.p, 128)
        # For python3.8 and above the modular inverse can be computed as follows:
        # b_inverse_mod_p = pow(b, -1, p)
        # Instead we use the python3.7-friendly function div_mod from starkware.python.math_utils
        b_inverse_mod_p = div_mod(1, b, p)

        b_inverse_mod_p_split = split(b_inverse_mod_p)

        ids.b_inverse_mod_p.low = b_inverse_mod_p_split[0]
        ids.b_inverse_mod_p.high = b_inverse_mod_p_split[1]
    %}
    out256(b_inverse_mod_p);
    return ();
}

func uint512_inverse{output_ptr: felt*}(x: Uint512, p: Uint256) {
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
    out256(x_inverse_mod_p);
    return ();
}

func uint512_div_rem{output_ptr: felt*}(x: Uint512, div: Uint256) {
    alloc_locals;
    local quotient: Uint512;
    local remainder: Uint256;
    %{
        def split(num: int, num_bits_shift: int, length: int):
            a = []
            for _ in range(length):
                a.append( num & ((1 << num_bits_shift) - 1) )
                num = num >> num_bits_shift
            return tuple(a)

        def pack(z, num_bits_shift: int) -> int:
            limbs = (z.low, z.high)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

        def pack_extended(z, num_bits_shift: int) -> int:
            limbs = (z.d0, z.d1, z.d2, z.d3)
            return sum(limb << (num_bits_shift * i) for i, limb in enumerate(limbs))

        x = pack_extended(ids.x, num_bits_shift = 128)
        div = pack(ids.div, num_bits_shift = 128)

        quotient, remainder = divmod(x, div)

        quotient_split = split(quotient, num_bits_shift=128, length=4)

        ids.quotient.d0 = quotient_split[0]
        ids.quotient.d1 = quotient_split[1]
        ids.quotient.d2 = quotient_split[2]
        ids.quotient.d3 = quotient_split[3]

        remainder_split = split(remainder, num_bits_shift=128, length=2)
        ids.remainder.low = remainder_split[0]
        ids.remainder.high = remainder_split[1]
    %}
    serialize_word(quotient.d0);
    serialize_word(quotient.d1);
    serialize_word(quotient.d2);
    serialize_word(quotient.d3);
    out256(remainder);
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    // 2**384 - 1 by a two-limb divisor, and a felt-sized limb (the hint packs limbs as they are).
    uint384_div_rem(
        Uint384(2 ** 128 - 1, 2 ** 128 - 1, 2 ** 128 - 1), Uint384(12345678901234567890, 7, 0)
    );
    uint384_div_rem(Uint384(5, 2 ** 200, 3), Uint384(0, 0, 2 ** 100 + 1));
    uint384_div_rem(Uint384(5, 6, 7), Uint384(2 ** 128 - 1, 2 ** 128 - 1, 2 ** 128 - 1));
    uint384_sqrt(Uint384(2 ** 128 - 1, 2 ** 128 - 1, 2 ** 128 - 1));
    uint384_sqrt(Uint384(0, 0, 0));
    uint384_sqrt(Uint384(99, 2 ** 64, 0));
    // The prime of BLS12-381: 0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f624
    // 1eabfffeb153ffffb9feffffffffaaab.
    local p381: Uint384 = Uint384(
        0x6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab - 0x6730d2a0f6b0f624 * 2 ** 128,
        0x4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f624 - 0x4b1ba7b6434bacd7 * 2 ** 128,
        0x1a0111ea397fe69a4b1ba7b6434bacd7,
    );
    uint384_sub_reduced(Uint384(5, 0, 0), Uint384(7, 1, 0), p381);
    uint384_sub_reduced(Uint384(7, 1, 9), Uint384(5, 0, 0), p381);
    uint768_div_rem(
        Uint768(1, 2 ** 128 - 1, 3, 2 ** 127, 5, 2 ** 128 - 1), Uint384(2 ** 128 - 1, 17, 1)
    );
    uint768_div_rem(Uint768(1, 2, 3, 0, 0, 0), Uint384(0, 0, 2 ** 100));
    uint768_div_rem_spaced(Uint768(1, 2, 3, 4, 5, 6), Uint384(7, 8, 9));
    uint384_inverse(Uint384(1, 0, 0), Uint384(3, 0, 0), p381);
    uint384_inverse(Uint384(1, 0, 0), Uint384(2 ** 128 - 5, 2 ** 100, 77), p381);
    uint384_square_root(Uint384(4, 0, 0), p381, Uint384(2, 0, 0));
    uint384_square_root(Uint384(2 ** 127 + 3, 5, 0), p381, Uint384(2, 0, 0));
    uint384_square_root(Uint384(0, 0, 0), p381, Uint384(2, 0, 0));
    // secp256k1's prime and the Cairo prime as Uint256.
    local secp_p: Uint256 = Uint256(
        0xfffffffffffffffffffffffefffffc2f, 0xffffffffffffffffffffffffffffffff
    );
    uint256_square_root(Uint256(9, 0), secp_p, Uint256(3, 0));
    uint256_square_root(Uint256(3, 0), secp_p, Uint256(3, 0));
    uint256_square_root(Uint256(2 ** 128 - 1, 2 ** 100), Uint256(1, 0x8000000000000110000000000000000), Uint256(3, 0));
    uint256_expanded_div_rem(Uint256(2 ** 128 - 1, 2 ** 128 - 1), Uint256Expanded(0, 1000, 0, 3, 0));
    uint256_expanded_div_rem(Uint256(12345, 0), Uint256Expanded(0, 7, 0, 0, 0));
    uint256_inverse(Uint256(1, 0), Uint256(2, 0), secp_p);
    uint256_inverse(Uint256(1, 0), Uint256(2 ** 128 - 1, 2 ** 120), secp_p);
    uint512_inverse(Uint512(1, 2, 3, 4), secp_p);
    uint512_inverse(Uint512(5, 0, 0, 0), Uint256(1, 0));
    uint512_div_rem(Uint512(2 ** 128 - 1, 2 ** 128 - 1, 2 ** 128 - 1, 2 ** 128 - 1), Uint256(3, 1));
    uint512_div_rem(Uint512(10, 0, 0, 0), Uint256(3, 0));
    return ();
}
