# Security Equation: the HTTP API and the web workbench in one container (`seceq serve`).
#
#   docker build -t seceq .
#   docker run --rm -p 8080:8080 -v seceq-data:/data seceq
#
# Configuration by environment variables (see docs/deploy.md): SECEQ_PORT, SECEQ_HOST, SECEQ_DB, SECEQ_WORKERS,
# SECEQ_WEB_DIR, SECEQ_CORS. The API has no authentication: put it behind a proxy that has, or keep it private.

# Build: install every dependency (better-sqlite3 compiles against Node's headers), compile the packages to dist
# (`npm ci` runs `prepare`, which is `npm run build`), build the workbench, then drop the development dependencies.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
  && npm run build:web \
  && npm prune --omit=dev --no-audit --no-fund

# Run: built JavaScript only, as an unprivileged user; the store lives in the /data volume.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
  SECEQ_HOST=0.0.0.0 \
  SECEQ_PORT=8080 \
  SECEQ_DB=/data/store.db
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/packages ./packages
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.SECEQ_PORT || 8080) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "packages/cli/dist/bin.js", "serve"]
