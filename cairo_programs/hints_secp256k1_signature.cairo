// cairovm: layout=all_solidity
// cairovm: native-only
// cairovm: slow
// secp256k1 signature verification (cairo_secp/signature.cairo): verify_eth_signature and its
// uint256 variant recover the public key of a signature we made (div_mod_n, get_point_from_x,
// ec_mul, ec_negate, ec_add) and compare its keccak-derived Ethereum address.
%builtins output pedersen range_check ecdsa bitwise

from starkware.cairo.common.alloc import alloc
from starkware.cairo.common.cairo_builtins import BitwiseBuiltin
from starkware.cairo.common.cairo_keccak.keccak import finalize_keccak
from starkware.cairo.common.cairo_secp.bigint3 import BigInt3
from starkware.cairo.common.cairo_secp.signature import recover_public_key, verify_eth_signature
from starkware.cairo.common.serialize import serialize_word

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, ecdsa_ptr, bitwise_ptr: BitwiseBuiltin*}(
    ) {
    alloc_locals;
    let msg_hash = BigInt3(
        44205422230652227180839845, 12092291000326614510354264, 9992123261862318790810462
    );
    let r = BigInt3(
        9929090181393230932961750, 53875884293357435117335174, 1661545455520786227604378
    );
    let s = BigInt3(
        71474115116394766962633507, 27426591696945806355862866, 4075353944518895961691384
    );
    let (public_key) = recover_public_key(msg_hash=msg_hash, r=r, s=s, v=0);
    serialize_word(public_key.x.d0);
    serialize_word(public_key.x.d1);
    serialize_word(public_key.x.d2);
    serialize_word(public_key.y.d0);
    serialize_word(public_key.y.d1);
    serialize_word(public_key.y.d2);

    let (local keccak_ptr_start: felt*) = alloc();
    let keccak_ptr = keccak_ptr_start;
    with keccak_ptr {
        verify_eth_signature(
            msg_hash=msg_hash, r=r, s=s, v=0, eth_address=0x1be31a94361a391bbafb2a4ccd704f57dc04d4bb
        );
    }
    finalize_keccak(keccak_ptr_start=keccak_ptr_start, keccak_ptr_end=keccak_ptr);
    return ();
}
