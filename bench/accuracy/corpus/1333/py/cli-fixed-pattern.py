# preflight-bench: safe CWE-1333 -- constant pattern, user text as the subject only
import re
import sys

ERROR_LINE = re.compile(r"^\d{4}-\d{2}-\d{2} ERROR ")
for line in open(sys.argv[1], encoding="utf-8"):
    if ERROR_LINE.match(line):
        print(line, end="")
