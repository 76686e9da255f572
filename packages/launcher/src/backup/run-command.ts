import { spawn } from 'node:child_process';

/** What to install when a system command is missing, by command. */
const INSTALL_HINTS: Record<string, string> = {
  pg_dump: 'installez le client PostgreSQL (Debian, Ubuntu : `sudo apt-get install postgresql-client`), de la même version que le serveur ou plus récent',
  pg_restore: 'installez le client PostgreSQL (Debian, Ubuntu : `sudo apt-get install postgresql-client`), de la même version que le serveur ou plus récent',
  tar: 'installez `tar` (Debian, Ubuntu : `sudo apt-get install tar`)',
};

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  /** Called with each line the command writes on stderr, where pg_dump and pg_restore report progress. */
  onLine?: (line: string) => void;
  /** Whether a failing exit code and stderr only warn (GNU tar's « file changed as we read it »). */
  onlyWarned?: (code: number, stderr: string[]) => boolean;
}

/**
 * Runs a system command without a shell (arguments are never parsed again), asynchronously so
 * that a CMS running in the same process (the tests) keeps answering. Rejects with the command's
 * last lines of stderr, or with what to install when the command does not exist.
 */
export function runCommand(command: string, args: string[], { env = process.env, onLine, onlyWarned = () => false }: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const lines: string[] = [];
    let pending = '';
    child.stderr.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        onLine?.(line);
      }
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(new Error(`La commande \`${command}\` est introuvable : ${INSTALL_HINTS[command] ?? `installez-la`}, puis relancez.`));
      } else reject(error);
    });
    child.once('close', (code) => {
      if (pending) lines.push(pending);
      if (code === 0 || (code !== null && onlyWarned(code, lines))) resolve();
      else reject(new Error(`\`${command}\` a échoué (code ${code}) :\n${lines.slice(-15).join('\n')}`));
    });
  });
}
