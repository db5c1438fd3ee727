// preflight-bench: vulnerable CWE-79 sink-line: 13
import React from 'react';

interface Props {
  author: string;
  body: string;
}

export function Comment({ author, body }: Props) {
  return (
    <article>
      <h4>{author}</h4>
      <div dangerouslySetInnerHTML={{ __html: body }} />
    </article>
  );
}
