/**
 * Reads that requests arriving together share, never one begun before a request arrived: a
 * request joins the read of its key that is waiting to start, or starts one; while a read of
 * the key is running, the next waits for it to end. So every request sees what was committed
 * before it arrived, as if it had read alone, and fifty readers of a plan at once cost two
 * reads rather than fifty (bench 'http': on PostgreSQL a read is a round trip and most of the
 * cached report route's time).
 * @example
 * const revisions = new SharedReads((planId: number) => findPlanWithRevision(db, planId));
 * const found = await revisions.read(planId);
 */
export class SharedReads<K, V> {
  private readonly running = new Map<K, Promise<V>>();
  private readonly waiting = new Map<K, Promise<V>>();
  /** Reads started: what a test counts. */
  started = 0;

  constructor(private readonly load: (key: K) => Promise<V>) {}

  read(key: K): Promise<V> {
    const waiting = this.waiting.get(key);
    if (waiting !== undefined) return waiting;
    const running = this.running.get(key);
    if (running === undefined) return this.start(key);
    const next = running.then(
      () => this.startWaiting(key),
      () => this.startWaiting(key),
    );
    this.waiting.set(key, next);
    return next;
  }

  private startWaiting(key: K): Promise<V> {
    this.waiting.delete(key);
    return this.start(key);
  }

  private start(key: K): Promise<V> {
    this.started += 1;
    const read = this.load(key).finally(() => {
      if (this.running.get(key) === read) this.running.delete(key);
    });
    this.running.set(key, read);
    return read;
  }
}
