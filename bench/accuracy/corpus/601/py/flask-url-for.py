# preflight-bench: safe CWE-601 -- endpoint name checked, URL built with url_for
from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
PAGES = {"index", "settings", "billing"}


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    page = request.args.get("next", "index")
    return redirect(url_for(page if page in PAGES else "index"))
