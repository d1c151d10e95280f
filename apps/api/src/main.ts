import { ConfigError, loadConfig } from './config/config.js';
import { createApiApp } from './app.factory.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApiApp(config);
  await app.listen(config.API_PORT, config.API_HOST);
  console.log(`Rebound API listening on ${await app.getUrl()}`);
}

main().catch((error: unknown) => {
  console.error('Rebound API failed to start:', error);
  process.exit(1);
});
