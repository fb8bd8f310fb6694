/** The two databases Mieruka runs on; the only dialect difference the code has to know. */
export type DatabaseKind = 'sqlite' | 'postgres';
