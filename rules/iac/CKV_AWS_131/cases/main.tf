# ruleid: CKV_AWS_131
resource "aws_lb" "missing" {
  name    = "missing"
  subnets = var.public_subnets
}

resource "aws_alb" "disabled" {
  name    = "disabled"
  subnets = var.public_subnets
  # ruleid: CKV_AWS_131
  drop_invalid_header_fields = false
}

# ok: CKV_AWS_131
resource "aws_lb" "drops" {
  name                       = "drops"
  subnets                    = var.public_subnets
  drop_invalid_header_fields = true
}

# ok: CKV_AWS_131 (network load balancers do not parse HTTP)
resource "aws_lb" "network" {
  name               = "network"
  load_balancer_type = "network"
  subnets            = var.public_subnets
}

# suppressed: CKV_AWS_131
resource "aws_lb" "legacy_clients" {
  # checkov:skip=CKV_AWS_131:legacy devices send underscores in header names
  name    = "legacy"
  subnets = var.public_subnets
}
