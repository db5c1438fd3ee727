#!/bin/sh
# ruleid: planetscale-api-token
export PLANETSCALE_SERVICE_TOKEN=pscale_tkn_<<RAND:[A-Za-z0-9_\-]:43>>
# ok: planetscale-api-token (read from the environment)
pscale deploy-request create shop main --service-token "$PLANETSCALE_SERVICE_TOKEN"
# ok: planetscale-api-token (low entropy)
echo pscale_tkn_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
