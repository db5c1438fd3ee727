const express = require('express');
const cors = require('cors');

const app = express();
// ruleid: js-permissive-cors
app.use(cors({ origin: true, credentials: true }));
// ok: js-permissive-cors (no credentials: a public API)
app.use(cors({ origin: true }));
// ok: js-permissive-cors
app.use(cors({ origin: ['https://app.example.com'], credentials: true }));
// ok: js-permissive-cors (a wildcard with credentials is refused by browsers)
app.use(cors({ origin: '*' }));
