resource "aws_instance" "public" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  # ruleid: CKV_AWS_88
  associate_public_ip_address = false
}

resource "aws_launch_template" "public" {
  name_prefix = "web-"
  image_id    = "ami-0123456789abcdef0"

  network_interfaces {
    device_index = 0
    # ruleid: CKV_AWS_88
    associate_public_ip_address = false
  }
}

# ok: CKV_AWS_88
resource "aws_instance" "private" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}

# ok: CKV_AWS_88 (the subnet decides)
resource "aws_launch_template" "subnet_decides" {
  name_prefix = "api-"
  image_id    = "ami-0123456789abcdef0"
}

# ok: CKV_AWS_88 (decided at plan time)
resource "aws_instance" "from_variable" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public
}

resource "aws_instance" "bastion" {
  # checkov:skip=CKV_AWS_88:bastion host, SSH restricted to the office range
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  # suppressed: CKV_AWS_88
  associate_public_ip_address = true
}
