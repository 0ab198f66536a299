// cairovm: needs-python
// cairovm: args=--print_output
// `memory` and `segments` in Python hints: memory[ap] / memory[fp + k] writes and reads, values
// reduced modulo P, memory.get with a default, `in`, get_range; segments.add, gen_arg on nested
// lists (new segments), write_arg, load_data and segments.memory; ap/fp/pc/current_step.
%builtins output

from starkware.cairo.common.serialize import serialize_word

func sum_list(p: felt*, n) -> felt {
    if (n == 0) {
        return 0;
    }
    let rest = sum_list(p + 1, n - 1);
    return p[0] + rest;
}

func main{output_ptr: felt*}() {
    alloc_locals;
    local a;
    local b;
    local list: felt*;
    local nested: felt**;
    local data: felt*;
    %{
        memory[fp] = -1
        memory[fp + 1] = PRIME + 7
        assert memory[fp] == PRIME - 1 and memory[fp + 1] == 7
        assert fp in memory and (fp + 1000) not in memory
        assert memory.get(fp + 1000) is None and memory.get(fp + 1000, 5) == 5
        assert memory.get_range(fp, 2) == [PRIME - 1, 7]
        ids.list = segments.gen_arg([1, 2, 3, 4])
        ids.nested = segments.gen_arg([[10, 20], [30], []])
        ids.data = segments.add()
        end = segments.write_arg(ids.data, [100, -200, 300])
        assert end == ids.data + 3, end
        end = segments.load_data(end, [7, 8])
        segments.memory[end] = 9
        print("pc", pc, "ap - fp", ap - fp, "step", current_step, "n_segments", segments.n_segments)
        print("list", memory.get_range(ids.list, 4), "data", memory.get_range(ids.data, 6))
        print("nested", [memory[ids.nested + i] for i in range(3)])
    %}
    assert a = -1;
    assert b = 7;
    let s1 = sum_list(list, 4);
    let s2 = sum_list(nested[0], 2);
    let s3 = sum_list(data, 6);
    serialize_word(s1);
    serialize_word(s2 + nested[1][0]);
    serialize_word(s3);
    %{ memory[ap] = memory[fp] * 2 + ids.b %}
    let c = [ap];
    serialize_word(c);
    return ();
}
