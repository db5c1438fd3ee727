# preflight-bench: vulnerable CWE-338 sink-line: 8
import random
import string


def reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
