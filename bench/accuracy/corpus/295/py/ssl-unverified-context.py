# preflight-bench: vulnerable CWE-295 sink-line: 5
import ssl
import urllib.request

context = ssl._create_unverified_context()
with urllib.request.urlopen("https://reports.example.com/daily.csv", context=context) as response:
    print(response.read().decode())
