resource "aws_rds_cluster" "no_backups" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  # ruleid: CKV_AWS_133
  backup_retention_period = 0
}

resource "aws_db_instance" "too_long" {
  identifier     = "billing"
  engine         = "mysql"
  instance_class = "db.t3.micro"
  # ruleid: CKV_AWS_133
  backup_retention_period = 90
}

# ok: CKV_AWS_133
resource "aws_db_instance" "two_weeks" {
  identifier              = "users"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  backup_retention_period = 14
}

# ok: CKV_AWS_133 (RDS keeps one day by default)
resource "aws_db_instance" "default" {
  identifier     = "reports"
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

# ok: CKV_AWS_133 (decided at plan time)
resource "aws_rds_cluster" "from_variable" {
  cluster_identifier      = "events"
  engine                  = "aurora-mysql"
  backup_retention_period = var.backup_days
}

resource "aws_db_instance" "replica" {
  # checkov:skip=CKV_AWS_133:read replica, the primary is backed up
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.two_weeks.identifier
  instance_class      = "db.t3.micro"
  # suppressed: CKV_AWS_133
  backup_retention_period = 0
}
