const express = require('express');
const mongoSanitize = require('mongo-sanitize');
const User = require('./models/user');
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  // ruleid: js-nosql-injection
  const user = await User.findOne({ username, password });
  // ruleid: js-nosql-injection
  await User.find(req.body.filter);
  // ruleid: js-nosql-injection
  await db.collection('users').find({ $where: `this.name == '${req.query.name}'` }).toArray();
  // ok: js-nosql-injection (cast to strings)
  await User.findOne({ username: String(username), password: String(password) });
  // ok: js-nosql-injection (sanitised)
  await User.find(mongoSanitize(req.body.filter));
  // ok: js-nosql-injection (route parameters are strings)
  await User.findOne({ _id: req.params.id });
  // ok: js-nosql-injection (Array.prototype.find with a callback)
  [1, 2].find((n) => n === req.body.n);
  res.json({ ok: Boolean(user) });
});
