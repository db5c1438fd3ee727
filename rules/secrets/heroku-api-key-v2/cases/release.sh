#!/bin/sh
# ruleid: heroku-api-key-v2
export HEROKU_API_KEY=HRKU-AA<<RAND:[A-Za-z0-9_\-]:58>>
# ok: heroku-api-key-v2 (read from the environment)
heroku container:release web --app orders # uses $HEROKU_API_KEY
# ok: heroku-api-key-v2 (too short)
echo HRKU-AA<<RAND:[A-Za-z0-9]:30>>
