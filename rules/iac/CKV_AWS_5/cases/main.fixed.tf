# ruleid: CKV_AWS_5
resource "aws_opensearch_domain" "missing" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
  encrypt_at_rest {
    enabled = true
  }
}

resource "aws_elasticsearch_domain" "disabled" {
  domain_name           = "search"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    # ruleid: CKV_AWS_5
    enabled = true
  }
}

# ok: CKV_AWS_5
resource "aws_opensearch_domain" "encrypted" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  encrypt_at_rest {
    enabled = true
  }
}

# suppressed: CKV_AWS_5
resource "aws_elasticsearch_domain" "public_docs" {
  # checkov:skip=CKV_AWS_5:indexes public documentation only
  domain_name           = "search"
  elasticsearch_version = "7.10"
}
