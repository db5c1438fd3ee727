# ruleid: CKV_AWS_354
resource "aws_db_instance" "default_key" {
  identifier                   = "orders"
  engine                       = "postgres"
  instance_class               = "db.t3.micro"
  performance_insights_enabled = true
}

resource "aws_rds_cluster_instance" "empty_key" {
  cluster_identifier           = aws_rds_cluster.main.id
  instance_class               = "db.r6g.large"
  engine                       = "aurora-postgresql"
  performance_insights_enabled = true
  # ruleid: CKV_AWS_354
  performance_insights_kms_key_id = ""
}

# ok: CKV_AWS_354
resource "aws_db_instance" "cmk" {
  identifier                      = "users"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.rds.arn
}

# ok: CKV_AWS_354 (Performance Insights is off)
resource "aws_db_instance" "no_insights" {
  identifier     = "reports"
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

# suppressed: CKV_AWS_354
resource "aws_db_instance" "sandbox" {
  # checkov:skip=CKV_AWS_354:sandbox without production data
  identifier                   = "sandbox"
  engine                       = "postgres"
  instance_class               = "db.t3.micro"
  performance_insights_enabled = true
}
