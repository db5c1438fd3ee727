# ruleid: CKV_AWS_16
resource "aws_db_instance" "missing" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "disabled" {
  identifier        = "billing"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  # ruleid: CKV_AWS_16
  storage_encrypted = false
}

# ok: CKV_AWS_16
resource "aws_db_instance" "encrypted" {
  identifier        = "users"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}

# ok: CKV_AWS_16 (decided at plan time)
resource "aws_db_instance" "from_variable" {
  identifier        = "reports"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = var.encrypt_databases
}

# ruleid: CKV_AWS_16
resource "aws_db_instance" "one_line" {}
