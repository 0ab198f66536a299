// cairovm: needs-python
// cairovm: expect=error
// merkle_multi_update at height 0 with a new root that is not the updated leaf: the native hint
// reports the reference's "Expected node ... Got ...".
%builtins pedersen

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.merkle_multi_update import merkle_multi_update

func main{pedersen_ptr: HashBuiltin*}() {
    alloc_locals;
    let (local updates: DictAccess*) = alloc();
    assert updates[0] = DictAccess(key=0, prev_value=4, new_value=5);
    %{ preimage = {} %}
    let hash_ptr = pedersen_ptr;
    merkle_multi_update{hash_ptr=hash_ptr}(
        update_ptr=updates, n_updates=1, height=0, prev_root=4, new_root=6
    );
    let pedersen_ptr = hash_ptr;
    return ();
}
