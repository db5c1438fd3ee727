resource "google_cloudfunctions_function" "geocoder" {
  name    = "geocoder"
  runtime = "nodejs20"
  environment_variables = {
    # ruleid: gcp-api-key
    MAPS_API_KEY = var.maps_api_key
    # ok: gcp-api-key (read from a variable)
    GEOCODING_KEY = var.geocoding_key
  }
}

variable "maps_api_key" {
  type      = string
  sensitive = true
}
