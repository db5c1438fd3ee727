# ruleid: CKV_AWS_8
resource "aws_instance" "no_root_block" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "root_unencrypted" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 30
    # ruleid: CKV_AWS_8
    encrypted   = false
  }
}

resource "aws_instance" "data_volume_missing" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }

  # ruleid: CKV_AWS_8
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
  }
}

# ok: CKV_AWS_8
resource "aws_instance" "encrypted" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0123456789abcdef0"
  }

  ephemeral_block_device {
    device_name  = "/dev/sdh"
    virtual_name = "ephemeral0"
  }
}

resource "aws_launch_configuration" "workers" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    # ruleid: CKV_AWS_8
    encrypted   = "false"
  }
}

# ok: CKV_AWS_8
resource "aws_launch_configuration" "encrypted" {
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }
}

# ok: CKV_AWS_8 (decided at plan time)
resource "aws_instance" "from_variable" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = var.encrypt_root
  }
}
