# ok: CKV_AWS_130 (map_public_ip_on_launch defaults to false)
resource "aws_subnet" "missing" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "explicit_true" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
  # ruleid: CKV_AWS_130
  map_public_ip_on_launch = true
}

# ok: CKV_AWS_130
resource "aws_subnet" "explicit_false" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
  map_public_ip_on_launch = false
}

# ok: CKV_AWS_130 (decided at plan time)
resource "aws_subnet" "from_variable" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
  map_public_ip_on_launch = var.map_public_ip_on_launch
}

resource "aws_subnet" "accepted" {
  # checkov:skip=CKV_AWS_130:public subnet for the NAT gateway and bastion only
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
  # suppressed: CKV_AWS_130
  map_public_ip_on_launch = true
}
