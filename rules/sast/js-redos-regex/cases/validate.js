function validate(input) {
  // ruleid: js-redos-regex
  const words = /^(\w+\s?)*$/.test(input);
  // ruleid: js-redos-regex
  const nested = /^(a+)+$/;
  // ruleid: js-redos-regex
  const comment = new RegExp('/\\*(.|\\s)*\\*/');
  // ruleid: js-redos-regex
  const csv = RegExp(`^(.*,)*x$`, 'u');
  // ok: js-redos-regex (the comma separates the repetitions)
  const list = /^([a-z]+,)*[a-z]+$/;
  // ok: js-redos-regex
  const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  // ok: js-redos-regex (bounded inner repetition)
  const bounded = /^(a{1,5})*$/;
  // ok: js-redos-regex (a pattern chosen at run time is not analysed)
  const dynamic = new RegExp(input);
  // ok: js-redos-regex (escaped parentheses are literal characters)
  const literal = /\(a+\)+/;
  // ok: js-redos-regex (without the s flag `.` never matches a newline: no overlap)
  const lines = /\/\/(?:.|\n)*:/;
  // ruleid: js-redos-regex
  const dotAll = /\/\/(?:.|\n)*:/s;
  return [words, nested, comment, csv, list, slug, bounded, dynamic, literal, lines, dotAll];
}

module.exports = { validate };
