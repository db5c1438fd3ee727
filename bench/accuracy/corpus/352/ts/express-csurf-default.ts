// preflight-bench: safe CWE-352 -- csurf default configuration
import express from 'express';
import cookieParser from 'cookie-parser';
import csrf from 'csurf';

const app = express();
app.use(cookieParser());
app.use(express.urlencoded({ extended: false }));
app.use(csrf({ cookie: { httpOnly: true, sameSite: 'strict' } }));

app.put('/profile', (_req, res) => res.sendStatus(204));
