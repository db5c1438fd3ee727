#!/bin/sh
# ruleid: gitlab-feed-token
curl "https://gitlab.example.com/dashboard/issues.atom?feed_token=glft-<<RAND:[A-Za-z0-9_\-]:20>>"
# ok: gitlab-feed-token (read from the environment)
curl "https://gitlab.example.com/dashboard/issues.atom?feed_token=${GITLAB_FEED_TOKEN}"
# ok: gitlab-feed-token (low entropy)
curl "https://gitlab.example.com/dashboard/issues.atom?feed_token=glft-00000000000000000001"
