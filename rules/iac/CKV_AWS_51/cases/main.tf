# ruleid: CKV_AWS_51
resource "aws_ecr_repository" "default" {
  name = "default"
}

resource "aws_ecr_repository" "mutable" {
  name                 = "mutable"
  # ruleid: CKV_AWS_51
  image_tag_mutability = "MUTABLE"
}

# ok: CKV_AWS_51
resource "aws_ecr_repository" "immutable" {
  name                 = "immutable"
  image_tag_mutability = "IMMUTABLE"
}

# suppressed: CKV_AWS_51
resource "aws_ecr_repository" "dev_cache" {
  # checkov:skip=CKV_AWS_51:build cache images, tags are overwritten on purpose
  name = "dev-cache"
}
