// cairovm: native-only
// small_merkle_tree_update over dicts (plain and default), which runs merkle_multi_update with
// the preimage the small tree hint computed: no Python in the run.
%builtins output pedersen range_check

from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.default_dict import default_dict_new
from starkware.cairo.common.dict import dict_read, dict_squash, dict_update, dict_write
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.small_merkle_tree import small_merkle_tree_update

func tree_roots{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}(
    start: DictAccess*, end: DictAccess*, height: felt
) {
    alloc_locals;
    let (local squashed_start, local squashed_end) = dict_squash(start, end);
    local range_check_ptr = range_check_ptr;
    let hash_ptr = pedersen_ptr;
    let (prev_root, new_root) = small_merkle_tree_update{hash_ptr=hash_ptr}(
        squashed_dict_start=squashed_start, squashed_dict_end=squashed_end, height=height
    );
    let pedersen_ptr = hash_ptr;
    serialize_word(prev_root);
    serialize_word(new_root);
    return ();
}

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}() {
    alloc_locals;
    // Height 3: leaves 0..7, a few of them changed, one only read.
    let (local start) = default_dict_new(default_value=0);
    let dict_ptr = start;
    dict_write{dict_ptr=dict_ptr}(key=1, new_value=20);
    dict_write{dict_ptr=dict_ptr}(key=6, new_value=7);
    dict_update{dict_ptr=dict_ptr}(key=1, prev_value=20, new_value=21);
    let (v) = dict_read{dict_ptr=dict_ptr}(key=3);
    serialize_word(v);
    tree_roots(start, dict_ptr, 3);

    // Height 0: a single leaf.
    let (local single) = default_dict_new(default_value=5);
    let dict_ptr = single;
    dict_write{dict_ptr=dict_ptr}(key=0, new_value=9);
    tree_roots(single, dict_ptr, 0);

    // Height 10, sparse keys at both ends and in the middle.
    let (local sparse) = default_dict_new(default_value=0);
    let dict_ptr = sparse;
    dict_write{dict_ptr=dict_ptr}(key=0, new_value=1);
    dict_write{dict_ptr=dict_ptr}(key=1023, new_value=2);
    dict_write{dict_ptr=dict_ptr}(key=512, new_value=3);
    dict_write{dict_ptr=dict_ptr}(key=511, new_value=4);
    dict_write{dict_ptr=dict_ptr}(key=0, new_value=5);
    tree_roots(sparse, dict_ptr, 10);
    return ();
}
