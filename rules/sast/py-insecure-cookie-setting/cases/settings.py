import os

DEBUG = False
ALLOWED_HOSTS = ["example.com"]

# ruleid: py-insecure-cookie-setting
SESSION_COOKIE_SECURE = False
# ruleid: py-insecure-cookie-setting
CSRF_COOKIE_SECURE = False
# ruleid: py-insecure-cookie-setting
SESSION_COOKIE_HTTPONLY = False
# ok: py-insecure-cookie-setting (Django's documented default: the CSRF cookie may be read by scripts)
CSRF_COOKIE_HTTPONLY = False
# ok: py-insecure-cookie-setting (from the environment)
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", "3600"))


def configure(app):
    # ruleid: py-insecure-cookie-setting
    app.config["SESSION_COOKIE_SECURE"] = False
    # ruleid: py-insecure-cookie-setting
    app.config.update(REMEMBER_COOKIE_HTTPONLY=False, PERMANENT_SESSION_LIFETIME=3600)
    # ok: py-insecure-cookie-setting
    app.config["SESSION_COOKIE_SECURE"] = True


class ProductionConfig:
    # ruleid: py-insecure-cookie-setting
    SESSION_COOKIE_SECURE = False


class DevelopmentConfig:
    # ok: py-insecure-cookie-setting (a development configuration over plain HTTP)
    SESSION_COOKIE_SECURE = False


def local():
    # ok: py-insecure-cookie-setting (a local variable, not a setting)
    SESSION_COOKIE_SECURE = False
    return SESSION_COOKIE_SECURE
