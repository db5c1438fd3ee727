# ruleid: CKV_AWS_73
resource "aws_api_gateway_stage" "missing" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
}

resource "aws_api_gateway_stage" "explicit_false" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
  # ruleid: CKV_AWS_73
  xray_tracing_enabled = false
}

# ok: CKV_AWS_73
resource "aws_api_gateway_stage" "explicit_true" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
  xray_tracing_enabled = true
}

# ok: CKV_AWS_73 (decided at plan time)
resource "aws_api_gateway_stage" "from_variable" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
  xray_tracing_enabled = var.xray_tracing_enabled
}

# suppressed: CKV_AWS_73
resource "aws_api_gateway_stage" "accepted" {
  # checkov:skip=CKV_AWS_73:tracing done by the service mesh behind the API
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
}
