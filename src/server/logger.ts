import pino from 'pino';

/**
 * What the server says about itself: start-up lines, each GraphQL request (JSON only) and internal
 * errors with the request id. `text` keeps the one-line `helixgraph: …` messages of a terminal;
 * `json` writes one JSON object a line through pino (time, level, msg and fields such as
 * requestId), for log collectors.
 */
export interface Logger {
  readonly format: 'text' | 'json';
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown, fields?: Record<string, unknown>): void;
}

/** A text logger: `info` goes to `line` (start-up messages), errors to stderr with their stack. */
export function textLogger(line: (message: string) => void = (m) => console.log(`helixgraph: ${m}`)): Logger {
  return {
    format: 'text',
    info: (message) => line(message),
    error: (message, error) => console.error(`helixgraph: ${message}`, error ?? ''),
  };
}

/** A JSON logger on stdout (pino; synchronous writes, so nothing is lost when the process exits). */
export function jsonLogger(destination: pino.DestinationStream = pino.destination({ dest: 1, sync: true })): Logger {
  const log = pino({ base: { service: 'helixgraph' }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }, destination);
  return {
    format: 'json',
    info: (message, fields) => log.info(fields ?? {}, message),
    error: (message, error, fields) => log.error({ ...fields, err: error instanceof Error ? error : error === undefined ? undefined : { message: String(error) } }, message),
  };
}
