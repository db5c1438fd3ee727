# preflight-bench: vulnerable CWE-79 sink-line: 10
from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "stranger")
    return f"<html><body><h1>Hello {name}</h1></body></html>"
