# ruleid: CKV_AWS_226
resource "aws_db_instance" "missing" {
  auto_minor_version_upgrade = true
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
  # ruleid: CKV_AWS_226
  auto_minor_version_upgrade = true
}

# ok: CKV_AWS_226
resource "aws_db_instance" "explicit_true" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  auto_minor_version_upgrade = true
}

# ok: CKV_AWS_226 (decided at plan time)
resource "aws_db_instance" "from_variable" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  auto_minor_version_upgrade = var.auto_minor_version_upgrade
}

# suppressed: CKV_AWS_226
resource "aws_db_instance" "accepted" {
  # checkov:skip=CKV_AWS_226:engine version pinned for a certified vendor build
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
