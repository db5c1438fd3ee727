// preflight-bench: vulnerable CWE-943 sink-line: 9
import express from 'express';
import { Session } from './models/session';

const app = express();
app.use(express.json());

app.post('/logout', async (req, res) => {
  await Session.deleteMany({ token: req.body.token });
  res.sendStatus(204);
});
