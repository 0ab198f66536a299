// cairovm: needs-python
// cairovm: expect=error
// cairovm: args=--print_output
// A Python hint raises inside a nested call, from a function that an earlier hint defined: the
// report has the hint's location, the error-message attribute, the Cairo traceback, then the
// Python traceback with both hints' frames mapped to their Cairo lines, ending in
// "ValueError: ...".
%builtins output

func check(x) {
    with_attr error_message("check failed for x={x}") {
        %{ validate(ids.x) %}
        tempvar y = x + 1;
    }
    return ();
}

func main{output_ptr: felt*}() {
    %{
        def validate(value):
            if value > 10:
                raise ValueError(f"value {value} is too large")
    %}
    check(3);
    check(11);
    return ();
}
