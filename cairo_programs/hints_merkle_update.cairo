// cairovm: needs-python
// merkle_update with the authentication path from this program's hint, merkle_multi_update with
// a preimage dict from this program's hint (read natively).
%builtins output pedersen range_check

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import HashBuiltin
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.merkle_multi_update import merkle_multi_update
from starkware.cairo.common.merkle_update import merkle_update
from starkware.cairo.common.serialize import serialize_word

func single_update{output_ptr: felt*, pedersen_ptr: HashBuiltin*}(index: felt) {
    %{
        from starkware.crypto.signature.fast_pedersen_hash import pedersen_hash
        # Siblings of leaf ids.index in a tree of height 4 whose leaves are 100 + i, popped from
        # the end: the last element is the leaf's sibling.
        level = [100 + i for i in range(16)]
        index = ids.index
        auth_path = []
        for _ in range(4):
            auth_path.append(level[index ^ 1])
            level = [pedersen_hash(level[2 * i], level[2 * i + 1]) for i in range(len(level) // 2)]
            index //= 2
        auth_path.reverse()
    %}
    let hash_ptr = pedersen_ptr;
    let (prev_root, new_root) = merkle_update{hash_ptr=hash_ptr}(
        height=4, prev_leaf=100 + index, new_leaf=7, index=index
    );
    let pedersen_ptr = hash_ptr;
    serialize_word(prev_root);
    serialize_word(new_root);
    return ();
}

func multi_update{output_ptr: felt*, pedersen_ptr: HashBuiltin*}() {
    alloc_locals;
    local prev_root;
    local new_root;
    let (local updates: DictAccess*) = alloc();
    %{
        from starkware.cairo.common.small_merkle_tree import MerkleTree
        tree = MerkleTree(tree_height=5, default_leaf=0)
        ids.prev_root = tree.compute_merkle_root([(i, i * i) for i in range(32)])
        changes = [(3, 33), (4, 44), (31, 1)]
        ids.new_root = tree.compute_merkle_root(changes)
        preimage = tree.preimage
        for i, (key, value) in enumerate(changes):
            base = ids.updates.address_ + i * ids.DictAccess.SIZE
            memory[base + ids.DictAccess.key] = key
            memory[base + ids.DictAccess.prev_value] = key * key
            memory[base + ids.DictAccess.new_value] = value
    %}
    let hash_ptr = pedersen_ptr;
    merkle_multi_update{hash_ptr=hash_ptr}(
        update_ptr=updates, n_updates=3, height=5, prev_root=prev_root, new_root=new_root
    );
    let pedersen_ptr = hash_ptr;
    serialize_word(prev_root);
    serialize_word(new_root);
    return ();
}

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr}() {
    single_update(0);
    single_update(13);
    multi_update();
    return ();
}
