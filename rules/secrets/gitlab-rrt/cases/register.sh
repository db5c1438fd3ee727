#!/bin/sh
# ruleid: gitlab-rrt
gitlab-runner register --url https://gitlab.example.com --registration-token GR1348941<<RAND:[A-Za-z0-9_\-]:20>>
# ok: gitlab-rrt (read from the environment)
gitlab-runner register --url https://gitlab.example.com --registration-token "$REGISTRATION_TOKEN"
# ok: gitlab-rrt (too short)
echo GR1348941<<RAND:[A-Za-z0-9]:10>>
