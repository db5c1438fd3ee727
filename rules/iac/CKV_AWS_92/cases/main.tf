# ruleid: CKV_AWS_92
resource "aws_elb" "no_logs" {
  name               = "no-logs"
  availability_zones = ["eu-west-1a"]
}

resource "aws_elb" "disabled" {
  name               = "disabled"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket = aws_s3_bucket.elb_logs.id
    # ruleid: CKV_AWS_92
    enabled = false
  }
}

# ok: CKV_AWS_92 (enabled defaults to true in the block)
resource "aws_elb" "logged" {
  name               = "logged"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket = aws_s3_bucket.elb_logs.id
  }
}

# suppressed: CKV_AWS_92
resource "aws_elb" "retiring" {
  # checkov:skip=CKV_AWS_92:retired next month
  name               = "retiring"
  availability_zones = ["eu-west-1a"]
}
