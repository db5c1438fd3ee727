const express = require('express');
const csurf = require('csurf');
const methodOverride = require('method-override');
const { doubleCsrf } = require('csrf-csrf');

const app = express();
const SKIPPED = ['GET', 'HEAD', 'OPTIONS', 'PATCH'];

// ruleid: js-csrf-disabled
app.use(csurf({ ignoreMethods: ['GET', 'HEAD', 'OPTIONS', 'DELETE'] }));
// ok: js-csrf-disabled (only the safe methods are skipped, the default)
app.use(csurf({ cookie: true, ignoreMethods: ['GET', 'HEAD', 'OPTIONS'] }));
// ok: js-csrf-disabled (methodOverride after csrf on another app)
admin.use(methodOverride('_method'));
// ruleid: js-csrf-disabled
app.use(methodOverride('_method'));

const { doubleCsrfProtection } = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET,
  // ruleid: js-csrf-disabled
  ignoredMethods: SKIPPED,
});

const strict = doubleCsrf({
  getSecret: () => process.env.CSRF_SECRET,
  // ok: js-csrf-disabled (lower-case safe methods)
  ignoredMethods: ['get', 'head'],
});

const legacy = express();
// ok: js-csrf-disabled (methodOverride first, then the check)
legacy.use(express.methodOverride());
legacy.use(express.csrf());
