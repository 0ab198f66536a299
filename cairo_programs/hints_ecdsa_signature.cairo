// cairovm: layouts=dex,starknet,all_solidity,starknet_with_keccak
// cairovm: layout=small
// cairovm: native-only
// signature.cairo: verify_ecdsa_signature registers each signature with the ecdsa builtin (the
// hint's ecdsa_builtin.add_signature), which verifies it when the instance's cells are written;
// two signatures by one key.
%builtins output pedersen range_check ecdsa

from starkware.cairo.common.cairo_builtins import SignatureBuiltin
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.signature import verify_ecdsa_signature

const PUBLIC_KEY = 0x2abbefdcbf731195ee2acd186441eb536e86f888327b3655cffbd07b57dbf26;

func main{output_ptr: felt*, pedersen_ptr, range_check_ptr, ecdsa_ptr: SignatureBuiltin*}() {
    verify_ecdsa_signature(
        message=0x7a3b,
        public_key=PUBLIC_KEY,
        signature_r=0x1ab0d7012e6587d26067f2133e568ca563e570865495c8fcbfa4ca317242089,
        signature_s=0x12835881496b68bab09cbdee792b11ab56af385eb40a52ce0b566e55fcbc9e,
    );
    verify_ecdsa_signature(
        message=0x55,
        public_key=PUBLIC_KEY,
        signature_r=0x7d304886a2858dc1aa274eb2a475de3adb797ddf36aef4d02dbc654c79325c3,
        signature_s=0x2d9bfdcf8df55be726567378e951af0ab9d22197b6b6e282d344a8bde0918a6,
    );
    serialize_word(2);
    return ();
}
