# Production image: compiled server + built client on one port.
# Node 24 is the Active LTS line and the runtime the project states first in package.json
# `engines` (no dependency asks for more); Node 20 is kept working only for development machines.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.base.json ./
COPY seeds/package.json seeds/
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
# JSON log lines on standard output (LOG_LEVEL); /metrics only from loopback unless METRICS_ALLOW says more
ENV NODE_ENV=production PORT=4000 LOG_LEVEL=info
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/seeds/package.json ./seeds/package.json
COPY --from=build /app/seeds/dist ./seeds/dist
COPY --from=build /app/server/package.json ./server/package.json
COPY --from=build /app/server/dist ./server/dist
COPY --from=build /app/client/dist ./client/dist
# the attachments and audit-head volumes are created from these directories, owned by the user the app runs as
RUN mkdir -p /data/attachments /data/audit && chown -R node:node /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "server/dist/main.js"]
