# preflight-bench: vulnerable CWE-614 sink-line: 5
# settings.py
ALLOWED_HOSTS = ["shop.example.com"]
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
