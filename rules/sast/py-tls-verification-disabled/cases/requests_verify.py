import ssl
import urllib.request

import httpx
import requests
import urllib3


def fetch(url: str, token: str):
    # ruleid: py-tls-verification-disabled
    a = requests.get(url, verify=False)
    # ruleid: py-tls-verification-disabled
    b = requests.post(url, json={}, verify=False, timeout=10)
    session = requests.Session()
    # ruleid: py-tls-verification-disabled
    session.verify = False
    # ruleid: py-tls-verification-disabled
    c = session.get(url, verify=False)
    # ruleid: py-tls-verification-disabled
    with httpx.Client(verify=False) as client:
        client.get(url)
    # ok: py-tls-verification-disabled
    d = requests.get(url, verify=True)
    # ok: py-tls-verification-disabled (a CA bundle path)
    e = requests.get(url, verify="/etc/ssl/internal-ca.pem")
    # ok: py-tls-verification-disabled (JWT signature check, not TLS: another rule's concern)
    claims = jwt.decode(token, verify=False)
    # ok: py-tls-verification-disabled (a form object's own flag)
    form.verify = False
    return a, b, c, d, e, claims


def legacy(url: str):
    # ruleid: py-tls-verification-disabled
    context = ssl._create_unverified_context()
    # ruleid: py-tls-verification-disabled
    ssl._create_default_https_context = ssl._create_unverified_context
    strict = ssl.create_default_context()
    # ruleid: py-tls-verification-disabled
    strict.check_hostname = False
    # ruleid: py-tls-verification-disabled
    strict.verify_mode = ssl.CERT_NONE
    # ruleid: py-tls-verification-disabled
    pool = urllib3.PoolManager(cert_reqs="CERT_NONE")
    # ok: py-tls-verification-disabled (a comparison, not a setting)
    if strict.verify_mode == ssl.CERT_NONE:
        raise RuntimeError("verification is off")
    # ok: py-tls-verification-disabled
    safe = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")
    return urllib.request.urlopen(url, context=context), pool, safe
