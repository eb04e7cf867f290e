# Competency Catalog API — developer entry points. `make` alone lists them.
#
# The Java program reads PORT, DATABASE_URL, API_KEYS and CORS_ORIGINS from
# the environment; this Makefile never sets them, it only passes them through
# (except that run-postgres fills in DATABASE_URL when you did not).

MVN  ?= mvn
JAVA ?= java
JAR  := target/competency-catalog.jar
PG   := bash scripts/postgres.sh

# bash with -e/pipefail, so a failing step in a multi-line recipe stops it.
SHELL       := bash
.SHELLFLAGS := -eu -o pipefail -c

.DEFAULT_GOAL := help
.PHONY: help build test run run-postgres bench pg-stop clean

help: ## List the targets (this text)
	@echo "Usage: make <target>"
	@awk 'BEGIN { FS = ":.*## " } /^[a-zA-Z0-9_-]+:.*## / { printf "  %-14s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

build: ## Compile and package the runnable jar (target/competency-catalog.jar)
	$(MVN) -B -q -DskipTests package

# The URL is fetched first, on its own line, so that when no PostgreSQL can be
# found the script's message is shown and mvn is not started at all.
test: ## Run the tests against PostgreSQL (found or started by scripts/postgres.sh)
	@url="$$($(PG) test)"; \
	echo "TEST_DATABASE_URL=$$(printf '%s' "$$url" | sed -E 's#//([^:/@]*):[^@/]*@#//\1:***@#')" >&2; \
	export TEST_DATABASE_URL="$$url"; \
	$(MVN) -B test

# Without API_KEYS, `make run` (a development command) uses the two demo keys the README's
# examples send. The jar itself has no default keys.
DEV_KEYS := maintainer:maintainer:dev-maintainer-key,integrator:integrator:dev-integrator-key

run: build ## Build and start the server (in-memory store unless DATABASE_URL is set)
	API_KEYS="$${API_KEYS:-$(DEV_KEYS)}" $(JAVA) -jar $(JAR)

# A DATABASE_URL you set is used as is. Otherwise the server gets its own
# database, $DB_NAME (default competency_catalog), on the server postgres.sh
# found, created if missing; without psql we cannot create it, so the admin
# URL's database is used instead.
run-postgres: build ## Build and start the server on PostgreSQL (DATABASE_URL, or a local server)
	@if [[ -n "$${DATABASE_URL:-}" ]]; then \
	  url="$$DATABASE_URL"; \
	else \
	  admin="$$($(PG) run)"; \
	  db="$${DB_NAME:-competency_catalog}"; \
	  [[ "$$db" =~ ^[A-Za-z_][A-Za-z0-9_]*$$ ]] || { echo "DB_NAME must be a plain identifier, got '$$db'" >&2; exit 1; }; \
	  if command -v psql >/dev/null 2>&1; then \
	    printf '%s\n' "SELECT format('CREATE DATABASE %I', :'db') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec" \
	      | psql "$$admin" -w -q -X -v ON_ERROR_STOP=1 -v db="$$db" >/dev/null; \
	    url="$$(printf '%s' "$$admin" | sed -E "s#^([^/]*//[^/?]*)(/[^?]*)?#\1/$$db#")"; \
	  else \
	    echo "psql not found: cannot create database $$db, using $$admin" >&2; \
	    url="$$admin"; \
	  fi; \
	fi; \
	echo "DATABASE_URL=$$(printf '%s' "$$url" | sed -E 's#//([^:/@]*):[^@/]*@#//\1:***@#')" >&2; \
	API_KEYS="$${API_KEYS:-$(DEV_KEYS)}" DATABASE_URL="$$url" exec $(JAVA) -jar $(JAR)

# The benchmark is test code (src/test/java/io/competency/bench), so the jar does not carry it:
# it runs on the test classpath, in a JVM of its own.
BENCH_CP := target/bench-classpath.txt

bench: ## Build and run the benchmark (io.competency.bench.Benchmark, test code)
	$(MVN) -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=$(BENCH_CP)
	$(JAVA) -cp "target/test-classes:target/classes:$$(cat $(BENCH_CP))" io.competency.bench.Benchmark

pg-stop: ## Stop the throwaway PostgreSQL cluster, if one runs (never the system one)
	$(PG) stop

# The throwaway cluster lives in target/pgdata: stop it before mvn deletes it.
clean: pg-stop ## Stop the throwaway PostgreSQL and delete build output
	$(MVN) -B -q clean
