# ruleid: CKV_AWS_150
resource "aws_lb" "missing" {
  enable_deletion_protection = true
  name    = "front"
  subnets = var.public_subnets
}

resource "aws_lb" "explicit_false" {
  name    = "front"
  subnets = var.public_subnets
  # ruleid: CKV_AWS_150
  enable_deletion_protection = true
}

# ok: CKV_AWS_150
resource "aws_lb" "explicit_true" {
  name    = "front"
  subnets = var.public_subnets
  enable_deletion_protection = true
}

# ok: CKV_AWS_150 (decided at plan time)
resource "aws_lb" "from_variable" {
  name    = "front"
  subnets = var.public_subnets
  enable_deletion_protection = var.enable_deletion_protection
}

# suppressed: CKV_AWS_150
resource "aws_lb" "accepted" {
  # checkov:skip=CKV_AWS_150:ephemeral review environment
  name    = "front"
  subnets = var.public_subnets
}
