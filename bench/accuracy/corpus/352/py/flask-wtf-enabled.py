# preflight-bench: safe CWE-352 -- CSRFProtect with defaults
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["WTF_CSRF_TIME_LIMIT"] = 3600
csrf = CSRFProtect(app)
