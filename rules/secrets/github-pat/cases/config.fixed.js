// ruleid: github-pat
const githubToken = process.env.GITHUB_TOKEN;

// ok: github-pat (placeholder)
const placeholder = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

// ok: github-pat (wrong length)
const short = "ghp_<<RAND:[A-Za-z0-9]:20>>";

// ok: github-pat (read from the environment)
const fromEnv = process.env.GITHUB_TOKEN;
