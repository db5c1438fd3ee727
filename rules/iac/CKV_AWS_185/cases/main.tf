# ruleid: CKV_AWS_185
resource "aws_kinesis_stream" "plain" {
  name        = "clicks"
  shard_count = 1
}

# ok: CKV_AWS_185
resource "aws_kinesis_stream" "cmk" {
  name        = "clicks"
  shard_count = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.kinesis.arn
}

# suppressed: CKV_AWS_185
resource "aws_kinesis_stream" "metrics" {
  # checkov:skip=CKV_AWS_185:operational metrics only
  name        = "clicks"
  shard_count = 1
}
