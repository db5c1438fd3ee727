# preflight-bench: safe CWE-328 -- MD5 declared as not used for security
import hashlib


def cache_key(url: str) -> str:
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
