import subprocess
import subprocess as sp


def build(target: str):
    # ruleid: py-subprocess-shell-literal
    subprocess.run(["make", "-j4", "all"], check=True)
    # ruleid: py-subprocess-shell-literal
    out = sp.check_output(['git', 'rev-parse', 'HEAD'])
    # ruleid: py-subprocess-shell-literal
    subprocess.call(["ls"], cwd="/tmp")
    # ok: py-subprocess-shell-literal (needs the shell: a pipe)
    subprocess.run("ps aux | grep python", shell=True)
    # ok: py-subprocess-shell-literal (needs the shell: a builtin)
    subprocess.run("cd /srv && make", shell=True)
    # ok: py-subprocess-shell-literal (needs the shell: a variable assignment)
    subprocess.run("LANG=C sort data.txt", shell=True)
    # ok: py-subprocess-shell-literal (needs the shell: globbing)
    subprocess.run("rm -f build/*.o", shell=True)
    # ok: py-subprocess-shell-literal (already an argument list)
    subprocess.run(["make", target], check=True)
    # ok: py-subprocess-shell-literal (not a literal: py-command-injection's concern)
    subprocess.run("make " + target, shell=True)
    return out
