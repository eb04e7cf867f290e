package io.competency.partnermutation;

/** Where the server under test keeps evaluations: the embedded in-memory store, or PostgreSQL. */
enum Storage {
  MEMORY,
  POSTGRESQL
}
