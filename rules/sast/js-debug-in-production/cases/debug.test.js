// ok-file: js-debug-in-production (test code)
const errorhandler = require('errorhandler');
app.use(errorhandler());
