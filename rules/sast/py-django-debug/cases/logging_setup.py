# ok-file: py-django-debug (not a settings module: a script's own flag)
DEBUG = True


def log(message):
    if DEBUG:
        print(message)
