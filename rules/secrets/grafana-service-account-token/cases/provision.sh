#!/bin/sh
# ruleid: grafana-service-account-token
GRAFANA_TOKEN=glsa_<<RAND:[A-Za-z0-9]:32>>_<<RAND:[a-f0-9]:8>>
# ok: grafana-service-account-token (read from the environment)
curl -H "Authorization: Bearer $GRAFANA_TOKEN" https://grafana.example.com/api/search
# ok: grafana-service-account-token (checksum missing)
echo glsa_<<RAND:[A-Za-z0-9]:32>>
