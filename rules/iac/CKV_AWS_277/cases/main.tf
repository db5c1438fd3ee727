resource "aws_security_group" "everything" {
  name = "everything"
  ingress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
    # ruleid: CKV_AWS_277
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "all_ipv6" {
  type              = "ingress"
  from_port         = 0
  to_port           = 0
  protocol          = "all"
  security_group_id = aws_security_group.everything.id
  # ruleid: CKV_AWS_277
  ipv6_cidr_blocks = ["::/0"]
}

# ok: CKV_AWS_277 (every TCP port, but not all traffic: the single-port checks report it)
resource "aws_security_group_rule" "all_tcp" {
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.everything.id
}

resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = aws_security_group.everything.id
  ip_protocol       = "-1"
  # ruleid: CKV_AWS_277
  cidr_ipv4 = "0.0.0.0/0"
}

# ok: CKV_AWS_277
resource "aws_security_group" "https" {
  name = "https"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# ok: CKV_AWS_277 (egress rules are another check)
resource "aws_security_group_rule" "other_direction" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.https.id
}

# ok: CKV_AWS_277 (decided at plan time)
resource "aws_security_group" "from_variable" {
  name = "variable"
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = var.allowed_cidrs
  }
}

resource "aws_security_group" "accepted" {
  # checkov:skip=CKV_AWS_277:reviewed, isolated test VPC
  name = "accepted"
  ingress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
    # suppressed: CKV_AWS_277
    cidr_blocks = ["0.0.0.0/0"]
  }
}
