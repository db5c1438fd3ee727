import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ruleid: py-django-debug
DEBUG = True

ALLOWED_HOSTS = ["example.com"]
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes"]
ROOT_URLCONF = "project.urls"

if os.environ.get("DJANGO_ENV") == "local":
    # ok: py-django-debug (inside a condition: an environment switch)
    DEBUG = True


def helper():
    # ok: py-django-debug (a local name)
    DEBUG = True
    return DEBUG
