from flask_wtf import FlaskForm
from wtforms import StringField


class Config:
    SECRET_KEY = "from-the-environment"
    # ruleid: py-csrf-disabled
    WTF_CSRF_ENABLED = False


class TestingConfig(Config):
    # ok: py-csrf-disabled (tests post forms without tokens)
    WTF_CSRF_ENABLED = False


def create_app(app):
    # ruleid: py-csrf-disabled
    app.config["WTF_CSRF_ENABLED"] = False
    # ruleid: py-csrf-disabled
    app.config.update(WTF_CSRF_CHECK_DEFAULT=False)
    # ok: py-csrf-disabled
    app.config["WTF_CSRF_ENABLED"] = True
    return app


class SearchForm(FlaskForm):
    q = StringField("q")

    class Meta:
        # ruleid: py-csrf-disabled
        csrf = False


class Settings:
    # ok: py-csrf-disabled (not a form's Meta)
    csrf = False
