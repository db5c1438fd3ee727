# ruleid: CKV_AWS_129
resource "aws_db_instance" "missing" {
  identifier     = "orders"
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

resource "aws_db_instance" "empty" {
  identifier     = "billing"
  engine         = "mysql"
  instance_class = "db.t3.micro"
  # ruleid: CKV_AWS_129
  enabled_cloudwatch_logs_exports = []
}

# ok: CKV_AWS_129
resource "aws_db_instance" "exported" {
  identifier                      = "users"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

# ok: CKV_AWS_129 (decided at plan time)
resource "aws_db_instance" "from_variable" {
  identifier                      = "reports"
  engine                          = "postgres"
  instance_class                  = "db.t3.micro"
  enabled_cloudwatch_logs_exports = var.log_exports
}

# suppressed: CKV_AWS_129
resource "aws_db_instance" "ci" {
  # checkov:skip=CKV_AWS_129:CI database, recreated per pipeline run
  identifier     = "ci"
  engine         = "postgres"
  instance_class = "db.t3.micro"
}
