// preflight-bench: vulnerable CWE-95 sink-line: 5
const [, , formula] = process.argv;

function compute(x: number): number {
  return eval(formula.replace(/x/g, String(x)));
}

for (let x = 0; x < 5; x++) console.log(x, compute(x));
