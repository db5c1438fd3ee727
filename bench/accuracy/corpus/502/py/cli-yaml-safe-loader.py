# preflight-bench: safe CWE-502 -- yaml.load with SafeLoader
import sys

import yaml

with open(sys.argv[1], encoding="utf-8") as handle:
    pipeline = yaml.load(handle, Loader=yaml.SafeLoader)
for stage in pipeline.get("stages", []):
    print(stage)
