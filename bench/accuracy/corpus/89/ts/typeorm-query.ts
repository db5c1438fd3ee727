// preflight-bench: vulnerable CWE-89 sink-line: 9
import express from 'express';
import { AppDataSource } from './data-source';

export const router = express.Router();

router.get('/search', async (req, res) => {
  const name = req.query.name as string;
  const people = await AppDataSource.query('SELECT * FROM person WHERE last_name = "' + name + '"');
  res.json(people);
});
