// preflight-bench: safe CWE-943 -- constant $where expression
const { MongoClient } = require('mongodb');

async function overdue() {
  const client = await MongoClient.connect('mongodb://localhost:27017');
  const loans = client.db('library').collection('loans');
  const rows = await loans.find({ $where: 'this.returned < this.due' }).toArray();
  console.log(`${rows.length} overdue (run by ${process.argv[2]})`);
}
overdue();
