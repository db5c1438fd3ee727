# preflight-bench: vulnerable CWE-79 sink-line: 11
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/note")
def note():
    text = request.args["text"]
    return render_template("note.html", note=Markup("<p>" + text + "</p>"))
