# preflight-bench: vulnerable CWE-22 sink-line: 10
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/avatar")
def avatar():
    filename = request.args.get("file")
    return send_file("static/avatars/" + filename)
