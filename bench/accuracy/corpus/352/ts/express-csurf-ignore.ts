// preflight-bench: vulnerable CWE-352 sink-line: 9
import express from 'express';
import cookieParser from 'cookie-parser';
import csrf from 'csurf';

const app = express();
app.use(cookieParser());
app.use(express.urlencoded({ extended: false }));
app.use(csrf({ cookie: true, ignoreMethods: ['GET', 'POST', 'PUT', 'DELETE'] }));

app.put('/profile', (_req, res) => res.sendStatus(204));
