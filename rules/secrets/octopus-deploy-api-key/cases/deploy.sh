#!/bin/sh
# ruleid: octopus-deploy-api-key
octo create-release --project shop --server https://deploy.internal --apiKey API-<<RAND:[A-Z0-9]:26>>
# ok: octopus-deploy-api-key (read from the environment)
octo create-release --project shop --server https://deploy.internal --apiKey "$OCTOPUS_API_KEY"
# ok: octopus-deploy-api-key (placeholder)
octo deploy-release --project shop --apiKey API-XXXXXXXXXXXXXXXXXXXXXXXXXX
# ok: octopus-deploy-api-key (lower case is not a key)
echo "see docs/api-<<RAND:[a-z0-9]:26>>"
