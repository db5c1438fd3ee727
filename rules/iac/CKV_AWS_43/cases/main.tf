# ruleid: CKV_AWS_43
resource "aws_kinesis_stream" "plain" {
  name        = "clicks"
  shard_count = 1
}

resource "aws_kinesis_stream" "none" {
  name        = "clicks"
  shard_count = 1
  # ruleid: CKV_AWS_43
  encryption_type = "NONE"
}

# ok: CKV_AWS_43
resource "aws_kinesis_stream" "kms" {
  name        = "clicks"
  shard_count = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

# suppressed: CKV_AWS_43
resource "aws_kinesis_stream" "public_feed" {
  # checkov:skip=CKV_AWS_43:republishes public market data
  name        = "clicks"
  shard_count = 1
}
