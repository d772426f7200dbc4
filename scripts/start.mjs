#!/usr/bin/env node
// `npm start`: the local Cognito server (demo pools + demo user) and Storybook with live stories.
// Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cognitoPort = process.env.COGNITO_PORT ?? '9229';
const storybookPort = process.env.STORYBOOK_PORT ?? '6006';
const children = [];

function launch(name, command, args) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, COGNITO_PORT: cognitoPort },
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? code}); stopping everything.`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

launch('Local Cognito', process.execPath, ['server/cli.mjs']);
launch('Storybook', process.execPath, [
  'node_modules/storybook/dist/bin/dispatcher.js',
  'dev',
  '--port',
  storybookPort,
  '--ci',
]);
console.log(`Local Cognito on http://127.0.0.1:${cognitoPort}, Storybook on http://localhost:${storybookPort}`);
