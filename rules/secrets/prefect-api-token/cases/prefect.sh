#!/bin/sh
# ruleid: prefect-api-token
prefect cloud login --key pnu_<<RAND:[A-Za-z0-9]:36>> --workspace acme/prod
# ok: prefect-api-token (read from the environment)
prefect cloud login --key "$PREFECT_API_KEY" --workspace acme/prod
# ok: prefect-api-token (placeholder)
prefect cloud login --key pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx --workspace acme/dev
