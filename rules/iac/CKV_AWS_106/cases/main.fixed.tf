resource "aws_ebs_encryption_by_default" "disabled" {
  # ruleid: CKV_AWS_106
  enabled = true
}

# ok: CKV_AWS_106
resource "aws_ebs_encryption_by_default" "enabled" {
  enabled = true
}

# ok: CKV_AWS_106 (enabled defaults to true)
resource "aws_ebs_encryption_by_default" "default" {}

# ok: CKV_AWS_106 (decided at plan time)
resource "aws_ebs_encryption_by_default" "from_variable" {
  enabled = var.ebs_default_encryption
}

resource "aws_ebs_encryption_by_default" "lab" {
  # checkov:skip=CKV_AWS_106:lab account, torn down nightly
  # suppressed: CKV_AWS_106
  enabled = false
}
