# ruleid: CKV_AWS_135
resource "aws_instance" "missing" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "m5.large"
}

resource "aws_instance" "disabled" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  # ruleid: CKV_AWS_135
  ebs_optimized = false
}

# ok: CKV_AWS_135
resource "aws_instance" "optimized" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  ebs_optimized = true
}

# ok: CKV_AWS_135 (decided at plan time)
resource "aws_instance" "from_variable" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  ebs_optimized = var.ebs_optimized
}

# suppressed: CKV_AWS_135
resource "aws_instance" "tiny" {
  # checkov:skip=CKV_AWS_135:t2.nano does not support EBS optimization
  ami           = "ami-0123456789abcdef0"
  instance_type = "t2.nano"
}
