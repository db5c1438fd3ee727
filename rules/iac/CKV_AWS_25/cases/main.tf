resource "aws_security_group" "rdp_world" {
  name = "rdp-world"

  ingress {
    description = "RDP"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    # ruleid: CKV_AWS_25
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "wide_range" {
  name = "wide-range"

  ingress {
    from_port        = 1024
    to_port          = 65535
    protocol         = "tcp"
    # ruleid: CKV_AWS_25
    ipv6_cidr_blocks = ["::/0"]
  }
}

# ok: CKV_AWS_25 (SSH is CKV_AWS_24's business)
resource "aws_security_group" "ssh_world" {
  name = "ssh-world"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# ok: CKV_AWS_25 (RDP only from the office)
resource "aws_security_group" "rdp_office" {
  name = "rdp-office"

  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["192.0.2.0/24"]
  }
}

resource "aws_security_group_rule" "rdp_world" {
  type              = "ingress"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  # ruleid: CKV_AWS_25
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.rdp_office.id
}

resource "aws_vpc_security_group_ingress_rule" "rdp_world" {
  security_group_id = aws_security_group.rdp_office.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  # ruleid: CKV_AWS_25
  cidr_ipv4         = "0.0.0.0/0"
}

# ok: CKV_AWS_25 (a prefix list, not the internet)
resource "aws_vpc_security_group_ingress_rule" "rdp_prefix_list" {
  security_group_id = aws_security_group.rdp_office.id
  ip_protocol       = "tcp"
  from_port         = 3389
  to_port           = 3389
  prefix_list_id    = aws_ec2_managed_prefix_list.office.id
}
