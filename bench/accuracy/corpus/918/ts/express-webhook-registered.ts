// preflight-bench: safe CWE-918 -- endpoint read from the server's own configuration
import express from 'express';
import axios from 'axios';
import { config } from './config';

const app = express();
app.use(express.json());

app.post('/notify', async (req, res) => {
  await axios.post(config.slackWebhookUrl, { text: String(req.body.message) });
  res.sendStatus(202);
});
