// cairovm: needs-python
// cairovm: expect=error
// cairovm: stderr=no-python-traceback
// ecdsa_builtin.add_signature pointed at a message cell: the builtin's assertion, raised in
// the hint.
%builtins ecdsa

from starkware.cairo.common.cairo_builtins import SignatureBuiltin

func main{ecdsa_ptr: SignatureBuiltin*}() {
    %{ ecdsa_builtin.add_signature(ids.ecdsa_ptr.address_ + 1, (1, 2)) %}
    return ();
}
