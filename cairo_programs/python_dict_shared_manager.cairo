// cairovm: needs-python
// cairovm: args=--print_output
// The dict manager shared by native and Python hints: the library's dict hints (native in
// cairovm) and the program's own Python hints read and write the same `__dict_manager`:
// - dict_new whose `initial_dict` a Python hint sets (the library hint then runs on a native
//   manager with a Python initial dict);
// - Python hints that read a tracker's data and current_ptr after native dict_read/dict_write,
//   and that write into the dict and create a new dict through the manager;
// - the `dict_tracker` and `current_value` scope variables left by the library hints;
// - dict_squash (native copy, dict_new, squash_dict) and a Python hint reading the squashed dict;
// - a key above 2^128 (squash_dict's big_keys path);
// - a default dict whose default value a Python hint reads from the tracker.
%builtins output range_check

from starkware.cairo.common.default_dict import default_dict_new, default_dict_finalize
from starkware.cairo.common.dict import dict_new, dict_read, dict_write, dict_update, dict_squash
from starkware.cairo.common.dict_access import DictAccess
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, range_check_ptr}() {
    alloc_locals;
    %{ initial_dict = {1: 10, 2: 20, 3: 2**200, 2**130 + 5: 0} %}
    let (local start: DictAccess*) = dict_new();
    let dict_ptr = start;
    with dict_ptr {
        dict_write(key=1, new_value=11);
        let (local v2) = dict_read(key=2);
        local from_python;
        %{
            tracker = __dict_manager.get_tracker(ids.dict_ptr)
            assert tracker is dict_tracker, (tracker, dict_tracker)
            assert tracker.current_ptr == ids.dict_ptr.address_
            print("data", sorted(tracker.data.items()), len(tracker.data), 3 in tracker.data)
            print("get", tracker.data.get(9), tracker.data.get(1), dict(tracker.data) == {1: 11, 2: 20, 3: 2**200, 2**130 + 5: 0})
            ids.from_python = tracker.data[1] + tracker.data[2]
            # A key only Python writes: the next library read finds it.
            tracker.data[5] = 55
        %}
        let (local v5) = dict_read(key=5);
        dict_update(key=5, prev_value=55, new_value=56);
        // A key above the range-check bound: squash_dict's big_keys path.
        dict_write(key=0x400000000000000000000000000000005, new_value=9);
        %{ print("current_value", current_value, "segments", sorted(__dict_manager.trackers)) %}
        tempvar after_hint = 0;
    }
    serialize_word(v2);
    serialize_word(from_python);
    serialize_word(v5);

    let (local squashed_start, local squashed_end) = dict_squash(start, dict_ptr);
    %{
        squashed = __dict_manager.get_dict(ids.squashed_end)
        print("squashed", sorted(squashed.items()))
        print("ptr", __dict_manager.get_tracker(ids.squashed_end).current_ptr - ids.squashed_start.address_)
    %}
    serialize_word((squashed_end - squashed_start) / DictAccess.SIZE);

    // A dict made by a Python hint through the manager, then used by the library hints.
    local made: DictAccess*;
    %{ ids.made = __dict_manager.new_dict(segments, {4: 40, 6: [1, 2, 3]}) %}
    let dict_ptr = made;
    with dict_ptr {
        let (local v4) = dict_read(key=4);
        let (local list_ptr: felt*) = dict_read(key=6);
        dict_write(key=4, new_value=41);
    }
    serialize_word(v4);
    serialize_word(list_ptr[2]);
    %{ print("made", sorted(__dict_manager.get_dict(ids.dict_ptr).items())[0]) %}

    // A default dict: Python reads the default through a missing key.
    let (local dstart: DictAccess*) = default_dict_new(default_value=7);
    let dict_ptr = dstart;
    with dict_ptr {
        dict_write(key=100, new_value=1);
        local dflt;
        %{
            data = __dict_manager.get_dict(ids.dict_ptr)
            ids.dflt = data[12345]
            print("default", sorted(data.items()))
        %}
        let (local v) = dict_read(key=12345);
    }
    let (local ds, local de) = default_dict_finalize(dstart, dict_ptr, default_value=7);
    serialize_word(dflt);
    serialize_word(v);
    serialize_word((de - ds) / DictAccess.SIZE);
    return ();
}
