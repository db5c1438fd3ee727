# ruleid: CKV_AWS_157
resource "aws_db_instance" "missing" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "explicit_false" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  # ruleid: CKV_AWS_157
  multi_az = false
}

# ok: CKV_AWS_157
resource "aws_db_instance" "explicit_true" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  multi_az = true
}

# ok: CKV_AWS_157 (decided at plan time)
resource "aws_db_instance" "from_variable" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  multi_az = var.multi_az
}

# suppressed: CKV_AWS_157
resource "aws_db_instance" "accepted" {
  # checkov:skip=CKV_AWS_157:development database
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
