#!/bin/sh
# ruleid: postman-api-token
export POSTMAN_API_KEY=PMAK-<<RAND:[a-f0-9]:24>>-<<RAND:[a-f0-9]:34>>
# ok: postman-api-token (read from the environment)
newman run "https://api.getpostman.com/collections/shop?apikey=$POSTMAN_API_KEY"
# ok: postman-api-token (low entropy)
echo PMAK-aaaaaaaaaaaaaaaaaaaaaaaa-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
