#!/bin/sh
# ruleid: github-fine-grained-pat
git clone "https://x-access-token:github_pat_<<RAND:[A-Za-z0-9]:22>>_<<RAND:[A-Za-z0-9]:59>>@github.com/acme/app.git"

# ok: github-fine-grained-pat (token from the environment)
git clone "https://x-access-token:${GH_TOKEN}@github.com/acme/app.git"

# ok: github-fine-grained-pat (wrong prefix: no separator after "pat")
echo "github_pat<<RAND:[A-Za-z0-9]:22>>_<<RAND:[A-Za-z0-9]:59>>"
