import asyncio
import os

from flask import Flask

app = Flask(__name__)


class ProductionConfig:
    # ruleid: py-flask-debug
    DEBUG = True


class DevelopmentConfig:
    # ok: py-flask-debug (a development configuration)
    DEBUG = True


def configure():
    # ruleid: py-flask-debug
    app.config["DEBUG"] = True
    # ruleid: py-flask-debug
    app.debug = True
    # ok: py-flask-debug
    app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"


async def main():
    return 1


if __name__ == "__main__":
    # ok: py-flask-debug (asyncio's own debug mode)
    asyncio.run(main(), debug=True)
    # ok: py-flask-debug
    app.run(host="127.0.0.1", debug=False)
    # ruleid: py-flask-debug
    app.run(host="0.0.0.0", port=8000, debug=True)
