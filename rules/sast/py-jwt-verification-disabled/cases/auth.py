import jwt
from jose import jwt as jose_jwt

NO_VERIFY = {"verify_signature": False}


def user_from(token: str, key: str):
    # ruleid: py-jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    # ruleid: py-jwt-verification-disabled
    legacy = jwt.decode(token, key, verify=False)
    # ruleid: py-jwt-verification-disabled
    forged = jwt.decode(token, key, algorithms=["HS256", "none"])
    # ruleid: py-jwt-verification-disabled
    other = jose_jwt.decode(token, key, options=NO_VERIFY)
    # ok: py-jwt-verification-disabled
    good = jwt.decode(token, key, algorithms=["RS256"], audience="api")
    # ok: py-jwt-verification-disabled (expiry not checked, signature still verified)
    lenient = jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": False})
    # ok: py-jwt-verification-disabled (reads the header to choose the key)
    header = jwt.get_unverified_header(token)
    # ok: py-jwt-verification-disabled (bytes decoding, not JWT)
    text = token.encode().decode("utf-8")
    return claims, legacy, forged, other, good, lenient, header, text
