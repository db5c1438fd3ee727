# preflight-bench: vulnerable CWE-328 sink-line: 6
import hashlib


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()
