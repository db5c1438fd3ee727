# preflight-bench: vulnerable CWE-295 sink-line: 4
import httpx

client = httpx.Client(base_url="https://billing.example.com", verify=False)


def invoices():
    return client.get("/invoices").json()
