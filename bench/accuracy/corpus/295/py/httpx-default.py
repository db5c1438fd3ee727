# preflight-bench: safe CWE-295 -- default verification
import httpx

client = httpx.Client(base_url="https://billing.example.com", timeout=10.0)


def invoices():
    return client.get("/invoices").json()
