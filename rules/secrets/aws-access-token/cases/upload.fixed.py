import os
import boto3

# ruleid: aws-access-token
s3 = boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"])

# ok: aws-access-token (credentials from the default provider chain)
s3_default = boto3.client("s3")
