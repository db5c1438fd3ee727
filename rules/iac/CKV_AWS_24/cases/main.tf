resource "aws_security_group" "ssh_world" {
  name        = "ssh-world"
  description = "SSH from anywhere"

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    # ruleid: CKV_AWS_24
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }
}

resource "aws_security_group" "range_ipv6" {
  name = "range-ipv6"

  ingress {
    from_port        = 20
    to_port          = 25
    protocol         = "tcp"
    # ruleid: CKV_AWS_24
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group" "all_traffic" {
  name = "all-traffic"

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    # ruleid: CKV_AWS_24
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# ok: CKV_AWS_24 (egress is not ingress)
resource "aws_security_group" "egress_only" {
  name = "egress-only"

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# ok: CKV_AWS_24 (SSH only from the corporate network)
resource "aws_security_group" "ssh_corp" {
  name = "ssh-corp"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    from_port   = 80
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# ok: CKV_AWS_24 (ICMP "ports" are types and codes)
resource "aws_security_group" "ping" {
  name = "ping"

  ingress {
    from_port   = 8
    to_port     = 30
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# ok: CKV_AWS_24 (source decided at plan time)
resource "aws_security_group" "from_variable" {
  name = "from-variable"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }
}

resource "aws_security_group_rule" "ssh_world" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  # ruleid: CKV_AWS_24
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.ssh_corp.id
}

# ok: CKV_AWS_24 (an egress rule)
resource "aws_security_group_rule" "egress_ssh" {
  type              = "egress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.ssh_corp.id
}

# ok: CKV_AWS_24 (from another security group)
resource "aws_security_group_rule" "from_bastion" {
  type                     = "ingress"
  from_port                = 22
  to_port                  = 22
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.ssh_corp.id
  security_group_id        = aws_security_group.ssh_corp.id
}

resource "aws_vpc_security_group_ingress_rule" "ssh_world" {
  security_group_id = aws_security_group.ssh_corp.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  # ruleid: CKV_AWS_24
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "everything_v6" {
  security_group_id = aws_security_group.ssh_corp.id
  ip_protocol       = "-1"
  # ruleid: CKV_AWS_24
  cidr_ipv6         = "::/0"
}

# ok: CKV_AWS_24
resource "aws_vpc_security_group_ingress_rule" "https_world" {
  security_group_id = aws_security_group.ssh_corp.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group_rule" "accepted" {
  # checkov:skip=CKV_AWS_24:temporary access for the migration, removed after cutover
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  # suppressed: CKV_AWS_24 (checkov:skip inside the resource)
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.ssh_corp.id
}
