import os
import shlex
import subprocess
import subprocess as sp
import sys
from os import popen
from subprocess import check_output, Popen

from flask import Flask, request

app = Flask(__name__)
BACKUP = "tar czf /tmp/backup.tgz /srv"
HOSTS = {"db1", "db2"}


@app.route("/convert/<filename>")
def convert(filename):
    # ruleid: py-command-injection
    os.system(f"convert {filename} out.png")
    # ruleid: py-command-injection
    os.system("rm -rf " + filename)
    # ruleid: py-command-injection
    popen("ls %s" % request.args["dir"])
    # ruleid: py-command-injection
    subprocess.run("grep {} app.log".format(request.args.get("q")), shell=True)
    cmd = f"ping -c 1 {request.args['host']}"
    # ruleid: py-command-injection
    check_output(cmd, shell=True)
    # ruleid: py-command-injection
    Popen(
        args="du -sh " + filename,
        shell=True,
    )
    # ruleid: py-command-injection
    sp.call(["file", filename])
    # ok: py-command-injection (plain string literal)
    os.system("ls -la")
    # ok: py-command-injection (a constant assigned once above)
    os.system(BACKUP)
    # ok: py-command-injection (argument list, no shell)
    subprocess.run(["convert", filename, "out.png"])
    # ok: py-command-injection (shell=False)
    sp.call(filename, shell=False)
    # ok: py-command-injection (quoted for the shell)
    os.system("convert " + shlex.quote(filename) + " out.png")
    # ok: py-command-injection (a number)
    os.system("kill -9 %d" % int(request.args["pid"]))
    # ok: py-command-injection (os.path, not a shell)
    os.path.join(filename, "x")
    return "ok"


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    if host not in HOSTS:
        return "unknown host", 400
    # ok: py-command-injection (allow-listed above)
    subprocess.run(f"ping -c 1 {host}", shell=True)
    return "ok"


def archive(name):
    # ruleid: py-command-injection
    subprocess.check_call("tar czf out.tgz " + name, shell=True)


@app.post("/archive")
def make_archive():
    archive(request.form["name"])
    return "ok"


def main():
    target = sys.argv[1]
    # ruleid: py-command-injection
    os.system(f"make {target}")
    # ok: py-command-injection (not user input)
    os.system(f"make {BACKUP}")
