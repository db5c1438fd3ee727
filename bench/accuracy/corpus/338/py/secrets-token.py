# preflight-bench: safe CWE-338 -- secrets module
import secrets


def reset_token():
    return secrets.token_urlsafe(32)
