resource "aws_lb_listener" "old_policy" {
  load_balancer_arn = aws_lb.front.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.api.arn
  # ruleid: CKV_AWS_103
  ssl_policy = "ELBSecurityPolicy-2016-08"
}

# ruleid: CKV_AWS_103
resource "aws_lb_listener" "default_policy" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 443
  protocol          = "TLS"
  certificate_arn   = aws_acm_certificate.api.arn
}

resource "aws_lb_listener" "plain" {
  load_balancer_arn = aws_lb.front.arn
  port              = 80
  # ruleid: CKV_AWS_103
  protocol = "HTTP"
}

# ok: CKV_AWS_103
resource "aws_lb_listener" "modern" {
  load_balancer_arn = aws_lb.front.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.api.arn
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

# ok: CKV_AWS_103 (layer 4)
resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 5432
  protocol          = "TCP"
}

# ok: CKV_AWS_103 (decided at plan time)
resource "aws_lb_listener" "from_variable" {
  load_balancer_arn = aws_lb.front.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.ssl_policy
}

resource "aws_lb_listener" "legacy_clients" {
  # checkov:skip=CKV_AWS_103:kiosk clients that only speak TLS 1.0, isolated listener
  load_balancer_arn = aws_lb.kiosk.arn
  port              = 443
  protocol          = "HTTPS"
  # suppressed: CKV_AWS_103
  ssl_policy = "ELBSecurityPolicy-TLS-1-0-2015-04"
}
