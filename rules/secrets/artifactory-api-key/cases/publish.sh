#!/bin/sh
# ruleid: artifactory-api-key
ARTIFACTORY_API_KEY=AKCp<<RAND:[A-Za-z0-9]:69>>

# ruleid: artifactory-api-key (in a header)
curl -H "X-JFrog-Art-Api: AKCp<<RAND:[A-Za-z0-9]:69>>" -T app.jar https://repo.example.com/libs-release/app.jar

# ok: artifactory-api-key (too short)
BUILD_REF=AKCp<<RAND:[A-Za-z0-9]:40>>

# ok: artifactory-api-key (low entropy)
FILLER=AKCp<<RAND:[AB]:69>>

# ok: artifactory-api-key (read from the environment)
curl -H "X-JFrog-Art-Api: $ARTIFACTORY_API_KEY" -T app.jar https://repo.example.com/libs-release/app.jar
