// Runs before `npm ci` (as `preinstall`) and before the tests (as `pretest`) on whatever Node is
// installed, so it is plain CommonJS with no imports beyond Node itself. On a Node older than the
// project needs, the test runner fails in ways that read like test results (workers that do not
// start, under a summary that says "passed"); this says what is wrong, and how to mend it, in one
// line: the README's own commands for Node 24 from the npm registry.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node 22.12 or newer; this is Node ${process.versions.node}. ` +
      'Get Node 24 as the README\'s "Set up" does: ' +
      'mkdir -p /opt/node24 && ' +
      `echo '{"private":true,"allowScripts":{"node":true}}' >/opt/node24/package.json && ` +
      'npm install --prefix /opt/node24 node@24 && ' +
      'export PATH=/opt/node24/node_modules/.bin:$PATH',
  )
  process.exit(1)
}
