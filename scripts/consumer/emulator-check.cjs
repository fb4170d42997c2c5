// @aw/emulator from CommonJS under another runtime (Bun, Deno): start it, ask it for data, stop it.
// Prints one JSON line like the smoke flow, with one step.
const { startEmulator } = require('@aw/emulator');

startEmulator({ host: '127.0.0.1', port: 0 }).then(async (emulator) => {
  try {
    const response = await fetch(`${emulator.url}/locale/countries`, { headers: { 'x-appwrite-project': emulator.projectId } });
    const body = await response.json();
    if (response.status !== 200 || !(body.total > 0)) throw new Error(`emulator answered ${response.status}`);
  } finally {
    await emulator.close();
  }
  console.log(JSON.stringify({ steps: ['emulator: require, start, answer, close'] }));
});
