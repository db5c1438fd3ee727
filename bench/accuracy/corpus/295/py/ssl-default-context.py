# preflight-bench: safe CWE-295 -- ssl.create_default_context
import ssl
import urllib.request

context = ssl.create_default_context()
with urllib.request.urlopen("https://reports.example.com/daily.csv", context=context) as response:
    print(response.read().decode())
