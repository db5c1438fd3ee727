# ruleid: CKV2_AWS_60
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
  # ruleid: CKV2_AWS_60
  copy_tags_to_snapshot = false
}

# ok: CKV2_AWS_60
resource "aws_db_instance" "explicit_true" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  copy_tags_to_snapshot = true
}

# ok: CKV2_AWS_60 (decided at plan time)
resource "aws_db_instance" "from_variable" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  copy_tags_to_snapshot = var.copy_tags_to_snapshot
}

# suppressed: CKV2_AWS_60
resource "aws_db_instance" "accepted" {
  # checkov:skip=CKV2_AWS_60:snapshots are tagged by the backup job
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
