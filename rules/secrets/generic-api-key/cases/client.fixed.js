const axios = require("axios");

// ruleid: generic-api-key
const apiKey = process.env.API_KEY;

// ok: generic-api-key (read from the environment)
const apiSecret = process.env.API_SECRET;

// ok: generic-api-key (an identifier, not a value)
const authHeader = config.authHeaderName;

// ok: generic-api-key (low entropy)
const password = "hunter2hunter2";

// ok: generic-api-key (a GitHub token is reported by its own rule)
const githubToken = "ghp_<<RAND:[A-Za-z0-9]:36>>";

module.exports = axios.create({ headers: { "x-api-key": apiKey } });
