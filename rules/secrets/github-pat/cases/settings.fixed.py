import os
import requests

# ruleid: github-pat
TOKEN = os.environ["TOKEN"]

# ok: github-pat (low entropy)
SAMPLE = "ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
