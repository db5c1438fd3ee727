variable "alerts_webhook" {
  type = string
  # ruleid: slack-webhook-url
  default = "https://hooks.slack.com/services/T<<RAND:[A-Z0-9]:9>>/B<<RAND:[A-Z0-9]:10>>/<<RAND:[A-Za-z0-9]:24>>"
}

variable "alerts_webhook_placeholder" {
  type = string
  # ok: slack-webhook-url (placeholder)
  default = "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"
}

variable "alerts_webhook_unset" {
  type = string
  # ok: slack-webhook-url (no default: set in the pipeline)
  sensitive = true
}
