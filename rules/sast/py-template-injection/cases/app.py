import string

import jinja2
from flask import Flask, render_template_string, request

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    # ruleid: py-template-injection
    page = render_template_string("<h1>Hello " + name + "</h1>")
    # ruleid: py-template-injection
    other = env.from_string(request.form["template"]).render()
    # ruleid: py-template-injection
    third = jinja2.Template(f"Dear {name},").render()
    # ok: py-template-injection (constant template, data as a variable)
    fine = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    # ok: py-template-injection (string.Template runs no code)
    plain = string.Template("Hello $name").substitute(name=name)
    # ok: py-template-injection (string.Template with input)
    string.Template(name).safe_substitute()
    return page + other + third + fine + plain
