# preflight-bench: safe CWE-943 -- values coerced to str
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = users.find_one({"email": str(body["email"]), "pin": str(body["pin"])})
    return jsonify(ok=user is not None)
