# preflight-bench: safe CWE-117 -- constant message
import logging
import sys

logging.basicConfig(filename="admin.log", level=logging.INFO)
logging.info("restart requested with %d arguments", len(sys.argv) - 1)
