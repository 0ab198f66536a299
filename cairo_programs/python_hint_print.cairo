// cairovm: needs-python
// cairovm: args=--print_output
// Custom Python hints: print() from a hint (goes to stdout before "Program output:"), a hint
// that computes a value into a local through ids, and a scope variable carried between hints.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*}() {
    alloc_locals;
    local x;
    local y;
    %{ print("hello from a hint") %}
    %{
        ids.x = sum(range(10))
        carried = ids.x * 3
    %}
    %{ ids.y = carried + 1 %}
    serialize_word(x);
    serialize_word(y);
    %{ print(f"x={ids.x} y={ids.y} ap={ap - fp}") %}
    return ();
}
