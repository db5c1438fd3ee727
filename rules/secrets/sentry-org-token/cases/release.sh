#!/bin/sh
# ruleid: sentry-org-token
export SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiO<<RAND:[A-Za-z0-9+/]:60>>LCJyZWdpb25fdXJs<<RAND:[A-Za-z0-9+/]:60>>_<<RAND:[A-Za-z0-9+/]:43>>
# ok: sentry-org-token (the payload has no region URL)
echo sntrys_eyJpYXQiO<<RAND:[A-Za-z0-9+/]:60>>_<<RAND:[A-Za-z0-9+/]:10>>
# ok: sentry-org-token (read from the environment)
sentry-cli --auth-token "$SENTRY_AUTH_TOKEN" releases new "$VERSION"
