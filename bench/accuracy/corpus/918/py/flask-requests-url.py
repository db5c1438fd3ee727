# preflight-bench: vulnerable CWE-918 sink-line: 11
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    response = requests.get(url, timeout=5)
    return jsonify(status=response.status_code, size=len(response.content))
