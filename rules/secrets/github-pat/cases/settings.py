import requests

# ruleid: github-pat
TOKEN = 'ghp_<<RAND:[A-Za-z0-9]:36>>'

# ok: github-pat (low entropy)
SAMPLE = "ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
