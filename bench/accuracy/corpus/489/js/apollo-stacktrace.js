// preflight-bench: vulnerable CWE-489 sink-line: 8
const { ApolloServer } = require('@apollo/server');
const { typeDefs, resolvers } = require('./schema');

const server = new ApolloServer({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: true,
});

module.exports = server;
