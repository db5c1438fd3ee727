# ruleid: CKV_AWS_189
resource "aws_ebs_volume" "aws_managed_key" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}

resource "aws_ebs_volume" "empty_key" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  # ruleid: CKV_AWS_189
  kms_key_id = ""
}

# ok: CKV_AWS_189
resource "aws_ebs_volume" "cmk" {
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

# suppressed: CKV_AWS_189
resource "aws_ebs_volume" "scratch" {
  # checkov:skip=CKV_AWS_189:scratch space, the AWS managed key is enough
  availability_zone = "eu-west-1a"
  size              = 40
  encrypted         = true
}
