# ruleid: CKV_AWS_161
resource "aws_db_instance" "missing" {
  identifier     = "orders"
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

resource "aws_db_instance" "disabled" {
  identifier     = "billing"
  engine         = "mysql"
  instance_class = "db.t3.micro"
  # ruleid: CKV_AWS_161
  iam_database_authentication_enabled = false
}

# ok: CKV_AWS_161
resource "aws_db_instance" "iam" {
  identifier                          = "users"
  engine                              = "postgres"
  instance_class                      = "db.t3.micro"
  iam_database_authentication_enabled = true
}

# ok: CKV_AWS_161 (engine without IAM authentication)
resource "aws_db_instance" "oracle" {
  identifier     = "erp"
  engine         = "oracle-se2"
  instance_class = "db.m5.large"
}

# suppressed: CKV_AWS_161
resource "aws_db_instance" "vendor" {
  # checkov:skip=CKV_AWS_161:vendor application supports passwords only
  identifier     = "vendor"
  engine         = "mysql"
  instance_class = "db.t3.micro"
}
