#!/bin/sh
# ruleid: curl-auth-header
curl -s -H "Authorization: Bearer <<RAND:[A-Za-z0-9]:40>>" https://api.service.test/v1/deployments






# ruleid: curl-auth-header (API key header, single quotes)
curl --header 'X-Api-Key: <<RAND:[A-Za-z0-9_-]:32>>' https://api.service.test/v1/status






# ruleid: curl-auth-header (Basic credentials)
curl -H "Authorization: Basic <<RAND:[A-Za-z0-9+/]:30>>==" https://api.service.test/v1/ping






# ok: curl-auth-header (token read from the environment)
curl -s -H "Authorization: Bearer $API_TOKEN" https://api.service.test/v1/deployments






# ok: curl-auth-header (not a credential header)
curl -s -H "Content-Type: application/json" https://api.service.test/v1/deployments






# ok: curl-auth-header (low entropy)
curl -s -H "Authorization: Bearer aaaaaaaabbbb" https://api.service.test/v1/deployments
