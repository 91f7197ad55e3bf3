# The helixgraph API, for docker-compose.yml (Neo4j runs in its own container, so the
# postinstall that fetches the embedded Neo4j jars is skipped with --ignore-scripts).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY data ./data
COPY neo4j/pom.xml ./neo4j/pom.xml
COPY scripts ./scripts
EXPOSE 4000
CMD ["node", "dist/src/cli/main.js", "start"]
