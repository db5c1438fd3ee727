const { Octokit } = require("@octokit/rest");

// ruleid: github-oauth
const oauthToken = process.env.OAUTH_TOKEN;

// ok: github-oauth (placeholder)
const docToken = "gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

// ok: github-oauth (wrong length)
const shortToken = "gho_<<RAND:[A-Za-z0-9]:30>>";

// ok: github-oauth (read from the environment)
const octokit = new Octokit({ auth: process.env.GITHUB_OAUTH_TOKEN });
