# ruleid: CKV_AWS_126
resource "aws_instance" "missing" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "disabled" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  # ruleid: CKV_AWS_126
  monitoring = false
}

# ok: CKV_AWS_126
resource "aws_instance" "monitored" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  monitoring    = true
}

# ok: CKV_AWS_126 (decided at plan time)
resource "aws_instance" "from_variable" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  monitoring    = var.detailed_monitoring
}

# suppressed: CKV_AWS_126
resource "aws_instance" "sandbox" {
  # checkov:skip=CKV_AWS_126:throwaway sandbox
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
