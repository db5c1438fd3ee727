import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'curl-auth-user',
  scanner: 'secrets',
  title: 'Credentials in a curl -u option',
  severity: 'high',
  cwe: [798],
  description:
    'A curl command passes a literal user name and password with -u/--user. Scripts, shell history and CI logs keep the command; read the password from the environment or a .netrc file instead.',
  keywords: ['curl'],
  // curl … -u|--user <user>:<password> (quoted together or separately, or bare; up to 5
  // continued lines between curl and the option, each part at most 1000 characters, which keeps
  // the scan linear on long minified lines). Group 1 is the credential as written.
  regex: new RegExp(
    String.raw`\bcurl\b(?:[^\n]{0,1000}|[^\n]{0,1000}(?:[\r\n]{1,2}[^\n]{0,1000}){1,5})[ \t\n\r](?:-u|--user)(?:=|[ \t]{0,5})` +
      String.raw`("(?::[^"]{3,}|[^:"]{3,}:|[^:"]{3,}:[^"]{3,})"` +
      String.raw`|'[^:']{3,}:[^']{3,}'` +
      String.raw`|(?:"[^"]{3,}"|'[^']{3,}'|[\w$@.-]+):(?:"[^"]{3,}"|'[^']{3,}'|[\w{}@.$-]+))(?=\s|$)`,
  ),
  entropy: 2,
  allowlist: {
    regexes: [
      // Passwords that say they are not one: changeit, changeme, pass, password, pwd, test, token, ***, xxx.
      /[^:]+:(?:change(?:it|me)|pass(?:word)?|pwd|test|token|\*+|x+)/,
      // <user>:<password> and <user:password> templates.
      /['"]?<[^>]+>['"]?:['"]?<[^>]+>|<[^:]+:[^>]+>['"]?/,
      // user:[password]
      /[^:]+:\[[^\]]+\]/,
      // A password taken from a variable: user:$PASS, user:${PASS}, user:$1.
      /['"]?[^:]+['"]?:['"]?\$(?:\d|\w+|\{(?:\d|\w+)\})['"]?/,
      // $(command):$(command)
      /\$\([^)]+\):\$\([^)]+\)/,
      // {{ template }}:{{ template }}
      /['"]?\$?\{\{[^}]+\}\}['"]?:['"]?\$?\{\{[^}]+\}\}['"]?/,
    ],
  },
  envName: 'API_PASSWORD',
};

export default rule;
