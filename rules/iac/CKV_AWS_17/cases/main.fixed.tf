resource "aws_db_instance" "public" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  # ruleid: CKV_AWS_17
  publicly_accessible = false
}

resource "aws_rds_cluster_instance" "public" {
  cluster_identifier  = aws_rds_cluster.main.id
  instance_class      = "db.r6g.large"
  engine              = aws_rds_cluster.main.engine
  # ruleid: CKV_AWS_17
  publicly_accessible = false
}

# ok: CKV_AWS_17 (absent: Terraform defaults to private)
resource "aws_db_instance" "default" {
  identifier        = "users"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

# ok: CKV_AWS_17
resource "aws_rds_cluster_instance" "private" {
  cluster_identifier  = aws_rds_cluster.main.id
  instance_class      = "db.r6g.large"
  publicly_accessible = false
}

# ok: CKV_AWS_17 (decided at plan time)
resource "aws_db_instance" "from_variable" {
  identifier          = "reports"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  publicly_accessible = var.public_database
}
