#!/bin/sh
# ruleid: gitlab-kubernetes-agent-token
helm upgrade --install gitlab-agent gitlab/gitlab-agent --set config.token=glagent-<<RAND:[A-Za-z0-9_\-]:50>>
# ok: gitlab-kubernetes-agent-token (token kept in a Kubernetes secret)
helm upgrade --install gitlab-agent gitlab/gitlab-agent --set config.secretName=gitlab-agent-token
# ok: gitlab-kubernetes-agent-token (too short)
echo glagent-<<RAND:[A-Za-z0-9]:30>>
