import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { startServer } from '../server/serve.ts';
import { CliError } from './cli-error.ts';
import type { CliContext } from './io-context.ts';

export function serveCommand(context: CliContext, signals: NodeJS.EventEmitter = process): Command {
  return new Command('serve')
    .description(
      'Start the web app and API on PORT (3000): migrates, and imports the demo plan into an empty database',
    )
    .action(async () => {
      const config = loadConfig(context.env);
      const server = await startServer(config).catch((error: unknown) => {
        if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
          throw new CliError(`port ${config.port} is in use: stop what runs there or set PORT`);
        }
        throw error;
      });
      context.stdout(`Mieruka is running on ${server.url.replace('0.0.0.0', 'localhost')}`);
      if (server.firstAdmin) {
        context.stdout(
          [
            'Created the first admin account (shown this once; change it on the account page):',
            `  e-mail:   ${server.firstAdmin.email}`,
            `  password: ${server.firstAdmin.password}`,
            'Add accounts on the accounts page or with: npx mieruka user add EMAIL --role editor --department 企画課',
          ].join('\n'),
        );
      }
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
