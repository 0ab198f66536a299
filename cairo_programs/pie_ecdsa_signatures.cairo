// cairovm: pie
// cairovm: layout=small
// cairovm: args=--print_output
// A Cairo PIE of a run with the ecdsa builtin: the signatures registered by
// verify_ecdsa_signature go into the additional data (each as [[segment, offset], [r, s]]),
// with the pedersen cells checked and the builtins' instance counts.
%builtins output pedersen range_check ecdsa

from starkware.cairo.common.cairo_builtins import HashBuiltin, SignatureBuiltin
from starkware.cairo.common.hash import hash2
from starkware.cairo.common.serialize import serialize_word
from starkware.cairo.common.signature import verify_ecdsa_signature

const PUBLIC_KEY = 0x2abbefdcbf731195ee2acd186441eb536e86f888327b3655cffbd07b57dbf26;

func main{output_ptr: felt*, pedersen_ptr: HashBuiltin*, range_check_ptr, ecdsa_ptr: SignatureBuiltin*}() {
    verify_ecdsa_signature(
        message=0x55,
        public_key=PUBLIC_KEY,
        signature_r=0x7d304886a2858dc1aa274eb2a475de3adb797ddf36aef4d02dbc654c79325c3,
        signature_s=0x2d9bfdcf8df55be726567378e951af0ab9d22197b6b6e282d344a8bde0918a6,
    );
    verify_ecdsa_signature(
        message=0x7a3b,
        public_key=PUBLIC_KEY,
        signature_r=0x1ab0d7012e6587d26067f2133e568ca563e570865495c8fcbfa4ca317242089,
        signature_s=0x12835881496b68bab09cbdee792b11ab56af385eb40a52ce0b566e55fcbc9e,
    );
    let (h) = hash2{hash_ptr=pedersen_ptr}(0x55, 0x7a3b);
    serialize_word(h);
    return ();
}
