import os
import subprocess
import subprocess as sp
from os import popen
from subprocess import check_output, Popen

BACKUP = "tar czf /tmp/backup.tgz /srv"


def handler(request, filename):
    # ruleid: py-command-injection
    os.system(f"convert {filename} out.png")
    # ruleid: py-command-injection
    os.system("rm -rf " + filename)
    # ruleid: py-command-injection
    popen("ls %s" % request.args["dir"])
    # ruleid: py-command-injection
    subprocess.run("grep {} app.log".format(request.args["q"]), shell=True)
    # ruleid: py-command-injection
    sp.call(filename, shell=True)
    cmd = f"ping -c 1 {request.args['host']}"
    # ruleid: py-command-injection
    check_output(cmd, shell=True)
    # ruleid: py-command-injection
    Popen(
        args="du -sh " + filename,
        shell=True,
    )
    # ruleid: py-command-injection
    subprocess.getoutput(f"file {filename}")
    # ok: py-command-injection (plain string literal)
    os.system("ls -la")
    # ok: py-command-injection (a constant assigned once above)
    os.system(BACKUP)
    # ok: py-command-injection (argument list, no shell)
    subprocess.run(["convert", filename, "out.png"])
    # ok: py-command-injection (non-literal but no shell)
    subprocess.run(cmd.split(), check=True)
    # ok: py-command-injection (shell=False)
    sp.call(filename, shell=False)
    # ok: py-command-injection (literal command with shell=True)
    subprocess.run("ls | wc -l", shell=True)
    # ok: py-command-injection (another object's system method)
    platform.system(filename)
    # ok: py-command-injection (os.path, not a shell)
    os.path.join(filename, "x")
