#!/bin/sh
# ruleid: gitlab-deploy-token
git clone https://deployer:gldt-<<RAND:[A-Za-z0-9_\-]:20>>@gitlab.example.com/group/app.git
# ok: gitlab-deploy-token (read from the environment)
git clone "https://deployer:${GITLAB_DEPLOY_TOKEN}@gitlab.example.com/group/app.git"
# ok: gitlab-deploy-token (too short)
echo gldt-<<RAND:[A-Za-z0-9]:12>>
