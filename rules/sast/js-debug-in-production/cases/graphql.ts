import { ApolloServer } from '@apollo/server';
import errorHandler from 'errorhandler';
import express from 'express';

export const server = new ApolloServer({
  typeDefs,
  resolvers,
  // ruleid: js-debug-in-production
  includeStacktraceInErrorResponses: true,
});

export const production = new ApolloServer({
  typeDefs,
  resolvers,
  // ok: js-debug-in-production
  includeStacktraceInErrorResponses: false,
});

export function build(): express.Express {
  const app = express();
  // ok: js-debug-in-production (development only)
  if (app.get('env') === 'development') app.use(errorHandler());
  // ruleid: js-debug-in-production
  app.use(errorHandler());
  return app;
}

function errorhandlerLike(): void {}
// ok: js-debug-in-production (not the errorhandler package)
errorhandlerLike();
