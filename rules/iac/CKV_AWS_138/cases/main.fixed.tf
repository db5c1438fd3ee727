# ok: CKV_AWS_138 (cross_zone_load_balancing defaults to true)
resource "aws_elb" "missing" {
  name               = "web"
  availability_zones = ["eu-west-1a", "eu-west-1b"]
}

resource "aws_elb" "explicit_false" {
  name               = "web"
  availability_zones = ["eu-west-1a", "eu-west-1b"]
  # ruleid: CKV_AWS_138
  cross_zone_load_balancing = true
}

# ok: CKV_AWS_138
resource "aws_elb" "explicit_true" {
  name               = "web"
  availability_zones = ["eu-west-1a", "eu-west-1b"]
  cross_zone_load_balancing = true
}

# ok: CKV_AWS_138 (decided at plan time)
resource "aws_elb" "from_variable" {
  name               = "web"
  availability_zones = ["eu-west-1a", "eu-west-1b"]
  cross_zone_load_balancing = var.cross_zone_load_balancing
}

resource "aws_elb" "accepted" {
  # checkov:skip=CKV_AWS_138:single-zone legacy stack
  name               = "web"
  availability_zones = ["eu-west-1a", "eu-west-1b"]
  # suppressed: CKV_AWS_138
  cross_zone_load_balancing = false
}
