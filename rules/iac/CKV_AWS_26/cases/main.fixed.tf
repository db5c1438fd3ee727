# ruleid: CKV_AWS_26
resource "aws_sns_topic" "plain" {
  kms_master_key_id = "alias/aws/sns"
  name = "plain"
}

resource "aws_sns_topic" "empty_key" {
  name              = "empty-key"
  # ruleid: CKV_AWS_26
  kms_master_key_id = "alias/aws/sns"
}

# ok: CKV_AWS_26
resource "aws_sns_topic" "encrypted" {
  name              = "encrypted"
  kms_master_key_id = aws_kms_key.sns.arn
}

# suppressed: CKV_AWS_26
resource "aws_sns_topic" "status" {
  # checkov:skip=CKV_AWS_26:public status page notifications
  name = "status"
}
