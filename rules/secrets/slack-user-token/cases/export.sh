#!/bin/sh
# ruleid: slack-user-token
export SLACK_USER_TOKEN="xoxp-<<RAND:[0-9]:12>>-<<RAND:[0-9]:12>>-<<RAND:[0-9]:13>>-<<RAND:[a-f0-9]:32>>"

# ok: slack-user-token (read from a secret manager)
export SLACK_USER_TOKEN="$(aws secretsmanager get-secret-value --secret-id slack/user --query SecretString --output text)"
