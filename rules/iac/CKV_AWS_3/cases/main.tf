# ruleid: CKV_AWS_3
resource "aws_ebs_volume" "missing" {
  availability_zone = "eu-west-1a"
  size              = 40
}

resource "aws_ebs_volume" "disabled" {
  availability_zone = "eu-west-1a"
  size              = 40
  # ruleid: CKV_AWS_3
  encrypted         = false
}

resource "aws_ebs_volume" "null" {
  availability_zone = "eu-west-1a"
  size              = 40
  # ruleid: CKV_AWS_3
  encrypted         = null
}

# ok: CKV_AWS_3
resource "aws_ebs_volume" "encrypted" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

# ok: CKV_AWS_3 (decided at plan time)
resource "aws_ebs_volume" "from_variable" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = var.encrypt
}

# suppressed: CKV_AWS_3
resource "aws_ebs_volume" "scratch" {
  # checkov:skip=CKV_AWS_3:scratch space, wiped on every boot, account default encryption is on
  availability_zone = "eu-west-1a"
  size              = 40
}
