#!/bin/sh
# ruleid: slack-config-access-token
export SLACK_CONFIG_TOKEN=xoxe.xoxp-1-<<RAND:[A-Za-z0-9]:165>>
# ok: slack-config-access-token (too short)
echo xoxe.xoxb-1-<<RAND:[A-Za-z0-9]:40>>
# ok: slack-config-access-token (read from the environment)
slack-manifest apply --token "$SLACK_CONFIG_TOKEN"
