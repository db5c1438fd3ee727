resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port = 80
    to_port   = 80
    protocol  = "tcp"
    # ruleid: CKV_AWS_260
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "range" {
  type              = "ingress"
  from_port         = 1
  to_port           = 1024
  protocol          = "tcp"
  security_group_id = aws_security_group.web.id
  # ruleid: CKV_AWS_260
  ipv6_cidr_blocks = ["::/0"]
}

resource "aws_vpc_security_group_ingress_rule" "http" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  # ruleid: CKV_AWS_260
  cidr_ipv4 = "0.0.0.0/0"
}

# ok: CKV_AWS_260
resource "aws_security_group" "https_only" {
  name = "https"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port       = 80
    to_port         = 80
    protocol        = "tcp"
    security_groups = [aws_security_group.alb.id]
  }
}

# ok: CKV_AWS_260 (egress)
resource "aws_security_group_rule" "egress" {
  type              = "egress"
  from_port         = 80
  to_port           = 80
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.web.id
}

resource "aws_security_group" "legacy" {
  # checkov:skip=CKV_AWS_260:redirects to HTTPS, retired next quarter
  name = "legacy"
  ingress {
    from_port = 80
    to_port   = 80
    protocol  = "tcp"
    # suppressed: CKV_AWS_260
    cidr_blocks = ["0.0.0.0/0"]
  }
}
