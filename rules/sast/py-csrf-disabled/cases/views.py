from flask import Blueprint, Flask
from flask_wtf.csrf import CSRFProtect

from .webhooks import hooks

app = Flask(__name__)
csrf = CSRFProtect(app)
api = Blueprint("api", __name__)


@app.post("/account/delete")
# ruleid: py-csrf-disabled
@csrf.exempt
def delete_account():
    return "deleted"


# ruleid: py-csrf-disabled
csrf.exempt(api)


@app.post("/account/email")
# ok: py-csrf-disabled (protected view)
@login_required
def change_email():
    return "changed"


class Limiter:
    def exempt(self, view):
        return view


limiter = Limiter()


@app.post("/ping")
# ok: py-csrf-disabled (another extension's exempt)
@limiter.exempt
def ping():
    return "pong"
