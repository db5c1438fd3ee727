# preflight-bench: vulnerable CWE-327 sink-line: 6
from Crypto.Cipher import DES


def encrypt(key: bytes, block: bytes) -> bytes:
    cipher = DES.new(key, DES.MODE_ECB)
    return cipher.encrypt(block)
