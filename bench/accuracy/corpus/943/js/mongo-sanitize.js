// preflight-bench: safe CWE-943 -- operators stripped with mongo-sanitize
const express = require('express');
const sanitize = require('mongo-sanitize');
const Book = require('./models/book');

const app = express();
app.use(express.json());

app.post('/books/search', async (req, res) => {
  const author = sanitize(req.body.author);
  res.json(await Book.find({ author }));
});
