// preflight-bench: vulnerable CWE-918 sink-line: 10
import express from 'express';
import axios from 'axios';

const app = express();
app.use(express.json());

app.post('/notify', async (req, res) => {
  const { endpoint, message } = req.body as { endpoint: string; message: string };
  await axios.post(endpoint, { message });
  res.sendStatus(202);
});
