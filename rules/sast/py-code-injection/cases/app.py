import ast
import json
import sys

from flask import Flask, request

app = Flask(__name__)


@app.post("/calc")
def calc():
    expression = request.form["expression"]
    # ruleid: py-code-injection
    result = eval(expression)
    # ruleid: py-code-injection
    exec("handler_%s()" % request.args["name"])
    # ruleid: py-code-injection
    code = compile(request.get_data(as_text=True), "<input>", "exec")
    # ok: py-code-injection (a literal, not code)
    value = ast.literal_eval(expression)
    # ok: py-code-injection (data)
    data = json.loads(request.get_data())
    # ok: py-code-injection (a number)
    eval(str(int(request.args["n"])) + " * 2")
    # ok: py-code-injection (constant code)
    eval("1 + 1")
    # ok: py-code-injection (a method of another object)
    redis.eval(expression, 0)
    return {"result": result, "value": value, "data": data, "code": str(code)}


def main():
    # ruleid: py-code-injection
    exec(sys.argv[1])
    # ruleid: py-code-injection
    print(eval(input("expression: ")))
