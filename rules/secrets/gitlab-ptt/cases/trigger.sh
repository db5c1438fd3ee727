#!/bin/sh
# ruleid: gitlab-ptt
curl -X POST -F token=glptt-<<RAND:[a-f0-9]:40>> -F ref=main https://gitlab.example.com/api/v4/projects/42/trigger/pipeline
# ok: gitlab-ptt (read from the environment)
curl -X POST -F "token=$GITLAB_TRIGGER_TOKEN" -F ref=main https://gitlab.example.com/api/v4/projects/42/trigger/pipeline
# ok: gitlab-ptt (not hex)
echo glptt-<<RAND:[g-z]:40>>
