# ruleid: CKV_AWS_293
resource "aws_db_instance" "missing" {
  deletion_protection = true
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
  # ruleid: CKV_AWS_293
  deletion_protection = true
}

# ok: CKV_AWS_293
resource "aws_db_instance" "explicit_true" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  deletion_protection = true
}

# ok: CKV_AWS_293 (decided at plan time)
resource "aws_db_instance" "from_variable" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  deletion_protection = var.deletion_protection
}

# suppressed: CKV_AWS_293
resource "aws_db_instance" "accepted" {
  # checkov:skip=CKV_AWS_293:ephemeral preview environment
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
