#!/bin/sh
# ruleid: gitlab-cicd-job-token
curl --header "JOB-TOKEN: glcbt-<<RAND:[a-z0-9]:2>>_<<RAND:[A-Za-z0-9_\-]:20>>" "$CI_API_V4_URL/projects/42/packages"
# ok: gitlab-cicd-job-token (the predefined variable)
curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/42/packages"
# ok: gitlab-cicd-job-token (too short)
echo "glcbt-<<RAND:[a-z0-9]:2>>_<<RAND:[A-Za-z0-9]:12>>"
