# ruleid: CKV_AWS_118
resource "aws_db_instance" "missing" {
  identifier     = "orders"
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

resource "aws_rds_cluster_instance" "off" {
  cluster_identifier = aws_rds_cluster.main.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
  # ruleid: CKV_AWS_118
  monitoring_interval = 0
}

# ok: CKV_AWS_118
resource "aws_db_instance" "monitored" {
  identifier          = "users"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  monitoring_interval = 30
  monitoring_role_arn = aws_iam_role.rds_monitoring.arn
}

# ok: CKV_AWS_118 (decided at plan time)
resource "aws_db_instance" "from_variable" {
  identifier          = "reports"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  monitoring_interval = var.monitoring_interval
}

# suppressed: CKV_AWS_118
resource "aws_db_instance" "scratch" {
  # checkov:skip=CKV_AWS_118:scratch database for load tests
  identifier     = "scratch"
  engine         = "postgres"
  instance_class = "db.t3.micro"
}
