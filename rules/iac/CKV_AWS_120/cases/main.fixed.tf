# ruleid: CKV_AWS_120
resource "aws_api_gateway_stage" "missing" {
  cache_cluster_enabled = true
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
}

resource "aws_api_gateway_stage" "explicit_false" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
  # ruleid: CKV_AWS_120
  cache_cluster_enabled = true
}

# ok: CKV_AWS_120
resource "aws_api_gateway_stage" "explicit_true" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
  cache_cluster_enabled = true
}

# ok: CKV_AWS_120 (decided at plan time)
resource "aws_api_gateway_stage" "from_variable" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
  cache_cluster_enabled = var.cache_cluster_enabled
}

# suppressed: CKV_AWS_120
resource "aws_api_gateway_stage" "accepted" {
  # checkov:skip=CKV_AWS_120:responses are per-user and must not be cached
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
}
