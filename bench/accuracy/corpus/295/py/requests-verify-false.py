# preflight-bench: vulnerable CWE-295 sink-line: 6
import requests


def fetch_inventory():
    response = requests.get("https://inventory.internal.example.com/items", verify=False)
    response.raise_for_status()
    return response.json()
