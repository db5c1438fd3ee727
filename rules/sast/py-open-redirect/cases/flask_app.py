from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/out")
def out():
    # ruleid: py-open-redirect
    return redirect(request.args["url"])


@app.route("/back")
def back():
    # ok: py-open-redirect (a named route)
    return redirect(url_for("index", page=request.args.get("page")))
