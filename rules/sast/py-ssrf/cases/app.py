import urllib.request
from urllib.parse import quote

import httpx
import requests
from fastapi import FastAPI

app = FastAPI()
ALLOWED = {"api.example.com", "status.example.com"}


@app.get("/preview")
async def preview(url: str, host: str, item_id: int):
    # ruleid: py-ssrf
    page = requests.get(url, timeout=5)
    # ruleid: py-ssrf
    urllib.request.urlopen("http://" + host + "/health")
    async with httpx.AsyncClient() as client:
        # ruleid: py-ssrf
        await client.get(f"{url}/status")
    # ruleid: py-ssrf
    requests.request("POST", url=url)
    # ok: py-ssrf (fixed scheme and host; the input is only a quoted path segment)
    requests.get(f"https://api.example.com/items/{quote(url)}")
    # ok: py-ssrf (a validated integer)
    httpx.get("https://api.example.com/items/%d" % item_id)
    # ok: py-ssrf (constant URL)
    requests.get("https://status.example.com/")
    if host in ALLOWED:
        # ok: py-ssrf (allow-listed host)
        requests.get(f"https://{host}/")
    return {"status": page.status_code}
