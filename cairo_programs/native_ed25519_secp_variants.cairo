// cairovm: native-only
// Hint strings of libraries built on cairo_secp that cairovm runs natively: field and curve
// operations over ed25519's field (`SECP_P = 2**255-19` assigned in the hint), secp256k1 slope
// and new_x hints whose points are named pt, pt0 and pt1, and secp256r1's doubling slope that
// packs against SECP256R1_P (a limb above PRIME / 2 stays positive).
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

// Writes the scope's `value` to a new BigInt3 and prints it.
func print_value{output_ptr: felt*}() {
    alloc_locals;
    local res: BigInt3;
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import split

        segments.write_arg(ids.res.address_, split(value))
    %}
    print_bigint(res);
    return ();
}

func ed_reduce{output_ptr: felt*}(x: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        SECP_P=2**255-19

        value = pack(ids.x, PRIME) % SECP_P
    %}
    print_value();
    return ();
}

// Prints 1 if x is 0 modulo 2**255-19, else 0 and x's inverse.
func ed_is_zero{output_ptr: felt*}(x: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        SECP_P=2**255-19

        x = pack(ids.x, PRIME) % SECP_P
    %}
    %{ memory[ap] = to_felt_or_relocatable(x == 0) %}
    jmp is_zero if [ap] != 0, ap++;
    serialize_word(0);
    %{
        SECP_P=2**255-19
        from starkware.python.math_utils import div_mod

        value = x_inv = div_mod(1, x, SECP_P)
    %}
    print_value();
    return ();

    is_zero:
    serialize_word(1);
    return ();
}

func ed_verify_zero{output_ptr: felt*}(val: BigInt3) {
    alloc_locals;
    local q: felt;
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        SECP_P = 2**255-19
        to_assert = pack(ids.val, PRIME)
        q, r = divmod(pack(ids.val, PRIME), SECP_P)
        assert r == 0, f"verify_zero: Invalid input {ids.val.d0, ids.val.d1, ids.val.d2}."
        ids.q = q % PRIME
    %}
    serialize_word(q);
    return ();
}

func ed_negate{output_ptr: felt*}(point: Point) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        SECP_P = 2**255-19

        y = pack(ids.point.y, PRIME) % SECP_P
        # The modulo operation in python always returns a nonnegative number.
        value = (-y) % SECP_P
    %}
    print_value();
    return ();
}

func ed_double_slope{output_ptr: felt*}(point: Point) {
    %{
        from starkware.python.math_utils import ec_double_slope
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        SECP_P = 2**255-19

        # Compute the slope.
        x = pack(ids.point.x, PRIME)
        y = pack(ids.point.y, PRIME)
        value = slope = ec_double_slope(point=(x, y), alpha=42204101795669822316448953119945047945709099015225996174933988943478124189485, p=SECP_P)
    %}
    print_value();
    return ();
}

func ed_double_new_x{output_ptr: felt*}(point: Point, slope: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        SECP_P = 2**255-19

        slope = pack(ids.slope, PRIME)
        x = pack(ids.point.x, PRIME)
        y = pack(ids.point.y, PRIME)

        value = new_x = (pow(slope, 2, SECP_P) - 2 * x) % SECP_P
    %}
    print_value();
    return ();
}

func ed_compute_slope{output_ptr: felt*}(point0: Point, point1: Point) {
    %{
        from starkware.python.math_utils import line_slope
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        SECP_P = 2**255-19
        # Compute the slope.
        x0 = pack(ids.point0.x, PRIME)
        y0 = pack(ids.point0.y, PRIME)
        x1 = pack(ids.point1.x, PRIME)
        y1 = pack(ids.point1.y, PRIME)
        value = slope = line_slope(point1=(x0, y0), point2=(x1, y1), p=SECP_P)
    %}
    print_value();
    return ();
}

func ed_add_new_x{output_ptr: felt*}(point0: Point, point1: Point, slope: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        SECP_P = 2**255-19

        slope = pack(ids.slope, PRIME)
        x0 = pack(ids.point0.x, PRIME)
        x1 = pack(ids.point1.x, PRIME)
        y0 = pack(ids.point0.y, PRIME)

        value = new_x = (pow(slope, 2, SECP_P) - x0 - x1) % SECP_P
    %}
    print_value();
    return ();
}

func pt_double_slope{output_ptr: felt*}(pt: Point) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack
        from starkware.python.math_utils import div_mod

        # Compute the slope.
        x = pack(ids.pt.x, PRIME)
        y = pack(ids.pt.y, PRIME)
        value = slope = div_mod(3 * x ** 2, 2 * y, SECP_P)
    %}
    print_value();
    return ();
}

func pt_compute_slope{output_ptr: felt*}(pt0: Point, pt1: Point) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack
        from starkware.python.math_utils import div_mod

        # Compute the slope.
        x0 = pack(ids.pt0.x, PRIME)
        y0 = pack(ids.pt0.y, PRIME)
        x1 = pack(ids.pt1.x, PRIME)
        y1 = pack(ids.pt1.y, PRIME)
        value = slope = div_mod(y0 - y1, x0 - x1, SECP_P)
    %}
    print_value();
    return ();
}

func pt_double_new_x{output_ptr: felt*}(pt: Point, slope: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack

        slope = pack(ids.slope, PRIME)
        x = pack(ids.pt.x, PRIME)
        y = pack(ids.pt.y, PRIME)

        value = new_x = (pow(slope, 2, SECP_P) - 2 * x) % SECP_P
    %}
    print_value();
    return ();
}

func pt_add_new_x{output_ptr: felt*}(pt0: Point, pt1: Point, slope: BigInt3) {
    %{
        from starkware.cairo.common.cairo_secp.secp_utils import SECP_P, pack

        slope = pack(ids.slope, PRIME)
        x0 = pack(ids.pt0.x, PRIME)
        x1 = pack(ids.pt1.x, PRIME)
        y0 = pack(ids.pt0.y, PRIME)

        value = new_x = (pow(slope, 2, SECP_P) - x0 - x1) % SECP_P
    %}
    print_value();
    return ();
}

func r1_double_slope{output_ptr: felt*}(point: Point) {
    %{
        from starkware.cairo.common.cairo_secp.secp256r1_utils import SECP256R1_ALPHA, SECP256R1_P
        from starkware.cairo.common.cairo_secp.secp_utils import pack
        from starkware.python.math_utils import ec_double_slope

        # Compute the slope.
        x = pack(ids.point.x, SECP256R1_P)
        y = pack(ids.point.y, SECP256R1_P)
        value = slope = ec_double_slope(point=(x, y), alpha=SECP256R1_ALPHA, p=SECP256R1_P)
    %}
    print_value();
    return ();
}

func main{output_ptr: felt*}() {
    alloc_locals;
    // 2**255-19 in 86-bit limbs, and a value above it.
    let p = BigInt3(d0=77371252455336267181195245, d1=77371252455336267181195263, d2=9671406556917033397649407);
    let big = BigInt3(d0=77371252455336267181195260, d1=77371252455336267181195263, d2=9671406556917033397649407);
    let a = BigInt3(d0=123456789, d1=987654321, d2=555);
    let b = BigInt3(d0=-5, d1=77, d2=1000000007);
    let zero = BigInt3(d0=0, d1=0, d2=0);
    let p0 = Point(x=a, y=b);
    let p1 = Point(x=b, y=BigInt3(d0=31, d1=41, d2=59));
    let neg = Point(x=BigInt3(d0=3, d1=-1, d2=-2), y=BigInt3(d0=-7, d1=5, d2=-1));

    ed_reduce(big);
    ed_reduce(b);
    ed_is_zero(p);
    ed_is_zero(a);
    ed_is_zero(zero);
    ed_verify_zero(p);
    ed_verify_zero(zero);
    ed_negate(p0);
    ed_double_slope(p0);
    ed_double_new_x(p0, a);
    ed_compute_slope(p0, p1);
    ed_add_new_x(p0, p1, b);
    pt_double_slope(p0);
    pt_compute_slope(p0, p1);
    pt_double_new_x(p1, a);
    pt_add_new_x(p0, p1, b);
    r1_double_slope(p0);
    r1_double_slope(neg);
    return ();
}
