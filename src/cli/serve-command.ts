import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { startServer } from '../server/serve.ts';
import type { CliContext } from './io-context.ts';

export function serveCommand(context: CliContext, signals: NodeJS.EventEmitter = process): Command {
  return new Command('serve')
    .description(
      'Start the web app and API on PORT (3000): migrates, and imports the demo plan into an empty database',
    )
    .action(async () => {
      const server = await startServer(loadConfig(context.env));
      context.stdout(`Mieruka is running on ${server.url.replace('0.0.0.0', 'localhost')}`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          signals.off('SIGTERM', stop);
          signals.off('SIGINT', stop);
          resolve();
        };
        signals.on('SIGTERM', stop);
        signals.on('SIGINT', stop);
      });
      await server.close();
      context.stdout('Mieruka stopped.');
    });
}
