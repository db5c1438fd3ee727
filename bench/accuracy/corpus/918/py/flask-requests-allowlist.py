# preflight-bench: safe CWE-918 -- hostname from an allow-list
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED = {"images.example.com"}


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED:
        abort(400)
    return {"status": requests.get(url, timeout=5).status_code}
