# preflight-bench: safe CWE-295 -- private CA bundle
import requests


def fetch_inventory():
    response = requests.get("https://inventory.internal.example.com/items", verify="/etc/ssl/internal-ca.pem")
    response.raise_for_status()
    return response.json()
