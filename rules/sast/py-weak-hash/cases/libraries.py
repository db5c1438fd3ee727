from Crypto.Hash import MD5, SHA1, SHA256
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric import padding


def digests(data: bytes, key: bytes, public_key):
    # ruleid: py-weak-hash
    a = MD5.new(data).hexdigest()
    # ruleid: py-weak-hash
    b = SHA1.new(data).digest()
    # ruleid: py-weak-hash
    c = hashes.Hash(hashes.MD5())
    # ruleid: py-weak-hash
    d = hashes.Hash(hashes.SHA1())
    # ok: py-weak-hash
    e = SHA256.new(data).hexdigest()
    # ok: py-weak-hash
    f = hashes.Hash(hashes.SHA256())
    # ok: py-weak-hash (HMAC-SHA1 is not affected by collisions)
    g = hmac.HMAC(key, hashes.SHA1())
    # ok: py-weak-hash (SHA-1 inside OAEP padding is not a digest of the data)
    h = public_key.encrypt(data, padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None))
    return a, b, c, d, e, f, g, h
