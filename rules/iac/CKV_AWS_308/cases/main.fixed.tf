# ruleid: CKV_AWS_308
resource "aws_api_gateway_method_settings" "unencrypted" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    cache_data_encrypted = true
    caching_enabled = true
  }
}

resource "aws_api_gateway_method_settings" "explicit" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "orders/GET"

  settings {
    caching_enabled = true
    # ruleid: CKV_AWS_308
    cache_data_encrypted = true
  }
}

# ok: CKV_AWS_308
resource "aws_api_gateway_method_settings" "encrypted" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "users/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

# ok: CKV_AWS_308 (no caching)
resource "aws_api_gateway_method_settings" "logging_only" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    logging_level = "INFO"
  }
}
