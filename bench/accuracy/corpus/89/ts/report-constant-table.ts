// preflight-bench: safe CWE-89 -- query assembled from constants only
import { Pool } from 'pg';

const pool = new Pool();
const TABLE = 'monthly_sales';
const COLUMNS = ['region', 'total'].join(', ');

export async function report(): Promise<unknown[]> {
  const { rows } = await pool.query(`SELECT ${COLUMNS} FROM ${TABLE} ORDER BY total DESC`);
  return rows;
}
