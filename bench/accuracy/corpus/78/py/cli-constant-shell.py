# preflight-bench: safe CWE-78 -- constant command
import subprocess
import sys

def report():
    disk = subprocess.check_output("df -h /", shell=True, text=True)
    print(f"report for {sys.argv[1]}:\n{disk}")

report()
