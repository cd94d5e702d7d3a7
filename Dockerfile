# One image for every Guantong service: `docker run guantong <role>`, where the
# role is gateway, secondary, college, enterprise, migrate or hub (all four).
# Multi-stage: compilers and npm's cache stay in the build stage; the image
# runs as the unprivileged `node` user with production dependencies only.

# What the browser is served: the explorer's bundle and the reference portal,
# built with their dev tools in a stage of their own, so none of those tools
# reaches the image.
FROM node:20-bookworm-slim AS assets
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY shared/package.json shared/
COPY gateway/package.json gateway/
COPY portal/package.json portal/
RUN npm ci --no-audit --no-fund --ignore-scripts --include-workspace-root -w gateway -w portal
COPY gateway/explorer gateway/explorer
COPY portal portal
RUN npm run build -w gateway && npm run build -w portal

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native addon when no prebuilt binary fits.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# Manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY gateway/package.json gateway/
COPY subgraphs/secondary/package.json subgraphs/secondary/
COPY subgraphs/college/package.json subgraphs/college/
COPY subgraphs/enterprise/package.json subgraphs/enterprise/
COPY test/package.json test/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY shared/src shared/src
COPY gateway/src gateway/src
COPY gateway/supergraph.graphql gateway/api-schema.graphql gateway/
COPY subgraphs/secondary/src subgraphs/secondary/src
COPY subgraphs/college/src subgraphs/college/src
COPY subgraphs/enterprise/src subgraphs/enterprise/src
COPY scripts scripts
COPY docker/healthcheck.mjs docker/
COPY --from=assets /app/gateway/explorer-dist gateway/explorer-dist
COPY --from=assets /app/portal/dist portal/dist
# The portal's trusted documents: the allowlist a demo hub binds to the portal's client key.
COPY portal/src/generated/persisted-documents.json portal/src/generated/

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    APOLLO_TELEMETRY_DISABLED=true \
    GATEWAY_HOST=0.0.0.0 \
    SUBGRAPH_HOST=0.0.0.0 \
    GUANTONG_DATA_DIR=/app/data
WORKDIR /app
COPY --from=build --chown=root:root /app /app
# The code is root's and read-only to the service; only the data folder (embedded SQLite) is its own.
# The object store's folder exists in the image, so a volume mounted on it starts out the service's too.
RUN mkdir -p /app/data/objects && chown -R node:node /app/data
USER node
EXPOSE 4000 4001 4002 4003
ENTRYPOINT ["node", "--import", "tsx", "scripts/serve.ts"]
CMD ["gateway"]
