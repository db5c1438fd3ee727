resource "aws_lb_listener" "forward_http" {
  load_balancer_arn = aws_lb.front.arn
  port              = 80
  # ruleid: CKV_AWS_2
  protocol = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# ruleid: CKV_AWS_2
resource "aws_lb_listener" "no_protocol" {
  load_balancer_arn = aws_lb.front.arn
  port              = 8080
}

# ok: CKV_AWS_2
resource "aws_lb_listener" "redirect" {
  load_balancer_arn = aws_lb.front.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

# ok: CKV_AWS_2
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.front.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.web.arn
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

resource "aws_lb_listener" "health" {
  # checkov:skip=CKV_AWS_2:internal health endpoint, VPC only
  load_balancer_arn = aws_lb.internal.arn
  port              = 80
  # suppressed: CKV_AWS_2
  protocol = "HTTP"
}
