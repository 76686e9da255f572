/**
 * The environment of a newcomer's or a server's shell, for a child process that must see none of
 * the test run's: PATH and HOME, and how Node itself runs (NODE_OPTIONS: CI's Node 24 step
 * preloads its addon through it), never what the CMS reads.
 */
export function shellEnvironment(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
  };
}
