/**
 * RESP2, the Redis serialisation protocol (https://redis.io/docs/latest/develop/reference/protocol-spec/): encode
 * commands as arrays of bulk strings and decode replies incrementally from a byte stream.
 *
 * Replies decode as ioredis decodes them by default: simple and bulk strings as UTF-8 strings, integers as numbers,
 * null bulk strings and null arrays as `null`, arrays as arrays, and errors as {@link ReplyError} values (top-level
 * errors are delivered as values too; the client turns them into rejections).
 */

/** An error reply from the server (e.g. `ERR wrong number of arguments`, `NOSCRIPT …`). */
export class ReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReplyError";
  }
}

/** A decoded reply. */
export type Reply = string | number | null | ReplyError | Reply[];

/** A command argument: strings are sent as UTF-8, buffers as bytes, numbers in decimal; null/undefined as "". */
export type CommandArg = string | number | Buffer | null | undefined | boolean;

const CRLF = Buffer.from("\r\n");

/**
 * Encode one command as a RESP array of bulk strings.
 * @param args command name and arguments
 */
export function encodeCommand(args: readonly CommandArg[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const a of args) {
    const b = Buffer.isBuffer(a) ? a : Buffer.from(a === null || a === undefined ? "" : String(a), "utf8");
    parts.push(Buffer.from(`$${b.length}\r\n`), b, CRLF);
  }
  return Buffer.concat(parts);
}

/** Incremental reply decoder: feed bytes, take complete replies. */
export class RespParser {
  #buf: Buffer = Buffer.alloc(0);
  #pos = 0;

  /**
   * Add received bytes and return every reply now complete, in order.
   * @param chunk bytes from the socket
   */
  push(chunk: Buffer): Reply[] {
    this.#buf = this.#pos < this.#buf.length ? Buffer.concat([this.#buf.subarray(this.#pos), chunk]) : chunk;
    this.#pos = 0;
    const out: Reply[] = [];
    for (;;) {
      const start = this.#pos;
      const r = this.#parse();
      if (r === undefined) {
        this.#pos = start;
        break;
      }
      out.push(r.value);
    }
    return out;
  }

  /** Drop any partial reply (after a reconnect). */
  reset(): void {
    this.#buf = Buffer.alloc(0);
    this.#pos = 0;
  }

  #line(): string | undefined {
    const end = this.#buf.indexOf(CRLF, this.#pos);
    if (end < 0) return undefined;
    const s = this.#buf.toString("utf8", this.#pos, end);
    this.#pos = end + 2;
    return s;
  }

  #parse(): { value: Reply } | undefined {
    if (this.#pos >= this.#buf.length) return undefined;
    const type = String.fromCharCode(this.#buf[this.#pos]!);
    this.#pos++;
    const line = this.#line();
    if (line === undefined) return undefined;
    switch (type) {
      case "+":
        return { value: line };
      case "-":
        return { value: new ReplyError(line) };
      case ":":
        return { value: Number(line) };
      case "$": {
        const len = Number(line);
        if (len < 0) return { value: null };
        if (this.#pos + len + 2 > this.#buf.length) return undefined;
        const s = this.#buf.toString("utf8", this.#pos, this.#pos + len);
        this.#pos += len + 2;
        return { value: s };
      }
      case "*": {
        const n = Number(line);
        if (n < 0) return { value: null };
        const items: Reply[] = [];
        for (let i = 0; i < n; i++) {
          const r = this.#parse();
          if (r === undefined) return undefined;
          items.push(r.value);
        }
        return { value: items };
      }
      default:
        throw new Error(`RESP: unexpected reply type byte ${JSON.stringify(type)}`);
    }
  }
}
