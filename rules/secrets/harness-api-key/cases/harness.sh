#!/bin/sh
# ruleid: harness-api-key
curl -H "x-api-key: pat.<<RAND:[A-Za-z0-9_\-]:22>>.<<RAND:[A-Za-z0-9]:24>>.<<RAND:[A-Za-z0-9]:20>>" https://app.harness.io/gateway/ng/api/user/currentUser
# ok: harness-api-key (read from the environment)
curl -H "x-api-key: $HARNESS_API_KEY" https://app.harness.io/gateway/ng/api/user/currentUser
# ok: harness-api-key (last part missing)
echo sat.<<RAND:[A-Za-z0-9_\-]:22>>.<<RAND:[A-Za-z0-9]:24>>
