# ruleid: CKV_AWS_166
resource "aws_backup_vault" "default_key" {
  name = "default-key"
}

# ok: CKV_AWS_166
resource "aws_backup_vault" "cmk" {
  name        = "cmk"
  kms_key_arn = aws_kms_key.backup.arn
}

# suppressed: CKV_AWS_166
resource "aws_backup_vault" "sandbox" {
  # checkov:skip=CKV_AWS_166:sandbox account
  name = "sandbox"
}
