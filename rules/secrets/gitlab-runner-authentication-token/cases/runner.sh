#!/bin/sh
# ruleid: gitlab-runner-authentication-token
gitlab-runner register --non-interactive --url https://gitlab.example.com --token glrt-<<RAND:[A-Za-z0-9_\-]:20>>
# ok: gitlab-runner-authentication-token (read from the environment)
gitlab-runner register --non-interactive --url https://gitlab.example.com --token "$RUNNER_TOKEN"
# ok: gitlab-runner-authentication-token (too short)
echo glrt-<<RAND:[A-Za-z0-9]:12>>
