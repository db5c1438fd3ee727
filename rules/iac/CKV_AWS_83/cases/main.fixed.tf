resource "aws_opensearch_domain" "plain_http" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  domain_endpoint_options {
    # ruleid: CKV_AWS_83
    enforce_https = true
  }
}

# ok: CKV_AWS_83 (the provider enforces HTTPS by default)
resource "aws_elasticsearch_domain" "default" {
  domain_name           = "search"
  elasticsearch_version = "7.10"
}

# ok: CKV_AWS_83
resource "aws_opensearch_domain" "https" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_elasticsearch_domain" "legacy_clients" {
  # checkov:skip=CKV_AWS_83:legacy clients, traffic stays inside a private subnet
  domain_name           = "search"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    # suppressed: CKV_AWS_83
    enforce_https = false
  }
}
