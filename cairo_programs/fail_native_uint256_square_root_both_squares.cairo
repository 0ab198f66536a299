// cairovm: native-only
// cairovm: expect=error
// uint256's get_square_root hint when both x and generator * x are squares: the hint's
// assertion that exactly one of them is.
%builtins output

from starkware.cairo.common.uint256 import Uint256

func square_root(x: Uint256, p: Uint256, generator: Uint256) {
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
    return ();
}

func main{output_ptr: felt*}() {
    square_root(
        Uint256(4, 0),
        Uint256(0xfffffffffffffffffffffffefffffc2f, 0xffffffffffffffffffffffffffffffff),
        Uint256(9, 0),
    );
    return ();
}
