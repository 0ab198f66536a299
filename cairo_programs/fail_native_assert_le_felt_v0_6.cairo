// cairovm: native-only
// cairovm: expect=error
// assert_le_felt's hint of cairo-lang 0.6 with a > b.
%builtins output

func assert_le_felt(a: felt, b: felt) {
    %{
        from starkware.cairo.common.math_utils import assert_integer
        assert_integer(ids.a)
        assert_integer(ids.b)
        assert (ids.a % PRIME) <= (ids.b % PRIME), \
            f'a = {ids.a % PRIME} is not less than or equal to b = {ids.b % PRIME}.'
    %}
    return ();
}

func main{output_ptr: felt*}() {
    assert_le_felt(-1, 5);
    return ();
}
