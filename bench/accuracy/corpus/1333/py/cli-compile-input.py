# preflight-bench: vulnerable CWE-1333 sink-line: 6
import re
import sys

expression = input("pattern: ")
matcher = re.compile(expression)
for line in open(sys.argv[1], encoding="utf-8"):
    if matcher.search(line):
        print(line, end="")
