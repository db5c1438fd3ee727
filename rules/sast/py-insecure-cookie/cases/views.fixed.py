from flask import Flask, make_response

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    response = make_response("ok")
    # ruleid: py-insecure-cookie
    response.set_cookie("session_token", issue_token(), httponly=True, secure=True)
    # ruleid: py-insecure-cookie
    response.set_cookie("remember", "1", max_age=3600, httponly=True, secure=True)
    # ruleid: py-insecure-cookie
    response.set_cookie("sid", "x", secure=True, httponly=True, samesite="Lax")
    # ok: py-insecure-cookie
    response.set_cookie("auth", "x", secure=True, httponly=True, samesite="Strict")
    # ok: py-insecure-cookie (secure decided by configuration)
    response.set_cookie("auth2", "x", secure=app.config["SECURE_COOKIES"], httponly=True)
    # ok: py-insecure-cookie (an explicit choice: the page's script must read this one)
    response.set_cookie("theme", "dark", secure=True, httponly=False)
    # ok: py-insecure-cookie (a cookie jar storing a Cookie object, not a response)
    jar.set_cookie(cookie)
    # ok: py-insecure-cookie (options passed through)
    response.set_cookie("x", "y", **cookie_options)
    return response
