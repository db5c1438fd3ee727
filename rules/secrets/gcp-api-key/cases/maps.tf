resource "google_cloudfunctions_function" "geocoder" {
  name    = "geocoder"
  runtime = "nodejs20"
  environment_variables = {
    # ruleid: gcp-api-key
    MAPS_API_KEY = "AIza<<RAND:[A-Za-z0-9_\-]:35>>"
    # ok: gcp-api-key (read from a variable)
    GEOCODING_KEY = var.geocoding_key
  }
}
