// preflight-bench: safe CWE-338 -- Math.random for a visual shuffle, not a secret
function shuffleTiles(tiles) {
  const copy = [...tiles];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

module.exports = { shuffleTiles };
