# preflight-bench: vulnerable CWE-328 sink-line: 6
import hashlib


def api_signature(body: bytes, salt: bytes) -> str:
    digest = hashlib.new("sha1", salt + body)
    return digest.hexdigest()
