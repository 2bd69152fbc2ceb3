// The fake gateway: just enough of Discord's WebSocket protocol for
// @discordjs/ws to connect, identify per shard, heartbeat, resume and receive
// dispatches. Payloads are plain JSON text frames: discord.js only asks for
// zlib-stream when `zlib-sync` is installed, and it is not.

import { GatewayDispatchEvents, GatewayOpcodes } from 'discord.js';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { Recorder } from './recorder.ts';
import { shardForGuild, snowflake } from './snowflake.ts';

export interface IdentifyRecord {
  index: number;
  at: number;
  token: string;
  /** `[shard_id, shard_count]` as sent by the client. */
  shard: [number, number];
  /** The intents bitfield the bot asked for. */
  intents: number;
  /** The whole IDENTIFY `d` (properties, presence, large_threshold, compress...). */
  raw: any;
}

/** Every frame a client sent us (heartbeats, identify, presence updates...). */
export interface GatewayFrame {
  index: number;
  at: number;
  op: number;
  d: any;
  /** Which shard sent it, once known. */
  shard: [number, number] | null;
}

export interface GatewayContext {
  /** Public URL handed out by `GET /gateway/bot` and as `resume_gateway_url`. */
  url: string;
  heartbeatIntervalMs: number;
  /** The READY payload minus per-session fields. */
  readyBase: () => Record<string, unknown>;
  /** All guild ids the bot is in (routing decides which shard sees which). */
  guildIds: () => string[];
  guildCreatePayload: (guildId: string) => Record<string, unknown>;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  socket: WebSocket | null;
}

export class FakeGateway {
  readonly identifies = new Recorder<IdentifyRecord>((e) => `IDENTIFY shard ${e.shard.join('/')}`);
  readonly frames = new Recorder<GatewayFrame>((e) => `op ${e.op} from shard ${e.shard?.join('/') ?? '?'}`);
  /** Sessions survive their socket so RESUME can pick them up again. */
  private sessions = new Map<string, Session>();
  private wss: WebSocketServer;

  constructor(
    httpServer: Server,
    private readonly ctx: GatewayContext,
  ) {
    // Share the REST server's port: ws only takes over HTTP "upgrade" requests,
    // so `/api/...` keeps working and there is one port to clean up.
    this.wss = new WebSocketServer({ server: httpServer });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  /** Shards that are connected and past READY/RESUMED, as `[id, count]`. */
  connectedShards(): Array<[number, number]> {
    return [...this.sessions.values()].filter((s) => s.socket).map((s) => s.shard);
  }

  /**
   * Send a dispatch (op 0) to the shard that owns `guildId` (Discord's rule:
   * `(guild_id >> 22) % shard_count`), or to `shardId` (default 0, where
   * Discord sends DMs). Throws if no such shard is connected, because a
   * silently dropped event would only show up later as a confusing timeout.
   */
  dispatch(t: string, d: unknown, target: { guildId?: string; shardId?: number } = {}): void {
    const live = [...this.sessions.values()].filter((s) => s.socket);
    const matches = live.filter((s) =>
      target.guildId !== undefined
        ? shardForGuild(target.guildId, s.shard[1]) === s.shard[0]
        : s.shard[0] === (target.shardId ?? 0),
    );
    if (matches.length === 0) {
      const where = target.guildId !== undefined ? `guild ${target.guildId}` : `shard ${target.shardId ?? 0}`;
      const shards = live.map((s) => s.shard.join('/')).join(', ') || 'none';
      throw new Error(`fake-discord: no connected shard for ${where} (connected shards: ${shards})`);
    }
    for (const session of matches) this.send(session, t, d);
  }

  /** Ask a shard to reconnect (op 7); discord.js then reconnects and sends RESUME. */
  requestReconnect(shardId: number): void {
    for (const s of this.sessions.values()) {
      if (s.socket && s.shard[0] === shardId) s.socket.send(JSON.stringify({ op: GatewayOpcodes.Reconnect, d: null }));
    }
  }

  /** Close a shard's socket with `code`, as Discord does when it ends a session. */
  closeShard(shardId: number, code: number, reason = ''): void {
    for (const s of this.sessions.values()) if (s.socket && s.shard[0] === shardId) s.socket.close(code, reason);
  }

  close(): Promise<void> {
    // terminate() rather than close(): a close handshake would wait for clients
    // that may already be gone. Tests should destroy their clients first;
    // otherwise discord.js sees an abnormal close and tries to reconnect.
    for (const socket of this.wss.clients) socket.terminate();
    this.identifies.rejectAll('fake-discord closed');
    this.frames.rejectAll('fake-discord closed');
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private send(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    session.socket?.send(JSON.stringify({ op: GatewayOpcodes.Dispatch, t, s: session.seq, d }));
  }

  private onConnection(socket: WebSocket): void {
    let session: Session | null = null;
    const reply = (op: number, d: unknown) => socket.send(JSON.stringify({ op, d }));

    socket.on('message', (raw) => {
      let payload: { op: number; d: any };
      try {
        payload = JSON.parse(raw.toString());
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      this.frames.push({ at: Date.now(), op: payload.op, d: payload.d, shard: session?.shard ?? null });

      switch (payload.op) {
        case GatewayOpcodes.Heartbeat:
          reply(GatewayOpcodes.HeartbeatAck, null);
          break;
        case GatewayOpcodes.Identify:
          if (session) {
            socket.close(4005, 'Already authenticated');
            return;
          }
          session = this.identify(socket, payload.d);
          break;
        case GatewayOpcodes.Resume: {
          const previous = this.sessions.get(payload.d?.session_id);
          if (!previous) {
            // d: false = "not resumable", which makes discord.js identify afresh.
            reply(GatewayOpcodes.InvalidSession, false);
            return;
          }
          previous.socket?.terminate();
          previous.socket = socket;
          session = previous;
          // Events sent while the shard was away are not buffered, so there is
          // nothing to replay: RESUMED right away.
          this.send(previous, GatewayDispatchEvents.Resumed, {});
          break;
        }
        default:
          // Presence updates, guild member requests, voice state...: recorded above, otherwise ignored.
          break;
      }
    });

    // A client vanishing mid-frame emits 'error'; unhandled, that would crash the test run.
    socket.on('error', () => {});
    socket.on('close', () => {
      if (session?.socket === socket) session.socket = null;
    });

    reply(GatewayOpcodes.Hello, { heartbeat_interval: this.ctx.heartbeatIntervalMs });
  }

  private identify(socket: WebSocket, d: any): Session | null {
    const shard: [number, number] = Array.isArray(d?.shard) ? [d.shard[0], d.shard[1]] : [0, 1];
    this.identifies.push({ at: Date.now(), token: d?.token, shard, intents: d?.intents, raw: d });
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      socket.close(4010, 'Invalid shard');
      return null;
    }
    if (typeof d?.intents !== 'number') {
      socket.close(4013, 'Invalid intent(s)');
      return null;
    }

    const session: Session = { id: snowflake(), shard, seq: 0, socket };
    this.sessions.set(session.id, session);
    const mine = this.ctx.guildIds().filter((id) => shardForGuild(id, shard[1]) === shard[0]);
    // READY lists this shard's guilds as unavailable; discord.js then waits
    // for a GUILD_CREATE for each before emitting `clientReady`.
    this.send(session, GatewayDispatchEvents.Ready, {
      ...this.ctx.readyBase(),
      session_id: session.id,
      resume_gateway_url: this.ctx.url,
      shard,
      guilds: mine.map((id) => ({ id, unavailable: true })),
    });
    for (const id of mine) this.send(session, GatewayDispatchEvents.GuildCreate, this.ctx.guildCreatePayload(id));
    return session;
  }
}
