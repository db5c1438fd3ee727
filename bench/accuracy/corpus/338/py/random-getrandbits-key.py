# preflight-bench: vulnerable CWE-338 sink-line: 6
import random


def new_api_key() -> str:
    return "%032x" % random.getrandbits(128)
