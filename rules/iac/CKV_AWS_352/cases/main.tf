# ruleid: CKV_AWS_352
resource "aws_network_acl_rule" "all" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/8"
}

resource "aws_network_acl_rule" "from_zero" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 110
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/8"
  # ruleid: CKV_AWS_352
  from_port      = 0
  to_port        = 65535
}

# ok: CKV_AWS_352
resource "aws_network_acl_rule" "https" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 120
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}

# ok: CKV_AWS_352 (egress rules get no verdict)
resource "aws_network_acl_rule" "egress" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = true
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

# suppressed: CKV_AWS_352
resource "aws_network_acl_rule" "vpc_internal" {
  # checkov:skip=CKV_AWS_352:all traffic from inside the VPC is intended
  network_acl_id = aws_network_acl.public.id
  rule_number    = 130
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/16"
}
