#!/bin/sh
# ruleid: openshift-user-token
oc login --token=sha256~<<RAND:[A-Za-z0-9_\-]:43>> --server=https://api.cluster.internal:6443
# ok: openshift-user-token (read from the environment)
oc login --token="$OPENSHIFT_TOKEN" --server=https://api.cluster.internal:6443
# ok: openshift-user-token (too short)
echo "sha256~<<RAND:[A-Za-z0-9]:20>>"
