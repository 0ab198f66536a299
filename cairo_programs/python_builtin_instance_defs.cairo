// cairovm: needs-python
// cairovm: layout=all_solidity
// cairovm: args=--print_output
// The builtin runners' layout parameters as Python hints see them: get_instance_def() and the
// attribute each of the reference's runners keeps its instance definition in (instance_def,
// bitwise_builtin, ec_op_builtin; n_parts and bound for range_check), and the ratio.
%builtins output pedersen range_check ecdsa bitwise ec_op

func main{
    output_ptr: felt*,
    pedersen_ptr: felt*,
    range_check_ptr: felt*,
    ecdsa_ptr: felt*,
    bitwise_ptr: felt*,
    ec_op_ptr: felt*,
}() {
    %{
        for name, runner in builtin_runners.items():
            if name == "output_builtin":
                # The reference's output runner has no name and no instance definition.
                print(name, type(runner).__name__, runner.included, runner.base,
                      hasattr(runner, "name"), hasattr(runner, "get_instance_def"))
                continue
            print(name, type(runner).__name__, runner.name, runner.included, runner.base,
                  runner.get_instance_def())
        for runner, attribute in [
            (pedersen_builtin, "instance_def"),
            (ecdsa_builtin, "instance_def"),
            (bitwise_builtin, "bitwise_builtin"),
            (ec_op_builtin, "ec_op_builtin"),
        ]:
            print(runner.name, getattr(runner, attribute) == runner.get_instance_def(), runner.ratio)
        print("range_check", range_check_builtin.n_parts, range_check_builtin.inner_rc_bound,
              range_check_builtin.bound, range_check_builtin.ratio)
        print("output", hasattr(output_builtin, "ratio"), hasattr(output_builtin, "instance_def"))
    %}
    return ();
}
