// preflight-bench: safe CWE-943 -- id parsed as ObjectId
import express from 'express';
import { ObjectId } from 'mongodb';
import { sessions } from './db';

const app = express();

app.post('/logout/:id', async (req, res) => {
  if (!ObjectId.isValid(req.params.id)) return res.sendStatus(400);
  await sessions.deleteOne({ _id: new ObjectId(req.params.id) });
  res.sendStatus(204);
});
