// cairovm: needs-python
// cairovm: expect=error
// cairovm: args=--print_output
// A Python hint that does not compile: the reference compiles every hint when it loads the
// program, so the run fails before its first step with "Got an exception while compiling a
// hint." at that hint, then Python's description of the syntax error (file and line mapped to
// the Cairo source), even though the hint would never run.
%builtins output

func never_called() {
    %{
        x = [1, 2
        y = 3
    %}
    return ();
}

func main{output_ptr: felt*}() {
    %{ print("this hint is fine") %}
    return ();
}
