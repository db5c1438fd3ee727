import session from 'express-session';

const options = {
  secret: process.env.SESSION_SECRET ?? '',
  // ruleid: js-insecure-session-cookie
  cookie: { secure: false },
};

export const middleware = session(options);
// ok: js-insecure-session-cookie
export const strict = session({ secret: 'x', cookie: { secure: 'auto' } });
