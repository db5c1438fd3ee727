provider "aws" {
  region = "eu-west-1"
  # ruleid: aws-access-token
  access_key = var.access_key
}

provider "aws" {
  alias  = "docs"
  region = "us-east-1"
  # ok: aws-access-token (documentation example)
  access_key = "AKIAIOSFODNN7EXAMPLE"
}

provider "aws" {
  alias  = "variable"
  region = "us-east-1"
  # ok: aws-access-token (read from a variable)
  access_key = var.aws_access_key_id
}

variable "access_key" {
  type      = string
  sensitive = true
}
