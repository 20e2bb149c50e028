// Listens on a port and stops gracefully: no new connections, requests in flight finish, idle
// keep-alive connections are closed.
import { createServer, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ListeningServer {
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(
  handler: RequestListener,
  port: number,
  host?: string,
): Promise<ListeningServer> {
  // Responses still being written when closing starts end their keep-alive connection, so closing
  // does not wait for idle sockets to time out.
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  const server = createServer((request, response) => {
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
    if (closing) response.setHeader('connection', 'close');
    handler(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  // Loopback and "all interfaces" are both reachable as localhost from this machine.
  const shownHost = host && !['::', '0.0.0.0', '127.0.0.1'].includes(host) ? host : 'localhost';
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise((resolve, reject) => {
        closing = true;
        for (const response of inFlight)
          if (!response.headersSent) response.setHeader('connection', 'close');
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
