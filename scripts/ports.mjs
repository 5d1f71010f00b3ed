// Ports on 127.0.0.1 for the scripts that start servers (scripts/test.mjs) and the tests that check them.
import {connect, createServer} from 'node:net';

/** True when something accepts connections on the port. */
export const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** A port nothing listens on now (the system's pick). */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
