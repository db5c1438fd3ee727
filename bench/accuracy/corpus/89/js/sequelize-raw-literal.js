// preflight-bench: vulnerable CWE-89 sink-line: 9
const express = require('express');
const { sequelize } = require('./models');

const router = express.Router();

router.post('/login', async (req, res) => {
  const { email } = req.body;
  const [users] = await sequelize.query(`SELECT * FROM users WHERE email = '${email}'`);
  res.json({ found: users.length > 0 });
});

module.exports = router;
