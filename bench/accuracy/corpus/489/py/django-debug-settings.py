# preflight-bench: vulnerable CWE-489 sink-line: 6
# settings.py (production)
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEBUG = True
ALLOWED_HOSTS = ["www.example.com"]
