// preflight-bench: safe CWE-489 -- stack traces off
const { ApolloServer } = require('@apollo/server');
const { typeDefs, resolvers } = require('./schema');

const server = new ApolloServer({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: false,
});

module.exports = server;
