import ast
import builtins
import json

import torch

SETUP = "import math"


def calculate(request, model: torch.nn.Module, frame):
    expression = request.args["expr"]
    # ruleid: py-eval-non-literal
    result = eval(expression)
    # ruleid: py-eval-non-literal
    exec(f"value = {request.form['value']}")
    # ruleid: py-eval-non-literal
    builtins.eval("lambda x: x * " + request.args["factor"])
    code = "print({})".format(request.args["name"])
    # ruleid: py-eval-non-literal
    exec(code, {"__builtins__": {}})
    # ok: py-eval-non-literal (a string literal)
    exec("import math")
    # ok: py-eval-non-literal (a constant assigned once)
    exec(SETUP)
    # ok: py-eval-non-literal (literal_eval only reads literals)
    data = ast.literal_eval(request.args["data"])
    # ok: py-eval-non-literal (PyTorch's Module.eval(), not the builtin)
    model.eval()
    # ok: py-eval-non-literal (pandas DataFrame.eval)
    frame.eval(expression)
    return result, data, json.dumps(data)
