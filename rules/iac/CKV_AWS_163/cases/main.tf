# ruleid: CKV_AWS_163
resource "aws_ecr_repository" "default" {
  name = "default"
}

resource "aws_ecr_repository" "disabled" {
  name = "disabled"

  image_scanning_configuration {
    # ruleid: CKV_AWS_163
    scan_on_push = false
  }
}

# ok: CKV_AWS_163
resource "aws_ecr_repository" "scanned" {
  name = "scanned"

  image_scanning_configuration {
    scan_on_push = true
  }
}

# suppressed: CKV_AWS_163
resource "aws_ecr_repository" "inspector" {
  # checkov:skip=CKV_AWS_163:Inspector enhanced scanning is on for the registry
  name = "inspector"
}
