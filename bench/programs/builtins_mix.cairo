// Every builtin of the starknet_with_keccak layout in each of N rounds: a Pedersen and a Poseidon
// hash, a range check, an ECDSA signature check, bitwise operations, an ec_op on the STARK curve
// and a keccak builtin hash. (The mod builtins are in no layout that cairo-run's --layout offers.)
// bench: python_n=40
%builtins output pedersen range_check ecdsa bitwise ec_op keccak poseidon

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.bitwise import bitwise_and, bitwise_xor
from starkware.cairo.common.builtin_keccak.keccak import keccak_uint256s
from starkware.cairo.common.builtin_poseidon.poseidon import poseidon_hash
from starkware.cairo.common.cairo_builtins import (
    BitwiseBuiltin,
    EcOpBuiltin,
    HashBuiltin,
    KeccakBuiltin,
    PoseidonBuiltin,
    SignatureBuiltin,
)
from starkware.cairo.common.ec import ec_op
from starkware.cairo.common.ec_point import EcPoint
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.math import assert_nn
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.signature import verify_ecdsa_signature
from starkware.cairo.common.uint256 import Uint256

const N = 2000;

// A signature of pedersen(1, 2) by the private key 0x1234567890abcdef.
const MESSAGE = 0x5bb9440e27889a364bcb678b1f679ecd1347acdedcbf36e83494f857cc58026;
const PUBLIC_KEY = 0x2abbefdcbf731195ee2acd186441eb536e86f888327b3655cffbd07b57dbf26;
const SIG_R = 0x40da36e9eaa98ea0f996e31b1ba1e2af819778b1cbdc745475eeab1a80e23de;
const SIG_S = 0x7f7e781203dfbcad35a3c94df8870611c3eeae7661c2acfd0c783ab8a1f5cc7;
const PUBLIC_KEY_Y = 0x4341be0b9057298627f3b0b71c417857e34f8b52101c37427a1213277e7f5b8;
const GEN_X = 0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfca;
const GEN_Y = 0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1f;

func rounds{
    pedersen_ptr: HashBuiltin*,
    range_check_ptr,
    ecdsa_ptr: SignatureBuiltin*,
    bitwise_ptr: BitwiseBuiltin*,
    ec_op_ptr: EcOpBuiltin*,
    keccak_ptr: KeccakBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
}(i: felt, acc: felt) -> felt {
    alloc_locals;
    if (i == 0) {
        return acc;
    }
    let (h) = hash2{hash_ptr=pedersen_ptr}(acc, i);
    let (p) = poseidon_hash(h, i);
    assert_nn(i);
    verify_ecdsa_signature(MESSAGE, PUBLIC_KEY, SIG_R, SIG_S);
    let (x) = bitwise_xor(i * 0x10001, 0xabcdef);
    let (y) = bitwise_and(x, 0xff00ff);
    let (r) = ec_op(EcPoint(GEN_X, GEN_Y), i + 2, EcPoint(PUBLIC_KEY, PUBLIC_KEY_Y));
    let (local words: Uint256*) = alloc();
    assert words[0] = Uint256(i, y);
    let (k) = keccak_uint256s(n_elements=1, elements=words);
    return rounds(i - 1, p + r.x + k.low);
}

func main{
    output_ptr: felt*,
    pedersen_ptr: HashBuiltin*,
    range_check_ptr,
    ecdsa_ptr: SignatureBuiltin*,
    bitwise_ptr: BitwiseBuiltin*,
    ec_op_ptr: EcOpBuiltin*,
    keccak_ptr: KeccakBuiltin*,
    poseidon_ptr: PoseidonBuiltin*,
}() {
    let result = rounds(N, 0);
    serialize_word(result);
    return ();
}
