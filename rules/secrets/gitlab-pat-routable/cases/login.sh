#!/bin/sh
# ruleid: gitlab-pat-routable
export GITLAB_TOKEN=glpat-<<RAND:[A-Za-z0-9_\-]:40>>.01<<RAND:[a-z0-9]:7>>
# ok: gitlab-pat-routable (read from a file)
glab auth login --stdin < /run/secrets/gitlab-token
# ok: gitlab-pat-routable (suffix missing)
echo glpat-<<RAND:[A-Za-z0-9]:12>>
