import os

import fastapi
from starlette.applications import Starlette

# ruleid: py-starlette-debug
app = fastapi.FastAPI(title="orders", debug=True)

# ok: py-starlette-debug
api = fastapi.FastAPI(title="orders", debug=os.environ.get("APP_DEBUG") == "1")

# ruleid: py-starlette-debug
site = Starlette(debug=True, routes=[])

# ok: py-starlette-debug
quiet = Starlette(debug=False, routes=[])


class FastAPI:
    def __init__(self, debug=False):
        self.debug = debug


# ok: py-starlette-debug (a class of this file, not fastapi's)
local = FastAPI(debug=True)
