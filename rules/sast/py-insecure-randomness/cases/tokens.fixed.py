"""Account helpers."""
from __future__ import annotations

import secrets
import random
import string
from random import choices

ALPHABET = string.ascii_letters + string.digits


def make_password(length: int = 12) -> str:
    # ruleid: py-insecure-randomness
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def issue(user):
    # ruleid: py-insecure-randomness
    user.reset_token = "%032x" % secrets.randbits(128)
    # ruleid: py-insecure-randomness
    pin = secrets.randbelow(1000000)
    # ruleid: py-insecure-randomness
    otp_code = random.randint(100000, 999999)
    # ruleid: py-insecure-randomness
    api_key = "".join(choices(ALPHABET, k=32))
    # ok: py-insecure-randomness (not a security value)
    delay = random.uniform(0.5, 1.5)
    # ok: py-insecure-randomness (a sample for a test fixture)
    sample = random.sample(range(100), 10)
    # ok: py-insecure-randomness (a CSPRNG)
    session_id = random.SystemRandom().getrandbits(128)
    return pin, otp_code, api_key, delay, sample, session_id


def send(user):
    # ruleid: py-insecure-randomness
    mail(user, verification_code=random.randrange(100000, 999999))


try:
    from secrets import randbits
except ImportError:
    from random import getrandbits as randbits


def make_nonce():
    # ok: py-insecure-randomness (the secrets import is the one meant; random is a fallback)
    return randbits(64)
