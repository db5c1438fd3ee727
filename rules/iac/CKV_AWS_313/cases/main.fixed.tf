# ruleid: CKV_AWS_313
resource "aws_rds_cluster" "missing" {
  copy_tags_to_snapshot = true
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

resource "aws_rds_cluster" "explicit_false" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  # ruleid: CKV_AWS_313
  copy_tags_to_snapshot = true
}

# ok: CKV_AWS_313
resource "aws_rds_cluster" "explicit_true" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  copy_tags_to_snapshot = true
}

# ok: CKV_AWS_313 (decided at plan time)
resource "aws_rds_cluster" "from_variable" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  copy_tags_to_snapshot = var.copy_tags_to_snapshot
}

# suppressed: CKV_AWS_313
resource "aws_rds_cluster" "accepted" {
  # checkov:skip=CKV_AWS_313:snapshots are tagged by the backup job
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
}
