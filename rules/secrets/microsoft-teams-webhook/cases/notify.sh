#!/bin/sh
# ruleid: microsoft-teams-webhook
curl -H 'Content-Type: application/json' -d '{"text":"deployed"}' https://acme.webhook.office.com/webhookb2/<<RAND:[a-f0-9]:8>>-<<RAND:[a-f0-9]:4>>-<<RAND:[a-f0-9]:4>>-<<RAND:[a-f0-9]:4>>-<<RAND:[a-f0-9]:12>>@<<RAND:[a-f0-9]:8>>-<<RAND:[a-f0-9]:4>>-<<RAND:[a-f0-9]:4>>-<<RAND:[a-f0-9]:4>>-<<RAND:[a-f0-9]:12>>/IncomingWebhook/<<RAND:[a-z0-9]:32>>/<<RAND:[a-f0-9]:8>>-<<RAND:[a-f0-9]:4>>-<<RAND:[a-f0-9]:4>>-<<RAND:[a-f0-9]:4>>-<<RAND:[a-f0-9]:12>>
# ok: microsoft-teams-webhook (read from the environment)
curl -H 'Content-Type: application/json' -d '{"text":"deployed"}' "$TEAMS_WEBHOOK_URL"
# ok: microsoft-teams-webhook (host only)
echo "Webhooks are posted to https://acme.webhook.office.com/webhookb2/"
