# preflight-bench: vulnerable CWE-943 sink-line: 12
from flask import Flask, request, jsonify
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = users.find_one({"email": body["email"], "pin": body["pin"]})
    return jsonify(ok=user is not None)
