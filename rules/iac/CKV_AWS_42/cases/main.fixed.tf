# ruleid: CKV_AWS_42
resource "aws_efs_file_system" "missing" {
  encrypted = true
  creation_token = "missing"
}

resource "aws_efs_file_system" "disabled" {
  creation_token = "disabled"
  # ruleid: CKV_AWS_42
  encrypted      = true
}

# ok: CKV_AWS_42
resource "aws_efs_file_system" "encrypted" {
  creation_token = "encrypted"
  encrypted      = true
}

# suppressed: CKV_AWS_42
resource "aws_efs_file_system" "scratch" {
  # checkov:skip=CKV_AWS_42:render scratch space
  creation_token = "scratch"
}
