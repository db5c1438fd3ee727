#!/bin/sh
# ruleid: curl-auth-user
curl -u deploy:<<RAND:[A-Za-z0-9]:16>> -T app.jar https://repo.service.test/upload






# ruleid: curl-auth-user (quoted, long option)
curl --user "ci-bot:<<RAND:[A-Za-z0-9!%^&*]:20>>" https://repo.service.test/api/ping






# ok: curl-auth-user (password from the environment)
curl -u "deploy:$API_PASSWORD" -T app.jar https://repo.service.test/upload






# ok: curl-auth-user (placeholder password)
curl -u admin:changeme https://repo.service.test/api/ping






# ok: curl-auth-user (template)
curl --user '<username>:<password>' https://repo.service.test/api/ping






# ok: curl-auth-user (user name only)
curl -u deploy -T app.jar https://repo.service.test/upload
