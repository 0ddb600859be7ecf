/**
 * A TCP relay in front of a test server that can cut a connection at the one moment a restart
 * only hits by luck: after the server committed a transaction and before its answer reaches
 * Stance. The app then cannot know whether its save landed, which is what a lost connection
 * leaves it with.
 */
import net from 'node:net';

export interface CuttingProxy {
  readonly port: number;
  /** The next COMMIT reaches the server; its answer is dropped and the connection cut. */
  cutAfterNextCommit(): void;
  close(): Promise<void>;
}

// A simple-protocol Query message carrying COMMIT, as node-postgres sends it.
const COMMIT = Buffer.from('COMMIT\u0000', 'latin1');

export async function startCuttingProxy(serverPort: number): Promise<CuttingProxy> {
  let armed = false;
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((app) => {
    const server = net.connect(serverPort, '127.0.0.1');
    sockets.add(app).add(server);
    let cutOnAnswer = false;
    const cut = () => {
      app.destroy();
      server.destroy();
    };
    app.on('data', (chunk: Buffer) => {
      if (armed && chunk[0] === 0x51 && chunk.includes(COMMIT)) {
        armed = false;
        cutOnAnswer = true;
      }
      server.write(chunk);
    });
    server.on('data', (chunk: Buffer) => {
      if (cutOnAnswer) cut();
      else app.write(chunk);
    });
    for (const socket of [app, server]) {
      socket.on('error', cut);
      socket.on('close', () => {
        sockets.delete(socket);
        cut();
      });
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as net.AddressInfo).port,
    cutAfterNextCommit: () => {
      armed = true;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}
