# preflight-bench: safe CWE-79 -- Markup of a constant, user text passed separately
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)
FOOTER = Markup("<small>&copy; Example Ltd</small>")


@app.route("/note")
def note():
    return render_template("note.html", note=request.args["text"], footer=FOOTER)
