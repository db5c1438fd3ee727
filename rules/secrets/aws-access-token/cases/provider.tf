provider "aws" {
  region = "eu-west-1"
  # ruleid: aws-access-token
  access_key = "AKIA<<RAND:[A-Z2-7]:16>>"
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
