#!/bin/sh
# ruleid: scalingo-api-token
scalingo login --api-token tk-us-<<RAND:[A-Za-z0-9_\-]:48>>
# ok: scalingo-api-token (read from the environment)
scalingo login --api-token "$SCALINGO_API_TOKEN"
# ok: scalingo-api-token (too short)
echo tk-us-<<RAND:[A-Za-z0-9]:20>>
