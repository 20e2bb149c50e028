// Express 4 does not catch a rejected handler promise; this passes it to the error handler.
import type { NextFunction, Request, Response } from 'express';

export function asyncRoute(handler: (request: Request, response: Response) => Promise<void>) {
  return (request: Request, response: Response, next: NextFunction): void => {
    handler(request, response).catch(next);
  };
}
