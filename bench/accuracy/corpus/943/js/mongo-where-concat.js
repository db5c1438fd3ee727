// preflight-bench: vulnerable CWE-943 sink-line: 10
const express = require('express');
const { MongoClient } = require('mongodb');

const client = new MongoClient('mongodb://localhost:27017');
const app = express();

app.get('/books', async (req, res) => {
  const books = client.db('library').collection('books');
  const found = await books.find({ $where: "this.author == '" + req.query.author + "'" }).toArray();
  res.json(found);
});
