// preflight-bench: safe CWE-95 -- argument parsed as a number
const [, , factorText] = process.argv;
const factor = Number.parseFloat(factorText);

function compute(x: number): number {
  return x * factor;
}

for (let x = 0; x < 5; x++) console.log(x, compute(x));
