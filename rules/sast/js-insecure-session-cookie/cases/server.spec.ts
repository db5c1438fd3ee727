// ok-file: js-insecure-session-cookie (a test server over plain HTTP)
import session from 'express-session';

export const testSession = session({ secret: 'test', cookie: { secure: false } });
