resource "aws_kms_key" "disabled" {
  description = "disabled"
  # ruleid: CKV_AWS_227
  is_enabled  = true
}

# ok: CKV_AWS_227 (enabled by default)
resource "aws_kms_key" "default" {
  description = "default"
}

# ok: CKV_AWS_227
resource "aws_kms_key" "explicit" {
  description = "explicit"
  is_enabled  = true
}

resource "aws_kms_key" "retiring" {
  # checkov:skip=CKV_AWS_227:retired key, pending deletion
  description = "retiring"
  # suppressed: CKV_AWS_227
  is_enabled  = false
}
