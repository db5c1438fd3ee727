# preflight-bench: safe CWE-614 -- secure, httponly, samesite
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    response = make_response("ok")
    response.set_cookie("session_id", request.form["sid"], secure=True, httponly=True, samesite="Lax")
    return response
