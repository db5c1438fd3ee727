# preflight-bench: safe CWE-338 -- SystemRandom draws from the OS CSPRNG
import random

_rng = random.SystemRandom()


def new_pin() -> str:
    return "".join(str(_rng.randrange(10)) for _ in range(6))
