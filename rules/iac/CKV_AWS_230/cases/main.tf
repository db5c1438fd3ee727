resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    # ruleid: CKV_AWS_230
    cidr_block = "0.0.0.0/0"
    from_port  = 20
    to_port    = 20
  }
}

resource "aws_network_acl" "all_traffic" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no         = 100
    protocol        = "-1"
    action          = "allow"
    # ruleid: CKV_AWS_230
    ipv6_cidr_block = "::/0"
    from_port       = 0
    to_port         = 0
  }
}

resource "aws_network_acl_rule" "open" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 200
  protocol       = "tcp"
  rule_action    = "allow"
  # ruleid: CKV_AWS_230
  cidr_block     = "0.0.0.0/0"
  from_port      = 1
  to_port        = 65535
}

# ok: CKV_AWS_230 (an earlier rule denies the port)
resource "aws_network_acl" "deny_first" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 200
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 20
    to_port    = 20
  }
}

# ok: CKV_AWS_230
resource "aws_network_acl_rule" "office" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 110
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "192.0.2.0/24"
  from_port      = 20
  to_port        = 20
}

# ok: CKV_AWS_230 (egress)
resource "aws_network_acl_rule" "egress" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "accepted" {
  # checkov:skip=CKV_AWS_230:public FTP data endpoint, accepted by the security team
  network_acl_id = aws_network_acl.public.id
  rule_number    = 120
  protocol       = "tcp"
  rule_action    = "allow"
  # suppressed: CKV_AWS_230
  cidr_block     = "0.0.0.0/0"
  from_port      = 20
  to_port        = 20
}
