# ok-file: py-csrf-disabled (a test module)
def app_config(app):
    app.config["WTF_CSRF_ENABLED"] = False
