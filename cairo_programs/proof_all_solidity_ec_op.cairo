// cairovm: proof-mode
// cairovm: layout=all_solidity
// cairovm: args=--print_output --print_info
// Proof mode on layout all_solidity: an ec_op instance (ratio 256) and a range check; the
// program's builtin list leaves pedersen, ecdsa and bitwise out (their segments stay empty).
%builtins output range_check ec_op

from starkware.cairo.common.cairo_builtins import EcOpBuiltin
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.serialize import serialize_word

const GX = 0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca;
const GY = 0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f;
const SX = 0x49ee3eba8c1600700ee1b87eb599f16716b0b1022947733551fde4050ca6804;
const SY = 0x3ca0cfe4b3bc6ddf346d49d06ea0ed34e621062c0e056c1d0405d266e10268a;

func main{output_ptr: felt*, range_check_ptr, ec_op_ptr: EcOpBuiltin*}() {
    assert ec_op_ptr.p = EcPoint(SX, SY);
    assert ec_op_ptr.q = EcPoint(GX, GY);
    assert ec_op_ptr.m = 1000;
    serialize_word(ec_op_ptr.r.x);
    serialize_word(ec_op_ptr.r.y);
    let ec_op_ptr = ec_op_ptr + EcOpBuiltin.SIZE;
    assert [range_check_ptr] = 7;
    let range_check_ptr = range_check_ptr + 1;
    return ();
}
