// cairovm: needs-python
// cairovm: args=--print_output
// Exec scopes from Python hints: variables persist between hints of a scope; vm_enter_scope
// with a dict starts a scope that sees only that dict (not the outer variables, nor
// program_input); vm_exit_scope brings the outer scope back unchanged; a function defined in a
// hint keeps reading its scope's current variables; `del` removes a variable; the native
// vm_enter_scope() / vm_exit_scope() hints push and pop the same scopes.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func inner_work(k) -> felt {
    alloc_locals;
    local r;
    %{ vm_enter_scope() %}
    %{
        assert 'counter' not in globals() and 'program_input' not in globals()
        ids.r = ids.k * 3
    %}
    %{ vm_exit_scope() %}
    return r;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local a;
    local b;
    local c;
    local d;
    %{
        counter = 1
        items = ["x"]
        flag = True
        def current():
            return counter * 100 + len(items)
        assert program_input == {}
    %}
    %{
        counter += 1
        items.append("y")
        ids.a = current()
        vm_enter_scope({'counter': 50, 'base': ids.a, 'items': items})
    %}
    %{
        # Inside the new scope: only what the dict gave.
        assert 'current' not in globals() and 'flag' not in globals()
        counter += 1
        items.append("z")
        ids.b = counter + base
        vm_exit_scope()
    %}
    let r = inner_work(7);
    %{
        # Back in the main scope: its variables are as the earlier hints left them.
        assert flag is True, flag
        ids.c = current()
        del items
        assert 'items' not in globals()
        ids.d = counter
    %}
    %{ print("after del:", 'items' in globals(), "counter:", counter, "current:", current.__name__) %}
    serialize_word(a);
    serialize_word(b);
    serialize_word(c);
    serialize_word(d);
    serialize_word(r);
    return ();
}
