# ruleid: CKV_AWS_136
resource "aws_ecr_repository" "default" {
  name = "default"
}

resource "aws_ecr_repository" "aes" {
  name = "aes"

  encryption_configuration {
    # ruleid: CKV_AWS_136
    encryption_type = "AES256"
  }
}

# ok: CKV_AWS_136
resource "aws_ecr_repository" "kms" {
  name = "kms"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}

# suppressed: CKV_AWS_136
resource "aws_ecr_repository" "public_mirror" {
  # checkov:skip=CKV_AWS_136:mirror of public images
  name = "public-mirror"
}
