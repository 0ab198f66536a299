// cairovm: native-only
// Hint strings of older cairo-lang versions and of libraries built on cairo_secp, which cairovm
// runs natively with the implementation of the current library's hint: SECP_P and N taken from
// the scope, nondet_bigint3 and is_zero without blank lines, sha256's full_word of 0.10.
%builtins output

from starkware.cairo.common.cairo_secp.bigint import BigInt3
from starkware.cairo.common.serialize import serialize_word

struct Point {
    x: BigInt3,
    y: BigInt3,
}

func print_bigint{output_ptr: felt*}(v: BigInt3) {
    serialize_word(v.d0);
    serialize_word(v.d1);
    serialize_word(v.d2);
    return ();
}

// Writes the scope's `value` to a new BigInt3 (nondet_bigint3 without the blank line).
func value_to_bigint{output_ptr: felt*}() {
    alloc_locals;
    local res: BigInt3;
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import split
        segments.write_arg(ids.res.address_, split(value))
    %}
    print_bigint(res);
    return ();
}

func full_word{output_ptr: felt*}(n_bytes: felt) {
    alloc_locals;
    local full_word;
    %{ ids.full_word = int(ids.n_bytes >= 4) %}
    serialize_word(full_word);
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local x: BigInt3 = BigInt3(5, 6, 7);
    local zero: BigInt3 = BigInt3(0, 0, 0);
    local p0: Point = Point(BigInt3(1, 2, 3), BigInt3(4, 5, 6));
    local p1: Point = Point(BigInt3(7, 8, 9), BigInt3(10, 11, 12));
    local slope: BigInt3 = BigInt3(13, 14, 15);

    // SECP_P in the scope is secp256r1's prime from here on.
    %{ from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_P as SECP_P %}
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        value = pack(ids.x, PRIME) % SECP_P
    %}
    value_to_bigint();

    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        x = pack(ids.x, PRIME) % SECP_P
    %}
    %{ memory[ap] = int(x == 0) %}
    tempvar x_is_zero;
    serialize_word(x_is_zero);
    %{
        from starkware.python.math_utils import div_mod

        value = x_inv = div_mod(1, x, SECP_P)
    %}
    value_to_bigint();

    let val = zero;
    local q;
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack

        q, r = divmod(pack(ids.val, PRIME), SECP_P)
        assert r == 0, f"verify_zero: Invalid input {ids.val.d0, ids.val.d1, ids.val.d2}."
        ids.q = q % PRIME
    %}
    serialize_word(q);

    let point0 = p0;
    let point1 = p1;
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        from starkware.python.math_utils import line_slope

        # Compute the slope.
        x0 = pack(ids.point0.x, PRIME)
        y0 = pack(ids.point0.y, PRIME)
        x1 = pack(ids.point1.x, PRIME)
        y1 = pack(ids.point1.y, PRIME)
        value = slope = line_slope(point1=(x0, y0), point2=(x1, y1), p=SECP_P)
    %}
    value_to_bigint();

    let point = p0;
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack

        slope = pack(ids.slope, PRIME)
        x = pack(ids.point.x, PRIME)
        y = pack(ids.point.y, PRIME)

        value = new_x = (pow(slope, 2, SECP_P) - 2 * x) % SECP_P
    %}
    value_to_bigint();

    // secp256k1's SECP_P again, imported without the blank line.
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack
        x = pack(ids.x, PRIME) % SECP_P
    %}
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import SECP_P
        from starkware.python.math_utils import div_mod

        value = x_inv = div_mod(1, x, SECP_P)
    %}
    value_to_bigint();

    // div_mod_n with N from the scope (imported by the first hint) and the quotient plus one.
    let a = x;
    let b = slope;
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import N, pack
        from starkware.python.math_utils import div_mod, safe_div

        a = pack(ids.a, PRIME)
        b = pack(ids.b, PRIME)
        value = res = div_mod(a, b, N)
    %}
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        from starkware.python.math_utils import div_mod, safe_div

        a = pack(ids.a, PRIME)
        b = pack(ids.b, PRIME)
        value = res = div_mod(a, b, N)
    %}
    value_to_bigint();
    %{ value = k_plus_one = safe_div(res * b - a, N) + 1 %}
    value_to_bigint();

    full_word(3);
    full_word(4);
    full_word(100);
    return ();
}
