// cairovm: native-only
// Hints of ec_recover-style libraries over BigInt3 (quotients modulo a packed N, differences,
// products and their quotients), bigint division over a packed prime, the scalar bits of
// double-scalar multiplication, secp256r1's constants imported under other names, and ed25519's
// square root, which cairovm runs natively.
%builtins output

from starkware.cairo.common.cairo_secp.bigint3 import BigInt3
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.uint256 import Uint256

const BASE = 2 ** 86;

struct BigInt5 {
    d0: felt,
    d1: felt,
    d2: felt,
    d3: felt,
    d4: felt,
}

struct EcPoint {
    x: BigInt3,
    y: BigInt3,
}

// Writes the scope's `value` as a BigInt3 to the output.
func output_value{output_ptr: felt*}() {
    alloc_locals;
    local res: BigInt3;
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import split

        segments.write_arg(ids.res.address_, split(value))
    %}
    serialize_word(res.d0);
    serialize_word(res.d1);
    serialize_word(res.d2);
    return ();
}

func div_mod_n_packed{output_ptr: felt*}(x: BigInt3, s: BigInt3, n: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        from starkware.python.math_utils import div_mod, safe_div

        N = pack(ids.n, PRIME)
        x = pack(ids.x, PRIME) % N
        s = pack(ids.s, PRIME) % N
        value = res = div_mod(x, s, N)
    %}
    output_value();
    return ();
}

func sub_a_b{output_ptr: felt*}(a: BigInt3, b: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        from starkware.python.math_utils import div_mod, safe_div

        a = pack(ids.a, PRIME)
        b = pack(ids.b, PRIME)

        value = res = a - b
    %}
    output_value();
    return ();
}

func product_mod_and_quotient{output_ptr: felt*}(a: BigInt3, b: BigInt3, m: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        from starkware.python.math_utils import div_mod, safe_div

        a = pack(ids.a, PRIME)
        b = pack(ids.b, PRIME)
        product = a * b
        m = pack(ids.m, PRIME)

        value = res = product % m
    %}
    output_value();
    %{
        value = k = product // m
    %}
    output_value();
    return ();
}

func x_div_s_mod_n{output_ptr: felt*}(x: BigInt3, s: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        from starkware.python.math_utils import div_mod, safe_div

        N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141
        x = pack(ids.x, PRIME) % N
        s = pack(ids.s, PRIME) % N
        value = res = div_mod(x, s, N)
    %}
    output_value();
    %{
        value = k = safe_div(res * s - x, N)
    %}
    output_value();
    return ();
}

func bigint_div_mod{output_ptr: felt*}(x: BigInt5, y: BigInt3, P: BigInt3) {
    alloc_locals;
    local flag: felt;
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        from starkware.cairo.common.math_utils import as_int
        from starkware.python.math_utils import div_mod, safe_div

        p = pack(ids.P, PRIME)
        x = pack(ids.x, PRIME) + as_int(ids.x.d3, PRIME) * ids.BASE ** 3 + as_int(ids.x.d4, PRIME) * ids.BASE ** 4
        y = pack(ids.y, PRIME)

        value = res = div_mod(x, y, p)
    %}
    output_value();
    %{
        k = safe_div(res * y - x, p)
        value = k if k > 0 else 0 - k
        ids.flag = 1 if k > 0 else 0
    %}
    output_value();
    serialize_word(flag);
    return ();
}

func div_mod_secp256r1_n{output_ptr: felt*}(a: BigInt3, b: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_N as N
    %}
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        from starkware.python.math_utils import div_mod, safe_div

        a = pack(ids.a, PRIME)
        b = pack(ids.b, PRIME)
        value = res = div_mod(a, b, N)
    %}
    output_value();
    return ();
}

func double_slope_secp256r1{output_ptr: felt*}(point: EcPoint) {
    %{
        from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_ALPHA as ALPHA
    %}
    %{
        from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P as SECP_P
    %}
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        from starkware.python.math_utils import ec_double_slope

        # Compute the slope.
        x = pack(ids.point.x, PRIME)
        y = pack(ids.point.y, PRIME)
        value = slope = ec_double_slope(point=(x, y), alpha=ALPHA, p=SECP_P)
    %}
    output_value();
    return ();
}

func hi_max_bitlen{output_ptr: felt*}(scalar_u: BigInt3, scalar_v: BigInt3) {
    alloc_locals;
    local len_hi: felt;
    %{
        ids.len_hi = max(ids.scalar_u.d2.bit_length(), ids.scalar_v.d2.bit_length())-1
    %}
    serialize_word(len_hi);
    return ();
}

func di_bit{output_ptr: felt*}(scalar_u: felt, scalar_v: felt, m: felt) {
    alloc_locals;
    local dibit: felt;
    %{
        ids.dibit = ((ids.scalar_u >> ids.m) & 1) + 2 * ((ids.scalar_v >> ids.m) & 1)
    %}
    serialize_word(dibit);
    return ();
}

func quad_bit{output_ptr: felt*}(scalar_u: felt, scalar_v: felt, m: felt) {
    alloc_locals;
    local quad_bit: felt;
    %{
        ids.quad_bit = (
            8 * ((ids.scalar_v >> ids.m) & 1)
            + 4 * ((ids.scalar_u >> ids.m) & 1)
            + 2 * ((ids.scalar_v >> (ids.m - 1)) & 1)
            + ((ids.scalar_u >> (ids.m - 1)) & 1)
        )
    %}
    serialize_word(quad_bit);
    return ();
}

func split_xx{output_ptr: felt*}(xx: Uint256) {
    alloc_locals;
    local x: Uint256;
    %{
        PRIME = 2**255 - 19
        II = pow(2, (PRIME - 1) // 4, PRIME)

        xx = ids.xx.low + (ids.xx.high<<128)
        x = pow(xx, (PRIME + 3) // 8, PRIME)
        if (x * x - xx) % PRIME != 0:
            x = (x * II) % PRIME
        if x % 2 != 0:
            x = PRIME - x
        ids.x.low = x & ((1<<128)-1)
        ids.x.high = x >> 128
    %}
    serialize_word(x.low);
    serialize_word(x.high);
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    let n = BigInt3(
        10428087374290690730508609, 77371252455330678278691517, 19342813113834066795298815
    );
    div_mod_n_packed(BigInt3(12345, 678, 9), BigInt3(3, 0, 0), n);
    div_mod_n_packed(BigInt3(2 ** 85, 2 ** 80 + 7, 2 ** 70), BigInt3(99, 2 ** 60, 1), n);
    // A negative limb packs as a negative int, reduced modulo N.
    div_mod_n_packed(BigInt3(-5, 0, 0), BigInt3(7, 0, 0), n);
    sub_a_b(BigInt3(100, 200, 300), BigInt3(1, 2, 3));
    sub_a_b(BigInt3(0, 0, 2 ** 80), BigInt3(2 ** 85, 2 ** 85, 0));
    product_mod_and_quotient(BigInt3(2 ** 85, 2 ** 85, 2 ** 84), BigInt3(7, 8, 9), n);
    product_mod_and_quotient(BigInt3(123, 0, 0), BigInt3(456, 0, 0), BigInt3(1000, 0, 0));
    x_div_s_mod_n(BigInt3(2 ** 85, 12, 2 ** 83), BigInt3(17, 2 ** 50, 3));
    x_div_s_mod_n(BigInt3(1, 0, 0), BigInt3(2, 0, 0));
    // secp256k1's prime as BigInt3.
    let secp_p = BigInt3(
        77371252455336262886226991, 77371252455336267181195263, 19342813113834066795298815
    );
    bigint_div_mod(BigInt5(1, 2, 3, 4, 5), BigInt3(7, 0, 0), secp_p);
    bigint_div_mod(BigInt5(2 ** 85, 0, 2 ** 85, 0, 1), BigInt3(2 ** 80, 2 ** 70, 5), secp_p);
    div_mod_secp256r1_n(BigInt3(1, 0, 0), BigInt3(3, 0, 0));
    double_slope_secp256r1(
        EcPoint(
            BigInt3(
                0x3a7ee7f4fe5c7f2d6d9ad2, 0x3c3bdd40afd4a52f2d37e8, 0x1b4cee59e4df1ea8ae6e3d
            ),
            BigInt3(
                0x25ad66f5af6ee3dc2c45a2, 0x2a3fa0ff5b4c11b9c0b8ba, 0x13f0ed3d7ea1b8e20d5fd4
            ),
        ),
    );
    hi_max_bitlen(BigInt3(0, 0, 2 ** 70 + 3), BigInt3(1, 2, 5));
    hi_max_bitlen(BigInt3(7, 0, 0), BigInt3(0, 0, 0));
    di_bit(0x6b, 0x35, 0);
    di_bit(0x6b, 0x35, 2);
    di_bit(2 ** 250, 2 ** 250 + 2 ** 100, 250);
    quad_bit(0x6b, 0x35, 1);
    quad_bit(0x6b, 0x35, 5);
    quad_bit(2 ** 250, 2 ** 250 + 2 ** 100, 250);
    quad_bit(5, 7, 2 ** 200);
    split_xx(Uint256(4, 0));
    split_xx(Uint256(0x9f1a2b3c4d5e6f708192a3b4c5d6e7f8, 0x0123456789abcdef0123456789abcdef));
    split_xx(Uint256(2 ** 128 - 1, 2 ** 100));
    return ();
}
