# preflight-bench: safe CWE-614 -- secure session and CSRF cookies
# settings.py
ALLOWED_HOSTS = ["shop.example.com"]
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
