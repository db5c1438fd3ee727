# ruleid: CKV_AWS_139
resource "aws_rds_cluster" "missing" {
  deletion_protection = true
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

resource "aws_rds_cluster" "explicit_false" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  # ruleid: CKV_AWS_139
  deletion_protection = true
}

# ok: CKV_AWS_139
resource "aws_rds_cluster" "explicit_true" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  deletion_protection = true
}

# ok: CKV_AWS_139 (decided at plan time)
resource "aws_rds_cluster" "from_variable" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  deletion_protection = var.deletion_protection
}

# suppressed: CKV_AWS_139
resource "aws_rds_cluster" "accepted" {
  # checkov:skip=CKV_AWS_139:ephemeral preview environment
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
}
