/**
 * A small Redis client over one TCP connection (RESP2, pipelined), implementing BullMQ 6's `IRedisClient` adapter
 * interface so BullMQ can run on it.
 *
 * XXX: BullMQ 6 no longer ships a Redis driver (ioredis, node-redis and Bun's client are optional peers) and none is
 * installed in this workspace. BullMQ documents custom `IRedisClient` implementations as supported
 * (`node_modules/bullmq/dist/esm/interfaces/redis-client.d.ts`); this is one, covering the commands that interface
 * declares. Swap in ioredis (`connection: new IORedis(url, { maxRetriesPerRequest: null })`) if the project adds it;
 * nothing else changes.
 *
 * Behaviour, modelled on ioredis's defaults:
 * - connects on construction; commands issued before `ready` (or while reconnecting) wait in an offline queue;
 * - an unexpected disconnect rejects commands in flight with "Connection is closed." and reconnects with backoff
 *   (100 ms doubling to 2 s); `disconnect()` and `quit()` close for good (status `end`) until `connect()`;
 * - blocking reads (`BZPOPMIN`, `XREAD BLOCK`) interrupted by an intentional disconnect resolve to `null`;
 * - Lua scripts registered with `defineCommand` run with EVALSHA, falling back to EVAL on NOSCRIPT; batches load
 *   their scripts first;
 * - replies are decoded as ioredis decodes them (strings, numbers, arrays, null; `HGETALL` as an object).
 *
 * Not supported: TLS, Cluster, Sentinel, RESP3.
 */
import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import { createConnection, type Socket } from "node:net";
import { Readable } from "node:stream";
import { encodeCommand, ReplyError, RespParser, type CommandArg, type Reply } from "./resp-parser.js";

/** Message BullMQ recognises as a closed connection (`CONNECTION_CLOSED_ERROR_MSG`). */
export const CONNECTION_CLOSED = "Connection is closed.";

/** Connection options (a subset of ioredis's). */
export interface RespClientOptions {
  host?: string;
  port?: number;
  username?: string;
  password?: string;
  /** Database number (SELECT). Default 0. */
  db?: number;
  /** Name set with CLIENT SETNAME on every (re)connect. */
  connectionName?: string;
  /** Give up a connection attempt after this long, ms. Default 10,000. */
  connectTimeout?: number;
  /** Reconnect after an unexpected disconnect. Default true. */
  reconnect?: boolean;
}

/**
 * Parse `redis://[user:password@]host[:port][/db]` into options.
 * @param url a redis URL
 * @throws Error for other schemes (TLS `rediss://` is not supported) or a malformed URL
 */
export function parseRedisUrl(url: string): RespClientOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`not a redis URL: "${url}" (expected redis://host:port)`);
  }
  if (u.protocol !== "redis:") throw new Error(`unsupported scheme "${u.protocol}" in "${url}" (expected redis://host:port)`);
  const db = u.pathname.replace(/^\//, "");
  return {
    host: u.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1",
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
  };
}

interface Pending {
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
  /** Resolve to null (instead of rejecting) when the connection is closed on purpose. */
  blocking: boolean;
}

interface Script {
  sha: string;
  lua: string;
  numberOfKeys: number;
}

type Transform = (r: Reply) => unknown;

const closedError = () => new Error(CONNECTION_CLOSED);

function flat(args: readonly unknown[]): CommandArg[] {
  const a = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  const out: CommandArg[] = [];
  for (const x of a) {
    if (Array.isArray(x)) out.push(...flat([x]));
    else out.push(x as CommandArg);
  }
  return out;
}

function toObject(r: Reply): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(r)) for (let i = 0; i + 1 < r.length; i += 2) out[String(r[i])] = r[i + 1] as string;
  return out;
}

/** A batch of commands sent together: a pipeline, or a MULTI/EXEC transaction. */
export class RespBatch {
  readonly #client: RespClient;
  readonly #atomic: boolean;
  readonly #commands: { args: CommandArg[]; transform?: Transform; script?: Script }[] = [];

  constructor(client: RespClient, atomic: boolean) {
    this.#client = client;
    this.#atomic = atomic;
  }

  /** Queue any command. */
  call(...args: CommandArg[]): this {
    this.#commands.push({ args });
    return this;
  }

  hgetall(key: string): this {
    this.#commands.push({ args: ["HGETALL", key], transform: toObject });
    return this;
  }

  hset(key: string, data: Record<string, string | number>): this {
    this.#commands.push({ args: ["HSET", key, ...Object.entries(data).flat()] });
    return this;
  }

  hscan(key: string, cursor: string | number, options?: { COUNT?: number }): this {
    this.#commands.push({ args: ["HSCAN", key, cursor, ...(options?.COUNT != null ? ["COUNT", options.COUNT] : [])] });
    return this;
  }

  smembers(key: string): this {
    return this.call("SMEMBERS", key);
  }

  sscan(key: string, cursor: string | number, options?: { COUNT?: number }): this {
    this.#commands.push({ args: ["SSCAN", key, cursor, ...(options?.COUNT != null ? ["COUNT", options.COUNT] : [])] });
    return this;
  }

  zrange(key: string, start: number, end: number): this {
    return this.call("ZRANGE", key, start, end);
  }

  lrange(key: string, start: number, end: number): this {
    return this.call("LRANGE", key, start, end);
  }

  llen(key: string): this {
    return this.call("LLEN", key);
  }

  del(...keys: string[]): this {
    return keys.length > 0 ? this.call("DEL", ...keys) : this;
  }

  /** Queue a script registered with `defineCommand`. */
  runCommand(name: string, args: unknown[]): this {
    const script = this.#client.script(name);
    const a = flat(args);
    this.#commands.push({ args: ["EVALSHA", script.sha, script.numberOfKeys, ...a], script });
    return this;
  }

  /** Send the batch; each entry is `[error or null, value]` (null when a transaction was aborted by WATCH). */
  async exec(): Promise<[Error | null, unknown][] | null> {
    for (const c of this.#commands) if (c.script) await this.#client.loadScript(c.script);
    const wrap = (r: Reply, t?: Transform): [Error | null, unknown] =>
      r instanceof ReplyError ? [r, null] : [null, t ? t(r) : r];
    if (!this.#atomic) {
      const replies = await Promise.all(this.#commands.map((c) => this.#client.sendRaw(c.args)));
      return replies.map((r, i) => wrap(r, this.#commands[i]!.transform));
    }
    const sent = [
      this.#client.sendRaw(["MULTI"]),
      ...this.#commands.map((c) => this.#client.sendRaw(c.args)),
      this.#client.sendRaw(["EXEC"]),
    ];
    const replies = await Promise.all(sent);
    const exec = replies[replies.length - 1]!;
    if (exec instanceof ReplyError) throw exec;
    if (exec === null) return null;
    return (exec as Reply[]).map((r, i) => wrap(r, this.#commands[i]!.transform));
  }
}

/** A Redis connection that BullMQ 6 accepts as its `IRedisClient`. */
export class RespClient extends EventEmitter {
  /** ioredis-style status: wait, connecting, connect, ready, reconnecting, end. */
  status = "wait";
  readonly isCluster = false;
  /** The options this client was made with (BullMQ reads and copies them). */
  options: RespClientOptions & Record<string, unknown>;

  #socket: Socket | undefined;
  readonly #parser = new RespParser();
  #pending: Pending[] = [];
  #offline: { args: CommandArg[]; entry: Pending }[] = [];
  #scripts = new Map<string, Script>();
  readonly #loaded = new Set<string>();
  #closing = false;
  #retries = 0;
  #retryTimer: NodeJS.Timeout | undefined;
  #connecting: Promise<void> | undefined;

  /**
   * Connect to Redis (starts at once, like ioredis).
   * @param options host (default 127.0.0.1), port (default 6379), credentials, db, connection name
   */
  constructor(options: RespClientOptions = {}) {
    super();
    this.options = { ...options };
    this.connect().catch(() => {
      // Reported through the "error" event; commands wait in the offline queue for a reconnect.
    });
  }

  #emitError(e: Error): void {
    if (this.listenerCount("error") > 0) this.emit("error", e);
  }

  /** Open the connection (again, after `disconnect`/`quit`). Resolves when ready. */
  connect(): Promise<void> {
    if (this.status === "ready") return Promise.resolve();
    if (this.#connecting) return this.#connecting;
    this.#closing = false;
    clearTimeout(this.#retryTimer);
    this.status = this.status === "reconnecting" ? "reconnecting" : "connecting";
    const promise = new Promise<void>((resolve, reject) => {
      const { host = "127.0.0.1", port = 6379 } = this.options;
      const socket = createConnection({ host, port });
      this.#socket = socket;
      this.#parser.reset();
      socket.setNoDelay(true);
      socket.setKeepAlive(true);
      let settled = false;
      const timer = setTimeout(() => socket.destroy(new Error(`connect to ${host}:${port} timed out`)), this.options.connectTimeout ?? 10_000);
      socket.on("data", (chunk: Buffer) => this.#onData(chunk));
      socket.on("error", (e) => {
        if (!settled) {
          settled = true;
          reject(e);
        }
        this.#emitError(e);
      });
      socket.on("close", () => {
        clearTimeout(timer);
        if (!settled) {
          settled = true;
          reject(closedError());
        }
        if (this.#socket === socket) this.#onClose();
      });
      socket.once("connect", () => {
        clearTimeout(timer);
        this.status = "connect";
        this.emit("connect");
        void this.#handshake().then(
          () => {
            settled = true;
            this.status = "ready";
            this.#retries = 0;
            this.#connecting = undefined;
            const queued = this.#offline;
            this.#offline = [];
            for (const q of queued) this.#write(q.args, q.entry);
            this.emit("ready");
            resolve();
          },
          (e: Error) => {
            if (!settled) {
              settled = true;
              reject(e);
            }
            this.#emitError(e);
            socket.destroy();
          },
        );
      });
    });
    this.#connecting = promise;
    promise.catch(() => {
      if (this.#connecting === promise) this.#connecting = undefined;
    });
    return promise;
  }

  async #handshake(): Promise<void> {
    const o = this.options;
    const now = (args: CommandArg[]) =>
      new Promise<Reply>((resolve, reject) => this.#write(args, { resolve, reject, blocking: false })).then((r) => {
        if (r instanceof ReplyError) throw r;
        return r;
      });
    if (o.password !== undefined) await now(o.username !== undefined ? ["AUTH", o.username, o.password] : ["AUTH", o.password]);
    if (o.db) await now(["SELECT", o.db]);
    if (o.connectionName) await now(["CLIENT", "SETNAME", o.connectionName]);
  }

  #onData(chunk: Buffer): void {
    let replies: Reply[];
    try {
      replies = this.#parser.push(chunk);
    } catch (e) {
      this.#emitError(e as Error);
      this.#socket?.destroy();
      return;
    }
    for (const r of replies) {
      const p = this.#pending.shift();
      if (p) p.resolve(r);
    }
  }

  #onClose(): void {
    this.#socket = undefined;
    this.#connecting = undefined;
    const pending = this.#pending;
    this.#pending = [];
    for (const p of pending) {
      if (this.#closing && p.blocking) p.resolve(null);
      else p.reject(closedError());
    }
    this.emit("close");
    if (this.#closing || this.options.reconnect === false) {
      this.status = "end";
      for (const q of this.#offline.splice(0)) q.entry.reject(closedError());
      this.emit("end");
      return;
    }
    this.status = "reconnecting";
    const delay = Math.min(2000, 100 * 2 ** this.#retries++);
    this.emit("reconnecting", delay);
    this.#retryTimer = setTimeout(() => {
      this.connect().catch(() => {
        // A failed attempt closes its socket, which schedules the next one.
      });
    }, delay);
  }

  #write(args: CommandArg[], entry: Pending): void {
    const socket = this.#socket;
    if (!socket || socket.destroyed) {
      entry.reject(closedError());
      return;
    }
    this.#pending.push(entry);
    socket.write(encodeCommand(args));
  }

  /**
   * Send a command and resolve to its raw reply (error replies resolve as {@link ReplyError} values).
   * @param args command and arguments
   * @param blocking a blocking read: resolves to null if the connection is closed on purpose meanwhile
   */
  sendRaw(args: CommandArg[], blocking = false): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const entry: Pending = { resolve, reject, blocking };
      if (this.status === "ready") this.#write(args, entry);
      else if (this.status === "end") reject(closedError());
      else this.#offline.push({ args, entry });
    });
  }

  /** Send a command; error replies reject. */
  async call(...args: CommandArg[]): Promise<unknown> {
    const r = await this.sendRaw(args);
    if (r instanceof ReplyError) throw r;
    return r;
  }

  async #blocking(args: CommandArg[]): Promise<unknown> {
    const r = await this.sendRaw(args, true);
    if (r instanceof ReplyError) throw r;
    return r;
  }

  /**
   * Close the connection at once. Commands in flight reject (blocking reads resolve null).
   * @param reconnect open a new connection straight away
   */
  disconnect(reconnect = false): void {
    clearTimeout(this.#retryTimer);
    this.#closing = !reconnect;
    const socket = this.#socket;
    if (socket && !socket.destroyed) {
      socket.destroy();
      if (reconnect)
        socket.once("close", () => {
          this.connect().catch(() => {});
        });
    } else if (!reconnect) {
      this.#connecting = undefined;
      const wasEnd = this.status === "end";
      this.status = "end";
      for (const q of this.#offline.splice(0)) q.entry.reject(closedError());
      if (!wasEnd) {
        this.emit("close");
        this.emit("end");
      }
    } else this.connect().catch(() => {});
  }

  /** Close after the server acknowledges (QUIT). */
  async quit(): Promise<string> {
    if (this.status === "end" || !this.#socket) {
      this.disconnect();
      return "OK";
    }
    this.#closing = true;
    clearTimeout(this.#retryTimer);
    const ended = new Promise<void>((resolve) => this.once("end", () => resolve()));
    try {
      await this.call("QUIT");
    } catch {
      // Closed already.
    }
    this.#socket?.destroy();
    await ended;
    return "OK";
  }

  /** A new connection with the same options (and scripts), optionally overriding some options. */
  duplicate(overrides: Partial<RespClientOptions> & Record<string, unknown> = {}): RespClient {
    const dup = new RespClient({ ...this.options, ...overrides });
    dup.#scripts = new Map(this.#scripts);
    return dup;
  }

  //// scripts ////

  /** Register a Lua script under a name for {@link runCommand}. */
  defineCommand(name: string, definition: { numberOfKeys: number; lua: string; readOnly?: boolean }): void {
    const sha = createHash("sha1").update(definition.lua).digest("hex");
    this.#scripts.set(name, { sha, lua: definition.lua, numberOfKeys: definition.numberOfKeys });
  }

  /** The script registered under a name. @throws Error when none is */
  script(name: string): Script {
    const s = this.#scripts.get(name);
    if (!s) throw new Error(`unknown script command "${name}"`);
    return s;
  }

  /** Make sure the server has a script cached (SCRIPT LOAD once per client). */
  async loadScript(s: Script): Promise<void> {
    if (this.#loaded.has(s.sha)) return;
    await this.call("SCRIPT", "LOAD", s.lua);
    this.#loaded.add(s.sha);
  }

  /** Run a registered script: KEYS first, then ARGV, as one flat list. */
  async runCommand(name: string, args: unknown[]): Promise<unknown> {
    const s = this.script(name);
    const a = flat(args);
    const r = await this.sendRaw(["EVALSHA", s.sha, s.numberOfKeys, ...a]);
    if (r instanceof ReplyError && r.message.startsWith("NOSCRIPT")) {
      this.#loaded.delete(s.sha);
      return this.call("EVAL", s.lua, s.numberOfKeys, ...a);
    }
    if (r instanceof ReplyError) throw r;
    return r;
  }

  multi(): RespBatch {
    return new RespBatch(this, true);
  }

  pipeline(): RespBatch {
    return new RespBatch(this, false);
  }

  //// commands (IRedisClient) ////

  async hgetall(key: string): Promise<Record<string, string>> {
    return toObject((await this.call("HGETALL", key)) as Reply);
  }
  hget(key: string, field: string): Promise<string | null> {
    return this.call("HGET", key, field) as Promise<string | null>;
  }
  hmget(key: string, ...fields: string[]): Promise<(string | null)[]> {
    return this.call("HMGET", key, ...flat(fields)) as Promise<(string | null)[]>;
  }
  hset(key: string, dataOrField: Record<string, string | number> | string, ...rest: CommandArg[]): Promise<number> {
    const pairs = typeof dataOrField === "string" ? [dataOrField, ...rest] : Object.entries(dataOrField).flat();
    return this.call("HSET", key, ...pairs) as Promise<number>;
  }
  hdel(key: string, ...fields: string[]): Promise<number> {
    return this.call("HDEL", key, ...fields) as Promise<number>;
  }
  hexists(key: string, field: string): Promise<number> {
    return this.call("HEXISTS", key, field) as Promise<number>;
  }
  get(key: string): Promise<string | null> {
    return this.call("GET", key) as Promise<string | null>;
  }
  set(key: string, value: string | number, options?: { PX?: number; EX?: number }): Promise<string | null> {
    const extra = options?.PX != null ? ["PX", options.PX] : options?.EX != null ? ["EX", options.EX] : [];
    return this.call("SET", key, value, ...extra) as Promise<string | null>;
  }
  del(...keys: string[]): Promise<number> {
    const k = flat(keys);
    return k.length ? (this.call("DEL", ...k) as Promise<number>) : Promise.resolve(0);
  }
  zrange(key: string, start: number, end: number, options?: { WITHSCORES?: boolean }): Promise<string[]> {
    return this.call("ZRANGE", key, start, end, ...(options?.WITHSCORES ? ["WITHSCORES"] : [])) as Promise<string[]>;
  }
  zrevrange(key: string, start: number, end: number, options?: { WITHSCORES?: boolean }): Promise<string[]> {
    return this.call("ZREVRANGE", key, start, end, ...(options?.WITHSCORES ? ["WITHSCORES"] : [])) as Promise<string[]>;
  }
  zcard(key: string): Promise<number> {
    return this.call("ZCARD", key) as Promise<number>;
  }
  zscore(key: string, member: string): Promise<string | null> {
    return this.call("ZSCORE", key, member) as Promise<string | null>;
  }
  zadd(key: string, ...args: CommandArg[]): Promise<number> {
    return this.call("ZADD", key, ...args) as Promise<number>;
  }
  zrem(key: string, ...members: string[]): Promise<number> {
    return this.call("ZREM", key, ...members) as Promise<number>;
  }
  lrange(key: string, start: number, end: number): Promise<string[]> {
    return this.call("LRANGE", key, start, end) as Promise<string[]>;
  }
  llen(key: string): Promise<number> {
    return this.call("LLEN", key) as Promise<number>;
  }
  ltrim(key: string, start: number, end: number): Promise<string> {
    return this.call("LTRIM", key, start, end) as Promise<string>;
  }
  lpos(key: string, value: string): Promise<number | null> {
    return this.call("LPOS", key, value) as Promise<number | null>;
  }
  lpush(key: string, ...values: CommandArg[]): Promise<number> {
    return this.call("LPUSH", key, ...values) as Promise<number>;
  }
  rpop(key: string): Promise<string | null> {
    return this.call("RPOP", key) as Promise<string | null>;
  }
  smembers(key: string): Promise<string[]> {
    return this.call("SMEMBERS", key) as Promise<string[]>;
  }
  sadd(key: string, ...members: CommandArg[]): Promise<number> {
    return this.call("SADD", key, ...members) as Promise<number>;
  }
  scard(key: string): Promise<number> {
    return this.call("SCARD", key) as Promise<number>;
  }
  exists(...keys: string[]): Promise<number> {
    return this.call("EXISTS", ...flat(keys)) as Promise<number>;
  }
  keys(pattern: string): Promise<string[]> {
    return this.call("KEYS", pattern) as Promise<string[]>;
  }
  incr(key: string): Promise<number> {
    return this.call("INCR", key) as Promise<number>;
  }
  incrby(key: string, increment: number): Promise<number> {
    return this.call("INCRBY", key, increment) as Promise<number>;
  }
  flushall(): Promise<string> {
    return this.call("FLUSHALL") as Promise<string>;
  }
  xadd(key: string, id: string, fields: Record<string, string | number>, options?: { MAXLEN?: number; approximate?: boolean }): Promise<string> {
    const trim = options?.MAXLEN != null ? ["MAXLEN", ...(options.approximate !== false ? ["~"] : []), options.MAXLEN] : [];
    return this.call("XADD", key, ...trim, id, ...Object.entries(fields).flat()) as Promise<string>;
  }
  xread(streams: { key: string; id: string }[], options?: { BLOCK?: number; COUNT?: number }): Promise<unknown> {
    const args: CommandArg[] = ["XREAD"];
    if (options?.COUNT != null) args.push("COUNT", options.COUNT);
    if (options?.BLOCK != null) args.push("BLOCK", options.BLOCK);
    args.push("STREAMS", ...streams.map((s) => s.key), ...streams.map((s) => s.id));
    return options?.BLOCK != null ? this.#blocking(args) : this.call(...args);
  }
  xtrim(key: string, strategy: "MAXLEN", threshold: number, options?: { approximate?: boolean }): Promise<number> {
    return this.call("XTRIM", key, strategy, ...(options?.approximate !== false ? ["~"] : []), threshold) as Promise<number>;
  }
  xlen(key: string): Promise<number> {
    return this.call("XLEN", key) as Promise<number>;
  }
  xrevrange(key: string, end: string, start: string, ...rest: CommandArg[]): Promise<unknown> {
    return this.call("XREVRANGE", key, end, start, ...rest);
  }
  bzpopmin(key: string, timeout: number): Promise<[key: string, member: string, score: string] | null> {
    return this.#blocking(["BZPOPMIN", key, timeout]) as Promise<[string, string, string] | null>;
  }
  info(): Promise<string> {
    return this.call("INFO") as Promise<string>;
  }
  clientSetName(name: string): Promise<unknown> {
    this.options.connectionName = name;
    return this.call("CLIENT", "SETNAME", name);
  }
  clientList(): Promise<string> {
    return this.call("CLIENT", "LIST") as Promise<string>;
  }
  clientInfo(): Promise<string> {
    return this.call("CLIENT", "INFO") as Promise<string>;
  }
  async scan(cursor: string | number, options: { MATCH?: string; COUNT?: number } = {}): Promise<[string, string[]]> {
    const args: CommandArg[] = ["SCAN", cursor];
    if (options.MATCH != null) args.push("MATCH", options.MATCH);
    if (options.COUNT != null) args.push("COUNT", options.COUNT);
    const [next, keys] = (await this.call(...args)) as [string, string[]];
    return [String(next), keys];
  }
  /** Stream every key matching a pattern, one batch (an array of keys, possibly empty) per chunk. */
  scanStream(options: { match: string; count?: number }): Readable {
    let cursor = "0";
    let done = false;
    let reading = false;
    const stream: Readable = new Readable({
      objectMode: true,
      read: () => {
        if (reading) return;
        if (done) {
          stream.push(null);
          return;
        }
        reading = true;
        this.scan(cursor, { MATCH: options.match, ...(options.count ? { COUNT: options.count } : {}) }).then(
          ([next, keys]) => {
            reading = false;
            cursor = next;
            if (next === "0") done = true;
            stream.push(keys);
          },
          (e: Error) => stream.destroy(e),
        );
      },
    });
    return stream;
  }
}
