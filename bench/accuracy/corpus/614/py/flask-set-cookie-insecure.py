# preflight-bench: vulnerable CWE-614 sink-line: 10
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    response = make_response("ok")
    response.set_cookie("session_id", request.form["sid"], secure=False, httponly=True)
    return response
