# preflight-bench: safe CWE-95 -- operators from a table, operands parsed as numbers
import operator
import sys

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}

left, symbol, right = sys.argv[1:4]
if symbol not in OPS:
    sys.exit("unknown operator")
print(OPS[symbol](float(left), float(right)))
