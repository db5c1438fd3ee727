const { WebClient } = require("@slack/web-api");

// ruleid: slack-bot-token
const web = new WebClient("xoxb-<<RAND:[0-9]:12>>-<<RAND:[0-9]:13>>-<<RAND:[A-Za-z0-9]:24>>");

// ok: slack-bot-token (read from the environment)
const fromEnv = new WebClient(process.env.SLACK_BOT_TOKEN);
