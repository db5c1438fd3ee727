# preflight-bench: safe CWE-22 -- send_from_directory rejects paths outside the folder
from flask import Flask, request, send_from_directory

app = Flask(__name__)


@app.route("/avatar")
def avatar():
    return send_from_directory("static/avatars", request.args.get("file", "default.png"))
