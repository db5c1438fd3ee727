# ruleid: CKV_AWS_84
resource "aws_opensearch_domain" "silent" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
}

resource "aws_elasticsearch_domain" "switched_off" {
  domain_name           = "search"
  elasticsearch_version = "7.10"

  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    # ruleid: CKV_AWS_84
    enabled                  = false
  }
}

# ok: CKV_AWS_84
resource "aws_opensearch_domain" "logged" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

# suppressed: CKV_AWS_84
resource "aws_opensearch_domain" "dev" {
  # checkov:skip=CKV_AWS_84:short-lived development domain
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"
}
