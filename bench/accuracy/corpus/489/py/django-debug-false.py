# preflight-bench: safe CWE-489 -- DEBUG off
# settings.py (production)
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEBUG = False
ALLOWED_HOSTS = ["www.example.com"]
