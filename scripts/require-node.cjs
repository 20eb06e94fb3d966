// Runs before the tests on whatever Node is installed, so it is plain CommonJS with no imports
// beyond Node itself: on a Node older than the project needs, the test runner would fail in ways
// that read like test results.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node 22.12 or newer; this is Node ${process.versions.node}. ` +
      'Get one from the npm registry: npm install --prefix /opt/node24 node@24 && ' +
      'export PATH=/opt/node24/node_modules/.bin:$PATH (see the README, "Set up").',
  )
  process.exit(1)
}
