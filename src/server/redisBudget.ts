import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

import { CostBudget, type Budget, type BudgetAnswer } from './budget';

export interface RedisBudgetOptions {
  /** Cost a client may spend per minute, across every API process sharing the Redis. */
  perMinute: number;
  /** HELIXGRAPH_REDIS_URL. */
  url: string;
  /** Where changes of state are said (Redis unreachable, answering again). */
  log: (line: string) => void;
  /** Prefix of the Redis keys (one counter per client and minute). */
  keyPrefix?: string;
  /** Longest a Redis command may take before the process falls back to its own budget, in ms. */
  commandTimeoutMs?: number;
}

/**
 * A per-client budget shared by every API process pointed at one Redis (HELIXGRAPH_REDIS_URL):
 * rate-limiter-flexible's atomic Redis counter, one fixed window of 60 s per client, `perMinute`
 * points in it. A refused query is given its points back, so, as in memory, refusal costs nothing.
 *
 * When Redis does not answer (down, unreachable, slower than `commandTimeoutMs`) each process
 * falls back to its own in-memory budget (CostBudget, charged alongside Redis all along, so a
 * client starts from what it spent on this process): it fails open to a per-process limit, never
 * to no limit, and never closed. Why: the budget protects Neo4j from one client; refusing every
 * query while Redis is down would turn a Redis outage into an API outage for everyone, and dropping
 * the limit would leave Neo4j unprotected just when something is already wrong. The price: while
 * Redis is down a client may spend its budget once on each replica (N replicas: N times).
 */
export class RedisBudget implements Budget {
  readonly perMinute: number;
  private readonly redis: Redis;
  private readonly limiter: RateLimiterRedis;
  private readonly local: CostBudget;
  private readonly where: string;
  private shared = true;

  constructor(private readonly options: RedisBudgetOptions) {
    this.perMinute = options.perMinute;
    const url = new URL(options.url);
    this.where = `${url.hostname}:${url.port || 6379}`;
    this.redis = new Redis(options.url, {
      // Fail at once while disconnected (the fallback answers), never queue a request behind a reconnect.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 500,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.redis.on('error', (err: Error) => this.fellBack(err.message));
    this.redis.on('ready', () => this.recovered());
    this.limiter = new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: options.keyPrefix ?? 'helixgraph:budget',
      points: options.perMinute,
      duration: 60,
      rejectIfRedisNotReady: true,
    });
    this.local = new CostBudget(options.perMinute);
  }

  /** Resolves once Redis answers, or after `timeoutMs` (then the process starts on its own budget, and says so). */
  async connect(timeoutMs = 2_000): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.redis.off('ready', done);
        this.fellBack(`no answer within ${timeoutMs / 1000} s`);
        resolve();
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.redis.once('ready', done);
    });
    if ((this.redis.status as string) === 'ready') this.options.log(`per-client budgets shared through Redis at ${this.where}`);
  }

  async take(client: string, cost: number): Promise<BudgetAnswer> {
    const points = Math.max(1, Math.ceil(cost));
    try {
      const res = await this.limiter.consume(client, points);
      this.recovered();
      // Charged in this process too, so that a fallback starts from what the client spent here.
      this.local.take(client, points);
      return { allowed: true, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        this.recovered();
        // Over budget: the counter was raised atomically before the check; give the points back.
        await this.limiter.reward(client, points).catch(() => {});
        return { allowed: false, remaining: Math.max(0, this.perMinute - (err.consumedPoints - points)), resetSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)) };
      }
      this.fellBack((err as Error).message);
      return this.local.take(client, points);
    }
  }

  async close(): Promise<void> {
    this.shared = true; // no more state changes to report
    this.redis.removeAllListeners('error');
    this.redis.on('error', () => {});
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  /** Says once, when Redis answers after an outage, that budgets are shared again. */
  private recovered(): void {
    if (this.shared) return;
    this.shared = true;
    this.options.log(`Redis at ${this.where} answers again: per-client budgets are shared again`);
  }

  /** Says once per outage that this process is on its own budget now. */
  private fellBack(reason: string): void {
    if (!this.shared) return;
    this.shared = false;
    this.options.log(`Redis at ${this.where} does not answer (${reason}): per-client budgets are per process until it does`);
  }
}
