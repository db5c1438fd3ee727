const { WebClient } = require("@slack/web-api");

// ruleid: slack-bot-token
const web = new WebClient(process.env.SLACK_BOT_TOKEN);

// ok: slack-bot-token (read from the environment)
const fromEnv = new WebClient(process.env.SLACK_BOT_TOKEN);
