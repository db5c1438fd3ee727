import html
import re

import regex
from flask import Flask, request

app = Flask(__name__)
WORDS = ["alpha", "beta"]


@app.get("/grep")
def grep():
    term = request.args["q"]
    # ruleid: py-regex-injection
    matcher = re.compile(term, re.IGNORECASE)
    # ok: py-regex-injection (escaped first)
    literal = re.compile(re.escape(term))
    # ruleid: py-regex-injection
    hits = [w for w in WORDS if regex.search(pattern=term, string=w)]
    # ruleid: py-regex-injection (HTML escaping leaves the pattern syntax)
    shown = re.findall(html.escape(term), " ".join(WORDS))
    # ok: py-regex-injection (user text is the subject, not the pattern)
    found = re.search(r"^[a-z]+$", term)
    # ok: py-regex-injection (constant pattern)
    parts = re.split(",", "a,b")
    return str([matcher, literal, hits, shown, found, parts])


@app.get("/prefix")
def prefix():
    escaped = re.escape(request.args.get("p", ""))
    # ok: py-regex-injection (escaped in an earlier statement)
    return str(re.match(escaped + "-[0-9]+", "x-1"))


@app.get("/alias")
def alias():
    from re import escape as re_escape

    # ok: py-regex-injection (re.escape under another name)
    return str(re.search(re_escape(request.args["q"]), "text"))


def replace_cli():
    old = input("replace: ")
    # ruleid: py-regex-injection
    return re.sub(old, "", open("notes.txt").read())
