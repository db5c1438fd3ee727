#!/bin/sh
# ruleid: slack-webhook-url
curl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' https://hooks.slack.com/services/T<<RAND:[A-Z0-9]:9>>/B<<RAND:[A-Z0-9]:10>>/<<RAND:[A-Za-z0-9]:24>>

# ruleid: slack-webhook-url (Workflow Builder webhook)
WORKFLOW_URL="https://hooks.slack.com/workflows/T<<RAND:[A-Z0-9]:9>>/A<<RAND:[A-Z0-9]:10>>/<<RAND:[0-9]:18>>/<<RAND:[A-Za-z0-9]:32>>"

# ok: slack-webhook-url (documentation example)
DOC_URL="https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"

# ok: slack-webhook-url (read from the environment)
curl -X POST --data '{"text":"deployed"}' "$SLACK_WEBHOOK_URL"

# ok: slack-webhook-url (no webhook path, just the host)
echo "Webhooks are posted to https://hooks.slack.com/"

# ok: slack-webhook-url (wrong length)
SHORT_URL="https://hooks.slack.com/services/T<<RAND:[A-Z0-9]:9>>/B<<RAND:[A-Z0-9]:10>>/<<RAND:[A-Za-z0-9]:16>>"
