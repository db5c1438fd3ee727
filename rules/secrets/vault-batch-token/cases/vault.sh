#!/bin/sh
# ruleid: vault-batch-token
export VAULT_TOKEN=hvb.<<RAND:[A-Za-z0-9_\-]:150>>
# ok: vault-batch-token (too short)
echo hvb.<<RAND:[A-Za-z0-9]:40>>
# ok: vault-batch-token (login at run time)
export VAULT_TOKEN="$(vault login -method=oidc -token-only)"
