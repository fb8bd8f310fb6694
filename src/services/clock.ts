/**
 * Where a use case reads "now" from. The composition root (the server's context, the CLI's)
 * gives one, and passes the moment it reads down to the services and repositories, so a test
 * moves time by giving another clock, and no service reads the system's by itself.
 */
export type Clock = () => Date;

/** The system's clock: the one place Mieruka reads the time of day. */
export const systemClock: Clock = () => new Date();
