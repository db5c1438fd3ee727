# preflight-bench: safe CWE-918 -- fixed service URL
import sys

import requests

SERVICE = "https://api.example.com/v2/items"
item_id = int(sys.argv[1])
print(requests.get(f"{SERVICE}/{item_id}", timeout=10).json())
