#!/bin/sh
# ruleid: 1password-service-account-token
export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ<<RAND:[A-Za-z0-9+/]:320>>

# ruleid: 1password-service-account-token (padded)
op_token="ops_eyJ<<RAND:[A-Za-z0-9+/]:280>>=="

# ok: 1password-service-account-token (too short to be a token)
PREFIX=ops_eyJ<<RAND:[A-Za-z0-9]:40>>

# ok: 1password-service-account-token (low entropy)
OP_FILLER=ops_eyJ<<RAND:[AB]:260>>

# ok: 1password-service-account-token (read from the environment)
op read "op://ci/deploy/password" --account "$OP_SERVICE_ACCOUNT_TOKEN"
