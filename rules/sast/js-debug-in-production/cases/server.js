const express = require('express');
const errorhandler = require('errorhandler');
const inspector = require('node:inspector');
const { ApolloServer } = require('apollo-server-express');

const app = express();

// ruleid: js-debug-in-production
app.use(errorhandler({ log: false }));

if (process.env.NODE_ENV === 'development') {
  // ok: js-debug-in-production (development only)
  app.use(errorhandler());
}

// ok: js-debug-in-production (development only, short form)
process.env.NODE_ENV !== 'production' && app.use(errorhandler());

// ruleid: js-debug-in-production
inspector.open(9229, '0.0.0.0');

if (process.env.ENABLE_DEV_INSPECTOR) {
  // ok: js-debug-in-production (guarded by a development switch)
  inspector.open();
}

// ok: js-debug-in-production (inspector.url only reports the address)
console.log(inspector.url());

const graphql = new ApolloServer({
  typeDefs,
  resolvers,
  // ruleid: js-debug-in-production
  debug: true,
});

const quiet = new ApolloServer({
  typeDefs,
  resolvers,
  // ok: js-debug-in-production
  debug: process.env.NODE_ENV !== 'production',
});

app.get('/internal/config', (req, res) => {
  // ruleid: js-debug-in-production
  res.json({ env: process.env, versions: process.versions });
});

app.get('/version', (req, res) => {
  // ok: js-debug-in-production (one variable, not the whole environment)
  res.json({ version: process.env.APP_VERSION });
});

app.get('/region', (req, res) => {
  // ok: js-debug-in-production (one variable by key)
  res.send(process.env['AWS_REGION']);
});

app.get('/internal/names', (req, res) => {
  // ok: js-debug-in-production (variable names only)
  res.json(Object.keys(process.env));
});

app.get('/internal/dump', (req, res) => {
  // ruleid: js-debug-in-production
  res.send(JSON.stringify(process.env));
});
