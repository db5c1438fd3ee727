# ok-file: py-django-debug (local development settings)
DEBUG = True
INSTALLED_APPS = ["debug_toolbar"]
