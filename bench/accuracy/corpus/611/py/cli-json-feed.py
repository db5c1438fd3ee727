# preflight-bench: safe CWE-611 -- JSON feed, no XML parser at all
import json
import sys

with open(sys.argv[1], encoding="utf-8") as handle:
    feed = json.load(handle)
for item in feed["items"]:
    print(item["title"])
