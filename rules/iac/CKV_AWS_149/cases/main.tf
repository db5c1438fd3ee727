# ruleid: CKV_AWS_149
resource "aws_secretsmanager_secret" "default_key" {
  name = "default-key"
}

resource "aws_secretsmanager_secret" "aws_managed" {
  name       = "aws-managed"
  # ruleid: CKV_AWS_149
  kms_key_id = "alias/aws/secretsmanager"
}

# ok: CKV_AWS_149
resource "aws_secretsmanager_secret" "cmk" {
  name       = "cmk"
  kms_key_id = aws_kms_key.secrets.arn
}

# suppressed: CKV_AWS_149
resource "aws_secretsmanager_secret" "sandbox" {
  # checkov:skip=CKV_AWS_149:sandbox account, no shared access
  name = "sandbox"
}
