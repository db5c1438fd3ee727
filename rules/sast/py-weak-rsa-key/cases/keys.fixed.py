import rsa as pyrsa
from Crypto.PublicKey import RSA, DSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

# ruleid: py-weak-rsa-key
k1 = rsa.generate_private_key(public_exponent=65537, key_size=2048)
# ruleid: py-weak-rsa-key
k2 = dsa.generate_private_key(key_size=2048)
# ruleid: py-weak-rsa-key
k3 = RSA.generate(2048)
# ruleid: py-weak-rsa-key
k4 = DSA.generate(bits=2048)
# ruleid: py-weak-rsa-key
(pub, priv) = pyrsa.newkeys(2048)
# ok: py-weak-rsa-key
k5 = rsa.generate_private_key(public_exponent=65537, key_size=3072)
# ok: py-weak-rsa-key
k6 = ec.generate_private_key(ec.SECP256R1())
# ok: py-weak-rsa-key (size chosen elsewhere)
k7 = RSA.generate(settings.KEY_BITS)
