import re

from flask import Flask, jsonify, make_response, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    if request.args.get("plain"):
        # ruleid: py-flask-xss
        return f"<h1>Hello {name}</h1>"
    if request.args.get("tuple"):
        # ruleid: py-flask-xss
        return "<p>" + name + "</p>", 200
    if request.args.get("pattern"):
        # ruleid: py-flask-xss (re.escape escapes pattern syntax, not HTML)
        return f"<h1>Hello {re.escape(name)}</h1>"
    # ok: py-flask-xss (escaped)
    return f"<h1>Hello {escape(name)}</h1>"


@app.route("/card/<title>")
def card(title):
    # ruleid: py-flask-xss
    response = make_response("<div>%s</div>" % title)
    # ruleid: py-flask-xss
    banner = Markup(f"<b>{request.args['banner']}</b>")
    # ok: py-flask-xss (the template escapes the variable)
    page = render_template("card.html", title=title, banner=banner)
    # ok: py-flask-xss (escaped before Markup)
    safe = Markup("<b>%s</b>") % escape(title)
    # ok: py-flask-xss (JSON)
    return jsonify(title=title, page=page, safe=safe, response=response.status)


@app.route("/count")
def count():
    # ok: py-flask-xss (a number)
    return str(int(request.args["n"]) * 2)
