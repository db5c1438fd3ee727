resource "aws_security_group" "undescribed_rule" {
  name = "web"

  ingress {
    description = "HTTPS from the load balancer"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  # ruleid: CKV_AWS_23
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "blank_description" {
  name = "api"

  # ruleid: CKV_AWS_23
  ingress {
    description = ""
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

# ok: CKV_AWS_23 (every rule is described)
resource "aws_security_group" "all_described" {
  name = "db"

  ingress {
    description     = "PostgreSQL from the app tier"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.undescribed_rule.id]
  }

  egress {
    description = "Nothing leaves except to the VPC"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

# ok: CKV_AWS_23 (a described group passes as a whole, as in Checkov)
resource "aws_security_group" "group_described" {
  name        = "cache"
  description = "Redis for the app tier"

  ingress {
    from_port   = 6379
    to_port     = 6379
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

# ruleid: CKV_AWS_23
resource "aws_security_group_rule" "undescribed" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
  security_group_id = aws_security_group.all_described.id
}

# ok: CKV_AWS_23
resource "aws_security_group_rule" "described" {
  type              = "ingress"
  description       = "HTTPS from the VPC"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
  security_group_id = aws_security_group.all_described.id
}

# ruleid: CKV_AWS_23
resource "aws_vpc_security_group_egress_rule" "undescribed" {
  security_group_id = aws_security_group.all_described.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

# ok: CKV_AWS_23
resource "aws_vpc_security_group_ingress_rule" "described" {
  security_group_id = aws_security_group.all_described.id
  description       = "HTTPS from the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}
