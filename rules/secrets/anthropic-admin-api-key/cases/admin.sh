#!/bin/sh
# ruleid: anthropic-admin-api-key
export ANTHROPIC_ADMIN_KEY=sk-ant-admin01-<<RAND:[A-Za-z0-9_-]:93>>AA

# ruleid: anthropic-admin-api-key (in a header)
curl https://api.anthropic.com/v1/organizations/users -H "x-api-key: sk-ant-admin01-<<RAND:[A-Za-z0-9]:93>>AA"

# ok: anthropic-admin-api-key (truncated)
PREFIX=sk-ant-admin01-<<RAND:[A-Za-z0-9]:12>>

# ok: anthropic-admin-api-key (read from the environment)
curl https://api.anthropic.com/v1/organizations/users -H "x-api-key: $ANTHROPIC_ADMIN_KEY"
