import boto3

# ruleid: aws-access-token
s3 = boto3.client("s3", aws_access_key_id="AKIA<<RAND:[A-Z2-7]:16>>")

# ok: aws-access-token (credentials from the default provider chain)
s3_default = boto3.client("s3")
