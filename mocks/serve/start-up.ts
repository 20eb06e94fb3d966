/** A duration as a person reads it at start-up: "3.4 s". */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * Why `npm run api` could not listen, in one line that names the port or host and the variable
 * that changes it, instead of Node's stack.
 */
export function listenProblem(error: unknown, host: string, port: string): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  switch (code) {
    case 'EADDRINUSE':
      return `Port ${port} on ${host} is already in use: stop what is using it, or choose another port with PORT (PORT=${Number(port) + 1} npm run api).`
    case 'EACCES':
      return `Port ${port} on ${host} needs privileges this user lacks: choose a port from 1024 up with PORT (PORT=8787 npm run api).`
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `${host} is not a name or address of this machine: set HOST to one (HOST=127.0.0.1 npm run api).`
    case 'ERR_SOCKET_BAD_PORT':
      return `PORT must be a whole number from 0 to 65535 (got "${port}").`
    default:
      return `Cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`
  }
}
