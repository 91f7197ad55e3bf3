/** What taking from a budget answered: whether the query may run, what is left, when enough will be. */
export interface BudgetAnswer {
  allowed: boolean;
  remaining: number;
  resetSeconds: number;
}

/** A per-client budget of query cost per minute: in this process (CostBudget) or shared (RedisBudget). */
export interface Budget {
  readonly perMinute: number;
  /** Takes `cost` from the client's budget when it has enough; a refused query takes nothing. */
  take(client: string, cost: number): BudgetAnswer | Promise<BudgetAnswer>;
  /** Releases what the budget holds open (a Redis connection). */
  close?(): Promise<void>;
}

/**
 * A per-client budget of query cost per minute (token bucket, refilled continuously). Clients are
 * keyed by API key digest or address; at most `maxClients` are remembered (least recently seen are
 * forgotten first), so memory stays bounded whatever the traffic.
 */
export class CostBudget implements Budget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly perMinute: number,
    private readonly maxClients = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Takes `cost` from the client's budget when it has enough; returns what remains and, when
   * refused, the seconds until enough has been refilled.
   */
  take(client: string, cost: number): BudgetAnswer {
    const t = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: t };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((t - bucket.at) / 60_000) * this.perMinute);
    bucket.at = t;
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
    const allowed = cost <= bucket.tokens;
    if (allowed) bucket.tokens -= cost;
    const missing = allowed ? this.perMinute - bucket.tokens : cost - bucket.tokens;
    return { allowed, remaining: Math.floor(bucket.tokens), resetSeconds: Math.ceil((missing / this.perMinute) * 60) };
  }
}
