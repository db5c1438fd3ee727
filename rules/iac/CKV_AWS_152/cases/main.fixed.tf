# ruleid: CKV_AWS_152
resource "aws_lb" "missing" {
  enable_cross_zone_load_balancing = true
  name               = "missing"
  load_balancer_type = "network"
  subnets            = var.private_subnets
}

resource "aws_lb" "disabled" {
  name               = "disabled"
  load_balancer_type = "gateway"
  # ruleid: CKV_AWS_152
  enable_cross_zone_load_balancing = true
}

# ok: CKV_AWS_152
resource "aws_lb" "enabled" {
  name                             = "enabled"
  load_balancer_type               = "network"
  subnets                          = var.private_subnets
  enable_cross_zone_load_balancing = true
}

# ok: CKV_AWS_152 (application load balancers always balance across zones)
resource "aws_alb" "application" {
  name    = "application"
  subnets = var.public_subnets
}

# suppressed: CKV_AWS_152
resource "aws_lb" "single_zone" {
  # checkov:skip=CKV_AWS_152:single-zone test stack
  name               = "single-zone"
  load_balancer_type = "network"
  subnets            = [var.private_subnets[0]]
}
