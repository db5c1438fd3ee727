// preflight-bench: safe CWE-79 -- rendered as a React text child
import React from 'react';

interface Props {
  author: string;
  body: string;
}

export function Comment({ author, body }: Props) {
  return (
    <article>
      <h4>{author}</h4>
      <p>{body}</p>
    </article>
  );
}
