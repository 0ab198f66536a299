// cairovm: layout=dynamic
// cairovm: layout_params=mod_builtin_circuit.layout.json
// cairovm: args=--print_output --print_segments
// The keccak and ec_op builtins on a dynamic layout: one permutation of a nonzero state and one
// p + m * q on the STARK curve, next to unused builtins of the same layout (ecdsa, poseidon,
// add_mod) whose segments are still created.
%builtins output ecdsa ec_op keccak poseidon add_mod

from starkware.cairo.common.cairo_builtins import EcOpBuiltin, KeccakBuiltin
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.keccak_state import KeccakBuiltinState
from starkware.cairo.common.serialize import serialize_word

func main{
    output_ptr: felt*, ecdsa_ptr, ec_op_ptr: EcOpBuiltin*, keccak_ptr: KeccakBuiltin*, poseidon_ptr, add_mod_ptr
}() {
    assert keccak_ptr.input = KeccakBuiltinState(1, 2, 3, 4, 5, 6, 7, 2 ** 200 - 1);
    serialize_word(keccak_ptr.output.s0);
    serialize_word(keccak_ptr.output.s7);
    let keccak_ptr = keccak_ptr + KeccakBuiltin.SIZE;

    assert ec_op_ptr.p = EcPoint(
        0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804,
        0x3ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a,
    );
    assert ec_op_ptr.q = EcPoint(
        0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca,
        0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f,
    );
    assert ec_op_ptr.m = 123456789;
    serialize_word(ec_op_ptr.r.x);
    serialize_word(ec_op_ptr.r.y);
    let ec_op_ptr = ec_op_ptr + EcOpBuiltin.SIZE;
    return ();
}
