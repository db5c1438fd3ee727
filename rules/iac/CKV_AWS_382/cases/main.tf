resource "aws_security_group" "everything" {
  name = "everything"
  egress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
    # ruleid: CKV_AWS_382
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "all_ipv6" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "all"
  security_group_id = aws_security_group.everything.id
  # ruleid: CKV_AWS_382
  ipv6_cidr_blocks = ["::/0"]
}

# ok: CKV_AWS_382 (every TCP port, but not all traffic)
resource "aws_security_group_rule" "all_tcp" {
  type              = "egress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.everything.id
}

resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.everything.id
  ip_protocol       = "-1"
  # ruleid: CKV_AWS_382
  cidr_ipv4 = "0.0.0.0/0"
}

# ok: CKV_AWS_382
resource "aws_security_group" "https" {
  name = "https"
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# ok: CKV_AWS_382 (ingress rules are another check)
resource "aws_security_group_rule" "other_direction" {
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.https.id
}

# ok: CKV_AWS_382 (decided at plan time)
resource "aws_security_group" "from_variable" {
  name = "variable"
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = var.allowed_cidrs
  }
}

resource "aws_security_group" "accepted" {
  # checkov:skip=CKV_AWS_382:reviewed, isolated test VPC
  name = "accepted"
  egress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
    # suppressed: CKV_AWS_382
    cidr_blocks = ["0.0.0.0/0"]
  }
}
