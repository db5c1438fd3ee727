from Crypto.Cipher import AES, DES, ARC4
from Cryptodome.Cipher import DES3 as TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
import pyDes


def encrypt(key: bytes, iv: bytes, data: bytes):
    # ruleid: py-weak-cipher
    a = DES.new(key, DES.MODE_CBC, iv)
    # ruleid: py-weak-cipher
    b = ARC4.new(key)
    # ruleid: py-weak-cipher
    c = TripleDES.new(key, TripleDES.MODE_EAX)
    # ruleid: py-weak-cipher
    d = AES.new(key, AES.MODE_ECB)
    # ruleid: py-weak-cipher
    e = Cipher(algorithms.TripleDES(key), modes.CBC(iv))
    # ruleid: py-weak-cipher
    f = Cipher(algorithms.AES(key), modes.ECB())
    # ruleid: py-weak-cipher
    g = pyDes.des(key)
    # ok: py-weak-cipher
    h = AES.new(key, AES.MODE_GCM)
    # ok: py-weak-cipher
    i = Cipher(algorithms.AES(key), modes.GCM(iv))
    # ok: py-weak-cipher (a dictionary's new(), not a cipher)
    j = registry.new(key, mode="ECB")
    return a, b, c, d, e, f, g, h, i, j
