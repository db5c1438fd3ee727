resource "azurerm_mssql_server" "db" {
  name                = "orders-sql"
  administrator_login = "dbadmin"
  # ruleid: hashicorp-tf-password
  administrator_login_password = "<<RAND:[A-Za-z0-9]:16>>"
}

resource "aws_db_instance" "orders" {
  engine   = "postgres"
  username = "orders"
  # ok: hashicorp-tf-password (sensitive variable)
  password = var.db_password
  # ok: hashicorp-tf-password (generated)
  master_password = random_password.db.result
  # ok: hashicorp-tf-password (low entropy)
  password_hint = "aaaaaaab"
}
