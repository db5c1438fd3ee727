// preflight-bench: safe CWE-1321 -- bracket assignment with constant keys
const FIELDS = ['name', 'email', 'phone'] as const;

export function blankContact(): Record<(typeof FIELDS)[number], string> {
  const contact = {} as Record<(typeof FIELDS)[number], string>;
  for (const field of FIELDS) contact[field] = '';
  return contact;
}

console.log(blankContact(), process.argv[2]);
