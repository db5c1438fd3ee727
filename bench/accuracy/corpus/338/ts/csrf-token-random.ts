// preflight-bench: vulnerable CWE-338 sink-line: 5
import type { Request, Response, NextFunction } from 'express';

export function issueCsrfToken(req: Request, res: Response, next: NextFunction): void {
  const token = Date.now().toString(36) + Math.random().toString(36).substring(2);
  res.cookie('csrf', token, { sameSite: 'strict' });
  next();
}
