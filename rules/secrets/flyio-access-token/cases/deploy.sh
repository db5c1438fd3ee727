#!/bin/sh
# ruleid: flyio-access-token
export FLY_API_TOKEN=fo1_<<RAND:[A-Za-z0-9_\-]:43>>
# ruleid: flyio-access-token (macaroon deploy token)
FLY_API_TOKEN="FlyV1 fm2_<<RAND:[A-Za-z0-9+/]:160>>"
# ok: flyio-access-token (read from the environment)
flyctl deploy --access-token "$FLY_API_TOKEN"
# ok: flyio-access-token (too short)
FLY_ORG=fo1_<<RAND:[A-Za-z0-9]:20>>
# ok: flyio-access-token (low entropy)
FLY_APP=fo1_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab
