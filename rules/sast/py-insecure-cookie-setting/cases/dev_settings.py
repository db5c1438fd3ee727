# ok-file: py-insecure-cookie-setting (development settings served over plain HTTP)
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
