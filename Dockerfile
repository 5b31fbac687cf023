# The Gatehouse server as a container image (docs/admin.md, "Containers"): built in one stage,
# run from a second that holds only the server's build, its sources (for the admin CLI), its
# production dependencies and the built portal UI. Runs as the unprivileged `node` user and writes
# nothing outside a database volume, so it runs with a read-only root filesystem. The server runs
# from its bundle (out/server, as the desktop app runs it): a start reads a few files instead of
# some two thousand; the admin CLI runs the TypeScript sources as they are (type stripping).
ARG NODE_IMAGE=docker.io/library/node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# No install scripts: nothing the build needs runs one (esbuild, argon2 and resvg come as
# per-platform packages), and Electron's would download a desktop binary the server never uses.
ENV ELECTRON_SKIP_BINARY_DOWNLOAD=1
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN node scripts/build.ts

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY server ./server
COPY locales ./locales
COPY --from=build /app/out/server ./out/server
COPY --from=build /app/out/renderer ./out/renderer
# Listen on every interface of the container; the port is GATEHOUSE_PORT (8080 unless set).
ENV GATEHOUSE_HOST=0.0.0.0
EXPOSE 8080
# A SQLite database, for a single container without PostgreSQL, lives on this volume.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
# Ready means the database answers and the instance is not draining (GET /readyz).
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.GATEHOUSE_PORT || 8080) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains (docs/admin.md, "Draining"); give the container longer than
# GATEHOUSE_DRAIN_SECONDS to stop (compose: stop_grace_period).
STOPSIGNAL SIGTERM
CMD ["node", "out/server/cli.mjs"]
