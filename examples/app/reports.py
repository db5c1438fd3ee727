"""Report endpoints with the classic Python mistakes."""
import hashlib
import pickle
import sqlite3

import requests
import yaml
from flask import request

def find_orders():
    customer = request.args["customer"]
    cursor = sqlite3.connect("orders.db").cursor()
    cursor.execute(f"SELECT * FROM orders WHERE customer = '{customer}'")
    return cursor.fetchall()


def load_settings(text):
    return yaml.load(text)


def restore(blob):
    return pickle.loads(blob)


def fetch(url):
    return requests.get(url, verify=False).text


def cache_key(value):
    return hashlib.sha1(value.encode()).hexdigest()
