// cairovm: needs-python
// cairovm: args=--print_output
// cairovm: input=python_program_input.input.json
// `program_input` (cairo-run's --program_input JSON) in the main scope of Python hints: numbers
// (one beyond 64 bits, one negative), a list written to memory with segments.gen_arg, nested
// objects and strings.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func sum(p: felt*, n) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = sum(p + 1, n - 1);
    return p[0] + rest;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local n;
    local values: felt*;
    local big;
    local negative;
    local name_length;
    %{
        ids.n = len(program_input["values"])
        ids.values = segments.gen_arg(program_input["values"])
        ids.big = program_input["nested"]["big"]
        ids.negative = program_input["nested"]["negative"]
        ids.name_length = len(program_input["name"])
        print("input keys:", sorted(program_input))
    %}
    serialize_word(n);
    let total = sum(values, n);
    serialize_word(total);
    serialize_word(big);
    serialize_word(negative);
    serialize_word(name_length);
    return ();
}
