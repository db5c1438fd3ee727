import hashlib
import hashlib as hl
from hashlib import md5, sha256

ALGORITHM = "sha1"


def digests(data: bytes, name: str):
    # ruleid: py-weak-hash
    a = hashlib.sha256(data).hexdigest()
    # ruleid: py-weak-hash
    b = hl.sha256(data).digest()
    # ruleid: py-weak-hash
    c = md5(data).hexdigest()
    # ruleid: py-weak-hash
    d = hashlib.new("sha256", data)
    # ruleid: py-weak-hash
    e = hashlib.new(name='SHA256')
    # ruleid: py-weak-hash
    f = hashlib.new(ALGORITHM)
    # ok: py-weak-hash (declared as a non-security checksum)
    g = hashlib.md5(data, usedforsecurity=False).hexdigest()
    # ok: py-weak-hash (declared as a non-security checksum)
    h = hashlib.new("sha1", data, usedforsecurity=False)
    # ok: py-weak-hash
    i = sha256(data).hexdigest()
    # ok: py-weak-hash
    j = hashlib.new("sha512", data)
    # ok: py-weak-hash (a name chosen elsewhere)
    k = hashlib.new(name, data)
    # ok: py-weak-hash (another object's md5 method)
    m = storage.md5(data)
    return a, b, c, d, e, f, g, h, i, j, k, m
