# preflight-bench: vulnerable CWE-78 sink-line: 8
import subprocess
import sys


def main():
    folder = sys.argv[1]
    proc = subprocess.Popen("du -sh %s" % folder, shell=True, stdout=subprocess.PIPE)
    print(proc.communicate()[0].decode())


if __name__ == "__main__":
    main()
