#!/bin/sh
# ruleid: readme-api-token
rdme openapi openapi.yaml --key=rdme_<<RAND:[a-z0-9]:70>>
# ok: readme-api-token (read from the environment)
rdme openapi openapi.yaml --key="$README_API_KEY"
# ok: readme-api-token (upper case is not the format)
echo rdme_<<RAND:[A-Z0-9]:70>>
