# ruleid: CKV_AWS_7
resource "aws_kms_key" "missing" {
  description = "rotation absent"
}

resource "aws_kms_key" "disabled" {
  description = "rotation off"
  # ruleid: CKV_AWS_7
  enable_key_rotation = false
}

# ok: CKV_AWS_7
resource "aws_kms_key" "enabled" {
  enable_key_rotation = true
}

# ok: CKV_AWS_7 (asymmetric keys cannot rotate)
resource "aws_kms_key" "signing" {
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

# suppressed: CKV_AWS_7 (checkov:skip inside the resource)
resource "aws_kms_key" "skipped" {
  # checkov:skip=CKV_AWS_7:legacy key scheduled for deletion
  description = "skipped"
}
