const lusca = require('lusca');

// ruleid: js-csrf-disabled
app.use(lusca({ csrf: false, xframe: 'SAMEORIGIN' }));

// ok: js-csrf-disabled
app.use(lusca({ csrf: true, xframe: 'SAMEORIGIN' }));

module.exports.security = {
  // ruleid: js-csrf-disabled
  csrf: false,
};

// ok: js-csrf-disabled (a variable that mentions csrf is not an option)
const csrfToken = req.csrfToken();
// ok: js-csrf-disabled (another option of a CSRF block)
const config = { csrf: { enabled: true, exceptRoutes: ['/webhooks'] }, hsts: false };
