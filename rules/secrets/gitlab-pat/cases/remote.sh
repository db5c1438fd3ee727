#!/bin/sh
# ruleid: gitlab-pat
git remote add origin https://oauth2:glpat-<<RAND:[A-Za-z0-9_\-]:20>>@gitlab.example.com/group/app.git
# ruleid: gitlab-pat (API header)
curl --header "PRIVATE-TOKEN: glpat-<<RAND:[A-Za-z0-9]:20>>" https://gitlab.example.com/api/v4/projects
# ok: gitlab-pat (read from the environment)
git remote add origin "https://oauth2:${GITLAB_TOKEN}@gitlab.example.com/group/app.git"
# ok: gitlab-pat (too short)
echo glpat-<<RAND:[A-Za-z0-9]:12>>
# ok: gitlab-pat (low entropy)
echo glpat-00000000000000000001
