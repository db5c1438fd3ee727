import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function search(term: string, table: string) {
  // ruleid: js-sql-string-building
  await prisma.$queryRawUnsafe(`SELECT * FROM "${table}" WHERE name LIKE '%${term}%'`);
  // ok: js-sql-string-building (tagged template is parameterised)
  await prisma.$queryRaw`SELECT * FROM users WHERE name = ${term}`;
  // ok: js-sql-string-building (placeholders with values)
  await prisma.$queryRawUnsafe('SELECT * FROM users WHERE name = $1', term);
  // ruleid: js-sql-string-building
  return db.execute(('WITH t AS (SELECT 1) SELECT * FROM t WHERE x = ' + term) as string);
}
