from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient().app.users


@app.post("/login")
def login():
    body = request.get_json()
    # ruleid: py-nosql-injection
    user = users.find_one({"username": body["username"], "password": body["password"]})
    # ruleid: py-nosql-injection
    users.delete_many(request.json)
    # ruleid: py-nosql-injection
    users.find({"$where": "this.name == '%s'" % request.args["name"]})
    # ok: py-nosql-injection (cast to str)
    users.find_one({"username": str(body["username"]), "password": str(body["password"])})
    # ok: py-nosql-injection (form fields are strings)
    users.find_one({"username": request.form["username"]})
    # ok: py-nosql-injection (str.find)
    "abc".find(request.args["q"])
    return {"ok": user is not None}
