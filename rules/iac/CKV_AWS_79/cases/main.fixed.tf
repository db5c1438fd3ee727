# ruleid: CKV_AWS_79
resource "aws_instance" "no_options" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "optional_tokens" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    # ruleid: CKV_AWS_79
    http_tokens   = "required"
  }
}

resource "aws_launch_template" "tokens_unset" {
  name_prefix = "workers-"
  image_id    = "ami-0123456789abcdef0"

  # ruleid: CKV_AWS_79
  metadata_options {
    http_put_response_hop_limit = 1
  }
}

# ok: CKV_AWS_79
resource "aws_launch_template" "imdsv2" {
  name_prefix = "api-"
  image_id    = "ami-0123456789abcdef0"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

# ok: CKV_AWS_79 (no metadata service at all)
resource "aws_instance" "imds_off" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
  }
}

# ok: CKV_AWS_79 (decided at plan time)
resource "aws_instance" "from_variable" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = var.http_tokens
  }
}
