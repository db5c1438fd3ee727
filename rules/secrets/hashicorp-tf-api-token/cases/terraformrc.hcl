credentials "app.terraform.io" {
  # ruleid: hashicorp-tf-api-token
  token = "<<RAND:[A-Za-z0-9]:14>>.atlasv1.<<RAND:[A-Za-z0-9_\-]:67>>"
}
credentials "tfe.example.com" {
  # ok: hashicorp-tf-api-token (upper-case marker is not the token format)
  token = "<<RAND:[A-Za-z0-9]:14>>.ATLASV1.<<RAND:[A-Za-z0-9]:20>>"
}
# ok: hashicorp-tf-api-token (low entropy)
# aaaaaaaaaaaaaa.atlasv1.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab
