// Dictionary operations: N rounds of writes, reads and updates on KEYS keys of a default dict,
// then the dict squashed and finalized by the common library.
// bench: python_n=400
%builtins output range_check

from starkware.cairo.common.default_dict import default_dict_new, default_dict_finalize
from starkware.cairo.common.dict import dict_read, dict_update, dict_write
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.math import unsigned_div_rem
from starkware.cairo.common.serialize import serialize_word

const N = 25000;
const KEYS = 1024;

func rounds{range_check_ptr, dict_ptr: DictAccess*}(round: felt, key: felt, total: felt) -> felt {
    alloc_locals;
    if (round == 0) {
        return total;
    }
    let (old) = dict_read(key);
    dict_write(key, old + round);
    dict_update(key, old + round, old + 2 * round);
    let (other, _) = unsigned_div_rem(key * 31 + 7, 3);
    let (value) = dict_read(other);
    let (_, next_key) = unsigned_div_rem(key + 577, KEYS);
    return rounds(round - 1, next_key, total + value);
}

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    let (local start: DictAccess*) = default_dict_new(default_value=5);
    let dict_ptr = start;
    let total = rounds{dict_ptr=dict_ptr}(N, 0, 0);
    let (squashed_start, squashed_end) = default_dict_finalize(start, dict_ptr, 5);
    serialize_word(total);
    serialize_word((squashed_end - squashed_start) / DictAccess.SIZE);
    return ();
}
