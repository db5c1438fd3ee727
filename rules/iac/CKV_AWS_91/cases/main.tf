# ruleid: CKV_AWS_91
resource "aws_lb" "no_logs" {
  name    = "no-logs"
  subnets = var.public_subnets
}

resource "aws_alb" "disabled" {
  name    = "disabled"
  subnets = var.public_subnets

  access_logs {
    bucket = aws_s3_bucket.lb_logs.id
    # ruleid: CKV_AWS_91
    enabled = false
  }
}

# ok: CKV_AWS_91
resource "aws_lb" "logged" {
  name               = "logged"
  load_balancer_type = "network"
  subnets            = var.public_subnets

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = true
  }
}

# ok: CKV_AWS_91 (decided at plan time)
resource "aws_lb" "from_variable" {
  name    = "variable"
  subnets = var.public_subnets

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = var.lb_access_logs
  }
}

# suppressed: CKV_AWS_91
resource "aws_lb" "preview" {
  # checkov:skip=CKV_AWS_91:preview environment without user traffic
  name    = "preview"
  subnets = var.public_subnets
}
