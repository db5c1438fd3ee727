#!/bin/sh
# ruleid: github-app-token
export GITHUB_TOKEN=ghs_<<RAND:[A-Za-z0-9]:36>>

# ok: github-app-token (minted at run time)
export GITHUB_TOKEN="$(gh auth token)"
