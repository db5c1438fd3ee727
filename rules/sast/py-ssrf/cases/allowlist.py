from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED = {"images.example.com"}


@app.get("/fetch")
def fetch():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED:
        abort(400)
    # ok: py-ssrf (host checked against an allow-list first)
    return {"status": requests.get(url, timeout=5).status_code}


@app.get("/mirror")
def mirror():
    url = request.args["url"]
    if urlparse(url).hostname in ALLOWED:
        # ok: py-ssrf (inside the allow-list branch)
        requests.get(url, timeout=5)
    if urlparse(url).hostname not in ALLOWED:
        app.logger.warning("unknown host")
    # ruleid: py-ssrf (the check only logs)
    return {"status": requests.get(url, timeout=5).status_code}


@app.get("/webhook")
def webhook():
    target = request.args["target"]
    # ruleid: py-ssrf (the check comes after the request)
    response = requests.post(target, json={}, timeout=5)
    if urlparse(target).hostname not in ALLOWED:
        abort(400)
    return {"status": response.status_code}
