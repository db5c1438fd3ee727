# preflight-bench: vulnerable CWE-95 sink-line: 10
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0")
    return jsonify(result=eval(expr))
