// cairovm: needs-python
// cairovm: layout=starknet
// patricia_with_sponge's patricia_update with the Poseidon builtin as the hash (SpongeHashBuiltin,
// whose members sit at other offsets than HashBuiltin's): the preimage comes from this program's
// own hint (a Python dict), which the native Patricia hints read.
%builtins output range_check poseidon

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import PoseidonBuiltin
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.patricia_with_sponge import patricia_update
from starkware.cairo.common.sponge_as_hash import SpongeHashBuiltin
from starkware.cairo.common.serialize import serialize_word

const HEIGHT = 10;

// Writes the updates leaf index -> (prev, new) of `prev_leaves`/`new_leaves` (program_input-free:
// the lists are in the hint) and the two roots; `preimage` holds every node of both trees.
func run_case{output_ptr: felt*, range_check_ptr, poseidon_ptr: PoseidonBuiltin*}(case_id: felt) {
    alloc_locals;
    local prev_root;
    local new_root;
    local n_updates;
    let (local updates: DictAccess*) = alloc();
    %{
        from starkware.cairo.common.poseidon_hash import poseidon_hash as pedersen_hash

        cases = {
            0: ({1: 5, 700: 7}, {1: 6, 700: 7, 3: 9}),
            1: ({}, {0: 1, 1023: 2}),
            2: ({10: 1, 11: 2, 12: 3}, {10: 0, 11: 2, 12: 4, 600: 8}),
            3: ({5: 5}, {5: 0}),
        }
        prev_leaves, new_leaves = cases[ids.case_id]
        preimage = {}

        def hash_node(node):
            length, path, bottom = node
            if length == 0:
                return bottom
            res = pedersen_hash(bottom, path) + length
            preimage[res] = node
            return res

        def build(height, first, leaves):
            if height == 0:
                return (0, 0, leaves.get(first, 0))
            half = 2 ** (height - 1)
            left = build(height - 1, first, leaves)
            right = build(height - 1, first + half, leaves)
            if left == (0, 0, 0) and right == (0, 0, 0):
                return (0, 0, 0)
            if right == (0, 0, 0):
                return (left[0] + 1, left[1], left[2])
            if left == (0, 0, 0):
                return (right[0] + 1, right[1] + 2 ** right[0], right[2])
            children = (hash_node(left), hash_node(right))
            node_hash = pedersen_hash(*children)
            preimage[node_hash] = children
            return (0, 0, node_hash)

        ids.prev_root = hash_node(build(ids.HEIGHT, 0, prev_leaves))
        ids.new_root = hash_node(build(ids.HEIGHT, 0, new_leaves))
        keys = sorted(set(prev_leaves) | set(new_leaves))
        ids.n_updates = len(keys)
        for i, key in enumerate(keys):
            base = ids.updates.address_ + i * ids.DictAccess.SIZE
            memory[base + ids.DictAccess.key] = key
            memory[base + ids.DictAccess.prev_value] = prev_leaves.get(key, 0)
            memory[base + ids.DictAccess.new_value] = new_leaves.get(key, 0)
    %}
    let hash_ptr = cast(poseidon_ptr, SpongeHashBuiltin*);
    with hash_ptr {
        patricia_update(
            update_ptr=updates,
            n_updates=n_updates,
            height=HEIGHT,
            prev_root=prev_root,
            new_root=new_root,
        );
    }
    let poseidon_ptr = cast(hash_ptr, PoseidonBuiltin*);
    serialize_word(prev_root);
    serialize_word(new_root);
    return ();
}

func main{output_ptr: felt*, range_check_ptr, poseidon_ptr: PoseidonBuiltin*}() {
    run_case(0);
    run_case(1);
    run_case(2);
    run_case(3);
    return ();
}
