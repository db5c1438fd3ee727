import os
import shutil
from pathlib import Path

from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/files/<name>")
def download(name):
    path = os.path.join(UPLOADS, name)
    # ruleid: py-path-traversal
    with open(path) as handle:
        data = handle.read()
    # ruleid: py-path-traversal
    send_file(os.path.join(UPLOADS, request.args["file"]))
    # ruleid: py-path-traversal
    os.remove(f"{UPLOADS}/{request.form['target']}")
    # ruleid: py-path-traversal
    shutil.rmtree(UPLOADS + "/" + name)
    # ruleid: py-path-traversal
    text = Path(UPLOADS, name).read_text()
    # ok: py-path-traversal (secure_filename)
    open(os.path.join(UPLOADS, secure_filename(name)))
    # ok: py-path-traversal (basename)
    open(os.path.join(UPLOADS, os.path.basename(request.args["file"])))
    # ok: py-path-traversal (send_from_directory refuses paths outside the folder)
    send_from_directory(UPLOADS, name)
    # ok: py-path-traversal (constant path)
    open(os.path.join(UPLOADS, "index.txt"))
    return data + text
