# Competency Catalog API — developer entry points. `make` alone lists them.
#
# The Java program reads PORT, DATABASE_URL, API_KEYS and CORS_ORIGINS from
# the environment; this Makefile never sets them, it only passes them through
# (except that run-postgres fills in DATABASE_URL when you did not).

MVN  ?= mvn
JAVA ?= java
JAR  := target/competency-catalog.jar
JSA  := target/competency-catalog.jsa
PG   := bash scripts/postgres.sh

# How the server's JVM runs (make run, run-postgres, bench; set JAVA_OPTS to change it):
# -Xms32m -Xmx320m, free ratios 20-40 %: the heap starts small, follows the live data and gives memory
#                back after a spike: catalog reads and everyday evaluations stay under 300 MB of RSS,
#                while the largest evaluation the body limit admits (16 MiB of JSON) still fits;
# SerialGC       one collector thread and short pauses at this heap size, whatever the CPU count;
# the AppCDS archive `make build` writes (target/competency-catalog.jsa), when present: the classes
#                come parsed and verified from it, and start-up takes about half the CPU time;
# MALLOC_ARENA_MAX=2  glibc's malloc keeps two arenas instead of one per thread: some 20 MB less RSS.
JAVA_OPTS ?= -Xms32m -Xmx320m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:+UseSerialGC
SERVER_JAVA = MALLOC_ARENA_MAX=2 $(JAVA) $(JAVA_OPTS) $$([[ -f $(JSA) ]] && echo -XX:SharedArchiveFile=$(JSA) -Xlog:cds=off -Xlog:cds+dynamic=off)

# Maven's console library writes colour resets (ESC[0m) even in batch mode (-B, on every mvn line,
# turns colours off); with this it does not, so make's output is plain text.
export MAVEN_OPTS := $(MAVEN_OPTS) -Djansi.noreset=true

# The server runs in the foreground; Ctrl-C stops it gracefully (it exits 130), which is how a
# developer ends `make run`, not a failure: the recipe says so, and make reports no error.
STOPPED_BY_CTRL_C := { status=$$?; [[ $$status -eq 130 || $$status -eq 143 ]]; }

# bash with -e/pipefail, so a failing step in a multi-line recipe stops it.
SHELL       := bash
.SHELLFLAGS := -eu -o pipefail -c

.DEFAULT_GOAL := help
.PHONY: help build test audit run run-postgres bench pg-stop clean

help: ## List the targets (this text)
	@echo "Usage: make <target>"
	@awk 'BEGIN { FS = ":.*## " } /^[a-zA-Z0-9_-]+:.*## / { printf "  %-14s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

build: ## Compile and package the runnable jar (target/competency-catalog.jar) and its start-up archive
	$(MVN) -B -q -DskipTests package
	JAVA="$(JAVA)" bash scripts/cds-archive.sh $(JAR) $(JSA) $(JAVA_OPTS)

# The URL is fetched first, on its own line, so that when no PostgreSQL can be
# found the script's message is shown and mvn is not started at all. Maven runs
# quietly: the console shows what failed, then one line of totals; what the
# servers under test logged is in target/surefire-reports/<class>-output.txt.
test: ## Run the tests against PostgreSQL (found or started by scripts/postgres.sh)
	@url="$$($(PG) test)"; \
	echo "TEST_DATABASE_URL=$$(printf '%s' "$$url" | sed -E 's#//([^:/@]*):[^@/]*@#//\1:***@#')" >&2; \
	export TEST_DATABASE_URL="$$url"; \
	rm -rf target/surefire-reports; \
	status=0; $(MVN) -B -q -Dstyle.color=never test || status=$$?; \
	bash scripts/test-summary.sh; \
	exit $$status

audit: build ## Audit /graphql against the GraphQL-over-HTTP spec with graphql-http (needs Node.js and npm)
	bash scripts/audit/run.sh $(JAR)

# Without API_KEYS, `make run` (a development command) uses the two demo keys the README's
# examples send. The jar itself has no default keys.
DEV_KEYS := maintainer:maintainer:dev-maintainer-key,integrator:integrator:dev-integrator-key

run: build ## Build and start the server on PORT (default 8080; in-memory store unless DATABASE_URL is set)
	@trap : INT TERM; API_KEYS="$${API_KEYS:-$(DEV_KEYS)}" $(SERVER_JAVA) -jar $(JAR) || $(STOPPED_BY_CTRL_C)

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
	trap : INT TERM; API_KEYS="$${API_KEYS:-$(DEV_KEYS)}" DATABASE_URL="$$url" $(SERVER_JAVA) -jar $(JAR) || $(STOPPED_BY_CTRL_C)

# The benchmark is test code (src/test/java/io/competency/bench), so the jar does not carry it:
# it runs on the test classpath, in a JVM of its own, and starts the server from the jar with
# JAVA_OPTS, MALLOC_ARENA_MAX and the AppCDS archive, as `make run` does. The load generator is wrk (installed here
# with apt-get on Debian when missing and run as root), else a Vert.x client; with taskset, the
# server runs on CPU 0 and the load on CPU 1. The PostgreSQL rows use a database of their own on
# the server scripts/postgres.sh finds, created and dropped by the benchmark.
BENCH_CP := target/bench-classpath.txt

bench: build ## Benchmark the server as deployed (embedded and PostgreSQL): throughput, latency, start, memory
	@command -v wrk >/dev/null 2>&1 || { \
	  if [[ $$(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing wrk (apt-get)" >&2; \
	    apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q wrk >/dev/null 2>&1; } \
	      || echo "could not install wrk: the benchmark uses its Vert.x client" >&2; \
	  else \
	    echo "wrk not found: the benchmark uses its Vert.x client" >&2; \
	  fi; }
	$(MVN) -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=$(BENCH_CP)
	@url="$$($(PG) test 2>/dev/null || true)"; \
	pin="$$(command -v taskset >/dev/null 2>&1 && echo taskset -c 1 || true)"; \
	MALLOC_ARENA_MAX=2 BENCH_DATABASE_URL="$$url" SERVER_JAVA_OPTS="$(JAVA_OPTS)" BENCH_JAR=$(JAR) BENCH_JSA=$(JSA) \
	  $$pin $(JAVA) -cp "target/test-classes:target/classes:$$(cat $(BENCH_CP))" io.competency.bench.Benchmark

pg-stop: ## Stop the throwaway PostgreSQL cluster, if one runs (never the system one)
	$(PG) stop

# The throwaway cluster lives in target/pgdata: stop it before mvn deletes it.
clean: pg-stop ## Stop the throwaway PostgreSQL and delete build output
	$(MVN) -B -q clean
