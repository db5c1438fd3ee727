#!/bin/sh
# ruleid: gitlab-scim-token
curl -H "Authorization: Bearer glsoat-<<RAND:[A-Za-z0-9_\-]:20>>" https://gitlab.example.com/api/scim/v2/groups/acme/Users
# ok: gitlab-scim-token (read from the environment)
curl -H "Authorization: Bearer $GITLAB_SCIM_TOKEN" https://gitlab.example.com/api/scim/v2/groups/acme/Users
# ok: gitlab-scim-token (too short)
echo glsoat-<<RAND:[A-Za-z0-9]:10>>
