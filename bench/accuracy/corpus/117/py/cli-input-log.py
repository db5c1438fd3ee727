# preflight-bench: vulnerable CWE-117 sink-line: 6
import logging

logging.basicConfig(filename="admin.log", level=logging.INFO)
reason = input("reason for restart: ")
logging.info("restart requested: " + reason)
